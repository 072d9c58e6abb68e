import { Transform } from "@tiptap/pm/transform";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storableDoc } from "../../../test/fixtures/render/arbitrary-rich-text.ts";
import { carryCommentMarks } from "./carry-comment-marks.ts";
import { commentAnchorsOf, withoutCommentMarks } from "./comment-anchors.ts";
import type { PmDoc } from "./doc.ts";
import { richTextSchema } from "./pm-schema.ts";
import { readDoc } from "./rich-diff.ts";
import { sanitizeDoc } from "./sanitize-doc.ts";

/** The text a comment mark covers, piece by piece in reading order. */
function commented(doc: PmDoc, id: string): string {
  let out = "";
  readDoc(doc).descendants((node) => {
    if (node.isText && node.marks.some((m) => m.type.name === "comment" && m.attrs.id === id))
      out += node.text;
  });
  return out;
}

/** The document with a comment mark over from-to (clamped into it), in the stored form. */
function mark(doc: PmDoc, from: number, to: number, id = "k1"): PmDoc {
  const node = readDoc(doc);
  const size = node.content.size;
  const tr = new Transform(node).addMark(
    Math.min(from, size),
    Math.min(to, size),
    richTextSchema.marks.comment.create({ id }),
  );
  const clean = sanitizeDoc(tr.doc.toJSON(), "Felt");
  if (!clean.ok) throw new Error(clean.message);
  return clean.doc;
}

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...texts: string[]): PmDoc => ({ type: "doc", content: texts.map(p) });

describe("carryCommentMarks", () => {
  it("puts back every mark a save dropped when the text is the same", () => {
    fc.assert(
      fc.property(storableDoc, fc.nat(400), fc.nat(400), (raw, x, y) => {
        const marked = mark(raw, Math.min(x, y), Math.max(x, y));
        fc.pre(commentAnchorsOf(marked).size > 0);
        const carried = carryCommentMarks(marked, withoutCommentMarks(marked));
        expect(commented(carried, "k1")).toBe(commented(marked, "k1"));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the commented text anchored when text before and after it changes", () => {
    fc.assert(
      fc.property(storableDoc, fc.nat(400), fc.nat(400), (raw, x, y) => {
        const marked = mark(raw, Math.min(x, y), Math.max(x, y));
        fc.pre(commentAnchorsOf(marked).size > 0);
        const edited = withoutCommentMarks(marked);
        const after: PmDoc = {
          type: "doc",
          content: [p("Ny indledning."), ...edited.content, p("Et nyt afsnit til sidst.")],
        };
        const carried = carryCommentMarks(marked, after);
        expect(commented(carried, "k1")).toBe(commented(marked, "k1"));
      }),
      { numRuns: 100 },
    );
  });

  it("covers a word added inside the commented text, and lets go of text deleted", () => {
    const before = mark(doc("Et kort resumé af sagen."), 4, 15); // »kort resumé«
    expect(commented(before, "k1")).toBe("kort resumé");
    const inside = carryCommentMarks(before, doc("Et kort og klart resumé af sagen."));
    expect(commented(inside, "k1")).toBe("kort og klart resumé");
    const shorter = carryCommentMarks(before, doc("Et resumé af sagen."));
    expect(commented(shorter, "k1")).toBe("resumé");
    const gone = carryCommentMarks(before, doc("Et udførligt referat af sagen."));
    expect(commentAnchorsOf(gone).has("k1")).toBe(false);
  });

  it("leaves a document that kept its marks as it is", () => {
    const before = mark(doc("Et kort resumé."), 4, 8);
    const after = mark(doc("Nu: Et kort resumé."), 9, 13);
    expect(carryCommentMarks(before, after)).toBe(after);
  });
});
