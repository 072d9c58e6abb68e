import { ChangeSet, simplifyChanges, type TokenEncoder } from "@tiptap/pm/changeset";
import { Fragment, type Mark, type Node, Slice } from "@tiptap/pm/model";
import { ReplaceStep, type StepMap } from "@tiptap/pm/transform";
import { diffArrays } from "diff";
import type { PmDoc, PmMark, PmNode } from "./doc.ts";
import { richTextSchema } from "./pm-schema.ts";

/** What happened to a piece of text between two documents. */
export type Change = "inserted" | "deleted";

/**
 * A node of a diff document: a stored node, text and hard breaks possibly marked as changed,
 * and blocks whose kind or form alone changed (a heading's level, a row made a header row, a
 * paragraph made a heading) marked `restyled`.
 */
export interface DiffNode extends PmNode {
  change?: Change;
  restyled?: true;
  content?: DiffNode[];
}

export interface DiffDoc {
  type: "doc";
  content: DiffNode[];
}

export interface RichDiff {
  /**
   * The newer document with its structure kept (headings, lists, tables), inserted text marked
   * `inserted` and the text deleted from the older one placed where it was, marked `deleted`.
   * Text not deleted spells the newer document's text; text not inserted the older one's.
   */
  doc: DiffDoc;
  /** How many separate changes a reader sees (a replacement counts once). */
  changes: number;
}

export interface ChangedRange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** A stored document as a ProseMirror node of the server's schema. */
export const readDoc = (doc: PmDoc): Node => richTextSchema.nodeFromJSON(doc);

/**
 * The changes between two stored documents. Snapshots keep no editing steps, so the changed
 * runs of blocks of the older document are replaced by those of the newer one, and
 * prosemirror-changeset narrows those steps to the tokens that differ (characters and node
 * boundaries, form left out: textEncoder); blocks whose form alone changed are restyledBlocks;
 * simplifyChanges widens a replacement inside a word to the whole word, keeping single
 * characters (an inserted comma) as they are.
 */
export function richDiff(before: PmDoc, after: PmDoc): RichDiff {
  const a = readDoc(before);
  const b = readDoc(after);
  const ranges = changedRanges(a, b);
  const restyled = restyledBlocks(a, b);
  // Counted as the reader sees them: an empty paragraph added or taken away shows nothing.
  const shown = ranges.filter(
    (r) =>
      a.textBetween(r.fromA, r.toA, "", "\n") !== "" ||
      b.textBetween(r.fromB, r.toB, "", "\n") !== "",
  );
  const doc: DiffDoc = { type: "doc", content: render(a, b, ranges, restyled) };
  return { doc, changes: shown.length + restyled.size };
}

/**
 * The ranges that differ between two documents: fromA-toA in `a` became fromB-toB in `b`.
 * The top-level blocks are lined up first (jsdiff over whole blocks), and each run of changed
 * blocks becomes one replace step, so prosemirror-changeset only diffs characters inside the
 * runs (its diff gives up past 2500 changed tokens, which a long field would reach at once).
 */
export function changedRanges(a: Node, b: Node): ChangedRange[] {
  if (a.eq(b)) return [];
  const blocks = (n: Node) => Array.from({ length: n.childCount }, (_, i) => n.child(i));
  const parts = diffArrays(blocks(a), blocks(b), { comparator: (x, y) => x.eq(y) });
  const maps: StepMap[] = [];
  let doc = a;
  let pos = 0;
  let removed = 0;
  let added: Node[] = [];
  const flush = () => {
    if (removed === 0 && added.length === 0) return;
    const step = new ReplaceStep(pos, pos + removed, new Slice(Fragment.from(added), 0, 0));
    const result = step.apply(doc);
    if (!result.doc) throw new Error(result.failed ?? "replace step failed");
    doc = result.doc;
    maps.push(step.getMap());
    pos += added.reduce((sum, n) => sum + n.nodeSize, 0);
    removed = 0;
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed += part.value.reduce((sum, n) => sum + n.nodeSize, 0);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      pos += part.value.reduce((sum, n) => sum + n.nodeSize, 0);
    }
  }
  flush();
  const set = ChangeSet.create(a, undefined, textEncoder).addSteps(doc, maps, null);
  return simplifyChanges(set.changes, b).map(({ fromA, toA, fromB, toB }) => ({
    fromA,
    toA,
    fromB,
    toB,
  }));
}

/** The marks that are the text's form (not comments, which anchor threads), as one key. */
function formOf(marks: readonly Mark[]): string {
  let key = "";
  for (const mark of marks) {
    if (mark.type.name === "comment") continue;
    key += mark.type.name === "link" ? `|link=${mark.attrs.href}` : `|${mark.type.name}`;
  }
  return key;
}

