import { Transform } from "@tiptap/pm/transform";
import { commentAnchorsOf, withoutCommentMarks } from "./comment-anchors.ts";
import type { PmDoc } from "./doc.ts";
import { richTextSchema } from "./pm-schema.ts";
import { type ChangedRange, changedRanges, readDoc } from "./rich-diff.ts";
import { sanitizeDoc } from "./sanitize-doc.ts";

/**
 * A position of the older document in the newer one, through the changed ranges. A position
 * inside (or at the edge of) a change goes to the change's end when it starts a commented
 * range and to its start when it ends one, so replaced text is not claimed for the comment.
 */
function mapPosition(p: number, ranges: ChangedRange[], side: "start" | "end"): number {
  let offset = 0;
  for (const r of ranges) {
    if (p < r.fromA) break;
    if (p <= r.toA) return side === "start" ? r.toB : r.fromB;
    offset += r.toB - r.fromB - (r.toA - r.fromA);
  }
  return p + offset;
}

/** How much of from-to in the older document the changes deleted or replaced. */
function overlap(from: number, to: number, ranges: ChangedRange[]): number {
  let sum = 0;
  for (const r of ranges) sum += Math.max(0, Math.min(to, r.toA) - Math.max(from, r.fromA));
  return sum;
}

/**
 * Keeps comment threads anchored through an edit that lost their marks while keeping their
 * text: a save from Word, from the form without the editor, or from a client that drops
 * marks. Each comment mark of `before` that `after` no longer has is put back on the text it
 * covered, found through the changes between the two documents (prosemirror-changeset); text
 * inside the range that was replaced or added stays covered, text deleted with it does not.
 * A mark whose text was deleted, or mostly rewritten, stays gone (the thread is shown as
 * detached beside the field). The
 * document is returned as it came when nothing was lost.
 */
export function carryCommentMarks(before: PmDoc, after: PmDoc): PmDoc {
  try {
    return carry(before, after);
  } catch {
    // A stored document the schema cannot read: the save goes through without the marks.
    return after;
  }
}

function carry(before: PmDoc, after: PmDoc): PmDoc {
  const kept = commentAnchorsOf(after);
  const lost = [...commentAnchorsOf(before)].filter((id) => !kept.has(id));
  if (lost.length === 0) return after;
  const a = readDoc(before);
  const b = readDoc(after);
  // Compared without comment marks: the marks are what differs, not the text.
  const ranges = changedRanges(readDoc(withoutCommentMarks(before)), b);
  const tr = new Transform(b);
  const type = richTextSchema.marks.comment;
  for (const id of lost) {
    // The commented text in the older document, as separate pieces (it may cross blocks).
    const pieces: { from: number; to: number }[] = [];
    let total = 0;
    let kept = 0;
    a.descendants((node, pos) => {
      if (!node.isText || !node.marks.some((m) => m.type === type && m.attrs.id === id)) return;
      const end = pos + node.nodeSize;
      total += node.nodeSize;
      kept += node.nodeSize - overlap(pos, end, ranges);
      const from = mapPosition(pos, ranges, "start");
      const to = mapPosition(end, ranges, "end");
      if (from < to) pieces.push({ from, to });
    });
    // Letters that happen to survive a rewrite do not hold a comment: half must be left.
    if (kept * 2 < total) continue;
    for (const { from, to } of pieces) tr.addMark(from, to, type.create({ id }));
  }
  if (!tr.docChanged) return after;
  // Back in the stored form (ProseMirror writes default attributes the stored form leaves out).
  const carried = sanitizeDoc(tr.doc.toJSON(), "");
  return carried.ok ? carried.doc : after;
}