/** A node's family: kinds one may be turned into another without its text changing. */
const FAMILY: Record<string, string> = {
  heading: "textblock",
  paragraph: "textblock",
  tableHeader: "cell",
  tableCell: "cell",
  bulletList: "list",
  orderedList: "list",
};

/**
 * Tokens of text alone: a character without its marks, a block's start by its family (a
 * heading and a paragraph alike, a header cell and a cell). A change of form (bold, a heading's
 * level, a header row) then makes no changed range, which would show the same text deleted and
 * inserted again, and break a table's row where a deleted cell lands; restyledBlocks finds it.
 */
const textEncoder: TokenEncoder<number | string> = {
  encodeCharacter: (char) => char,
  encodeNodeStart: (node) => FAMILY[node.type.name] ?? node.type.name,
  encodeNodeEnd: () => -1,
  compareTokens: (x, y) => x === y,
};

const marksOf = (node: Node): PmMark[] | undefined =>
  node.marks.length
    ? node.marks.map((m) => ({ type: m.type.name, attrs: m.attrs }) as PmMark)
    : undefined;

/** The inline content of the older document between two positions, as deleted text. */
function deletedInline(a: Node, from: number, to: number): DiffNode[] {
  const out: DiffNode[] = [];
  let lastBlock: Node | null = null;
  a.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isInline) return true;
    // Text from several blocks reads as lines of the deleted piece.
    if (lastBlock && parent !== lastBlock) out.push({ type: "hardBreak", change: "deleted" });
    lastBlock = parent;
    if (node.isText) {
      const text = (node.text ?? "").slice(Math.max(0, from - pos), Math.max(0, to - pos));
      if (text) out.push({ type: "text", text, marks: marksOf(node), change: "deleted" });
    } else out.push({ type: node.type.name, change: "deleted" });
    return false;
  });
  return out;
}

/**
 * Deleted inline content made to fit a block position of the parent it lands in (a deleted
 * list item, row or cell, or a paragraph), the added block itself marked deleted.
 */
function deletedBlock(parent: Node, inline: DiffNode[]): DiffNode {
  const p: DiffNode = { type: "paragraph", content: inline };
  const deleted = (node: DiffNode): DiffNode => ({ ...node, change: "deleted" });
  switch (parent.type.name) {
    case "bulletList":
    case "orderedList":
      return deleted({ type: "listItem", content: [p] });
    case "table":
      return deleted({ type: "tableRow", content: [{ type: "tableCell", content: [p] }] });
    case "tableRow":
      return deleted({ type: "tableCell", content: [p] });
    default:
      return deleted(p);
  }
}

/**
 * Where the newer document has a block whose kind or form alone changed (a heading's level, a
 * cell made a header cell, a bullet list made numbered, a word made bold or linked): the blocks of both documents are lined
 * up by their text, and blocks of the same text compared node by node while their shapes
 * agree. Returns the start positions of such blocks in `b`. (The changed ranges cannot tell
 * this: prosemirror-changeset joins changes a few tokens apart, so a restyled cell next to
 * changed text shares its range.)
 */
function restyledBlocks(a: Node, b: Node): Set<number> {
  /** A textblock's content with each character's form (comments left out) and its leaves. */
  const inlineForm = (n: Node) => {
    let out = "";
    n.forEach((child) => {
      if (!child.isText) out += `\u0001${child.type.name}`;
      else {
        const form = formOf(child.marks);
        for (const ch of child.text ?? "") out += `${form}\u0000${ch}`;
      }
    });
    return out;
  };
  const out = new Set<number>();
  const sameForm = (x: Node, y: Node) =>
    x.type === y.type &&
    JSON.stringify(attrsOf(x)) === JSON.stringify(attrsOf(y)) &&
    (!y.inlineContent || inlineForm(x) === inlineForm(y));
  const compare = (x: Node, y: Node, pos: number) => {
    if (!sameForm(x, y)) out.add(pos);
    if (y.inlineContent || x.inlineContent || x.childCount !== y.childCount) return;
    let at = pos + 1;
    for (let i = 0; i < y.childCount; i++) {
      const [cx, cy] = [x.child(i), y.child(i)];
      if (cx.textContent === cy.textContent) compare(cx, cy, at);
      at += cy.nodeSize;
    }
  };
  const blocks = (n: Node) => Array.from({ length: n.childCount }, (_, i) => n.child(i));
  const parts = diffArrays(blocks(a), blocks(b), {
    comparator: (x, y) => x.textContent === y.textContent,
  });
  let ia = 0;
  let ib = 0;
  let pos = 0;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.removed) ia += count;
    else if (part.added) {
      for (let k = 0; k < count; k++) pos += b.child(ib++).nodeSize;
    } else {
      for (let k = 0; k < count; k++) {
        const y = b.child(ib++);
        compare(a.child(ia++), y, pos);
        pos += y.nodeSize;
      }
    }
  }
  return out;
}

/** The newer document as diff nodes, walking it once with the changed ranges. */
function render(a: Node, b: Node, ranges: ChangedRange[], restyled: Set<number>): DiffNode[] {
  const deletionsAt = new Map<number, DiffNode[]>();
  for (const r of ranges) {
    if (r.toA <= r.fromA) continue;
    const inline = deletedInline(a, r.fromA, r.toA);
    if (inline.length) {
      deletionsAt.set(r.fromB, [...(deletionsAt.get(r.fromB) ?? []), ...inline]);
    }
  }
  const inserted = (from: number, to: number) => ranges.some((r) => r.fromB < to && r.toB > from);
  const insertedRanges = ranges.filter((r) => r.toB > r.fromB);

  const walk = (parent: Node, contentStart: number): DiffNode[] => {
    const out: DiffNode[] = [];
    const deletionAt = (pos: number) => {
      const del = deletionsAt.get(pos);
      if (!del) return;
      out.push(...(parent.inlineContent ? del : [deletedBlock(parent, del)]));
    };
    let pos = contentStart;
    parent.forEach((child) => {
      deletionAt(pos);
      if (child.isText) out.push(...splitText(child, pos));
      else if (child.isLeaf) {
        out.push({
          type: child.type.name,
          ...(inserted(pos, pos + 1) ? { change: "inserted" as const } : {}),
        });
      } else {
        const node: DiffNode = { type: child.type.name, content: walk(child, pos + 1) };
        const attrs = attrsOf(child);
        if (attrs) node.attrs = attrs;
        if (restyled.has(pos)) node.restyled = true;
        out.push(node);
      }
      pos += child.nodeSize;
    });
    deletionAt(pos);
    return out;
  };

  /** A text node cut where insertions start and end and where deletions sit inside it. */
  const splitText = (node: Node, start: number): DiffNode[] => {
    const text = node.text ?? "";
    const end = start + text.length;
    const cuts = new Set<number>([start, end]);
    for (const r of insertedRanges) {
      if (r.fromB > start && r.fromB < end) cuts.add(r.fromB);
      if (r.toB > start && r.toB < end) cuts.add(r.toB);
    }
    for (const p of deletionsAt.keys()) if (p > start && p < end) cuts.add(p);
    const points = [...cuts].sort((x, y) => x - y);
    const marks = marksOf(node);
    const out: DiffNode[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      if (i > 0) out.push(...(deletionsAt.get(from) ?? []));
      const piece: DiffNode = { type: "text", text: text.slice(from - start, to - start) };
      if (marks) piece.marks = marks;
      if (inserted(from, to)) piece.change = "inserted";
      out.push(piece);
    }
    return out;
  };

  return walk(b, 0);
}

/** The attributes the stored form carries (defaults of cells left out, as the sanitiser does). */
function attrsOf(node: Node): Record<string, unknown> | undefined {
  const name = node.type.name;
  if (name === "heading") return { level: node.attrs.level };
  if (name === "orderedList") return { start: node.attrs.start };
  if (name === "tableCell" || name === "tableHeader") {
    const attrs: Record<string, unknown> = {};
    if (node.attrs.colspan !== 1) attrs.colspan = node.attrs.colspan;
    if (node.attrs.rowspan !== 1) attrs.rowspan = node.attrs.rowspan;
    return Object.keys(attrs).length ? attrs : undefined;
  }
  return undefined;
}

/** The text pieces of a diff document in reading order, neighbours of one kind joined. */
export function diffPieces(doc: DiffDoc): { change: Change | null; text: string }[] {
  const out: { change: Change | null; text: string }[] = [];
  const stack: DiffNode[] = [...doc.content].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "text") {
      const change = n.change ?? null;
      const last = out.at(-1);
      if (last && last.change === change) last.text += n.text ?? "";
      else out.push({ change, text: n.text ?? "" });
    }
    for (let i = (n.content?.length ?? 0) - 1; i >= 0; i--) stack.push(n.content?.[i] as DiffNode);
  }
  return out;
}

/** The older and the newer text a diff document spells (block boundaries left out). */
export function diffSides(doc: DiffDoc): { before: string; after: string } {
  const pieces = diffPieces(doc);
  const spell = (skip: Change) =>
    pieces
      .filter((p) => p.change !== skip)
      .map((p) => p.text)
      .join("");
  return { before: spell("inserted"), after: spell("deleted") };
}
