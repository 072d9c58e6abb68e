import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storableDoc } from "../../../test/fixtures/render/arbitrary-rich-text.ts";
import type { PmDoc, PmNode } from "./doc.ts";
import { type DiffNode, diffPieces, diffSides, richDiff } from "./rich-diff.ts";

/** Every character of a document's text, blocks joined with nothing between. */
function textOf(doc: PmDoc): string {
  let out = "";
  const stack: PmNode[] = [...doc.content].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    out += n.text ?? "";
    for (let i = (n.content?.length ?? 0) - 1; i >= 0; i--) stack.push(n.content?.[i] as PmNode);
  }
  return out;
}

/** The shape a reader sees: node types, heading levels, text and hard breaks, joined text. */
type Shape = { t: string; level?: unknown; text?: string; c?: Shape[] };
function shape(nodes: PmNode[] | undefined): Shape[] {
  const out: Shape[] = [];
  for (const n of nodes ?? []) {
    if (n.type === "text") {
      const last = out.at(-1);
      if (last?.t === "text") last.text += n.text ?? "";
      else out.push({ t: "text", text: n.text ?? "" });
      continue;
    }
    const s: Shape = { t: n.type };
    if (n.type === "heading") s.level = n.attrs?.level;
    if (n.content?.length) s.c = shape(n.content);
    out.push(s);
  }
  return out;
}

/** The diff document without what it adds from the older document: the newer one's shape. */
function withoutDeleted(nodes: DiffNode[] | undefined): PmNode[] {
  return (nodes ?? [])
    .filter((n) => n.change !== "deleted")
    .map(({ change: _, content, ...rest }) =>
      content ? { ...rest, content: withoutDeleted(content) } : rest,
    );
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const restyledIn = (nodes: DiffNode[] | undefined): boolean =>
  (nodes ?? []).some((n) => n.restyled === true || restyledIn(n.content));

describe("richDiff", () => {
  it("marks nothing between a document and itself", () => {
    fc.assert(
      fc.property(storableDoc, (a) => {
        const diff = richDiff(a, a);
        expect(diff.changes).toBe(0);
        expect(diffPieces(diff.doc).filter((p) => p.change)).toEqual([]);
        expect(restyledIn(diff.doc.content)).toBe(false);
        expect(shape(diff.doc.content)).toEqual(shape(a.content));
      }),
      { numRuns: RUNS },
    );
  });

  it("spells the older text without insertions and the newer without deletions", () => {
    fc.assert(
      fc.property(storableDoc, storableDoc, (a, b) => {
        const diff = richDiff(a, b);
        expect(diffSides(diff.doc)).toEqual({ before: textOf(a), after: textOf(b) });
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps the newer document's structure: headings, lists, tables", () => {
    fc.assert(
      fc.property(storableDoc, storableDoc, (a, b) => {
        const diff = richDiff(a, b);
        expect(shape(withoutDeleted(diff.doc.content))).toEqual(shape(b.content));
      }),
      { numRuns: RUNS },
    );
  });

  it("reports a change whenever the texts differ", () => {
    fc.assert(
      fc.property(storableDoc, storableDoc, (a, b) => {
        fc.pre(textOf(a) !== textOf(b));
        expect(richDiff(a, b).changes).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("shows a change of form alone: a heading's level, a header cell, bold text", () => {
    /** The nodes of a document a change of form can be made to, in reading order. */
    const formable = (nodes: PmNode[] | undefined): PmNode[] =>
      (nodes ?? []).flatMap((n) => [
        ...(["heading", "tableCell", "tableHeader"].includes(n.type) ||
        (n.type === "text" && n.text)
          ? [n]
          : []),
        ...formable(n.content),
      ]);
    fc.assert(
      fc.property(storableDoc, fc.nat(), (a, pick) => {
        const b = structuredClone(a);
        const targets = formable(b.content);
        fc.pre(targets.length > 0);
        const n = targets[pick % targets.length] as PmNode;
        if (n.type === "heading") n.attrs = { level: (Number(n.attrs?.level) % 6) + 1 };
        else if (n.type === "tableCell") n.type = "tableHeader";
        else if (n.type === "tableHeader") n.type = "tableCell";
        else {
          const bold = n.marks?.some((m) => m.type === "bold");
          n.marks = bold
            ? n.marks?.filter((m) => m.type !== "bold")
            : [...(n.marks ?? []), { type: "bold" }];
        }
        const diff = richDiff(a, b);
        expect(diff.changes).toBeGreaterThan(0);
        // The block of the new form is framed, and no text is shown taken out or put in.
        expect(restyledIn(diff.doc.content)).toBe(true);
        expect(diffPieces(diff.doc).filter((p) => p.change)).toEqual([]);
        // The text reads the same on both sides.
        expect(diffSides(diff.doc)).toEqual({ before: textOf(a), after: textOf(b) });
      }),
      { numRuns: RUNS },
    );
  });

  it("shows every change it reports: marked text or line break, or a block framed", () => {
    const shownIn = (nodes: DiffNode[] | undefined): boolean =>
      (nodes ?? []).some(
        (n) => n.restyled === true || n.change !== undefined || shownIn(n.content),
      );
    fc.assert(
      fc.property(storableDoc, storableDoc, (a, b) => {
        const diff = richDiff(a, b);
        fc.pre(diff.changes > 0);
        expect(shownIn(diff.doc.content)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  const cell = (text: string): PmNode => ({
    type: "tableCell",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
  const caseDoc = (heading: string, item: string, amount: string): PmDoc => ({
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: heading }] },
      {
        type: "bulletList",
        content: ["Skolerne", item].map((t) => ({
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: t }] }],
        })),
      },
      {
        type: "table",
        content: [
          { type: "tableRow", content: [cell("Område"), cell("Beløb")] },
          { type: "tableRow", content: [cell("Skoler"), cell(amount)] },
        ],
      },
    ],
  });

  it("marks a heading, a list item and a table cell inside them, a comma by itself", () => {
    const diff = richDiff(
      caseDoc("Baggrund", "Daginstitutioner og klubber", "100.000 kr."),
      caseDoc("Baggrund og formål", "Daginstitutioner, og klubber", "120.000 kr."),
    );
    expect(diffPieces(diff.doc).filter((p) => p.change)).toEqual([
      { change: "inserted", text: " og formål" },
      { change: "inserted", text: "," },
      { change: "deleted", text: "0" },
      { change: "inserted", text: "2" },
    ]);
    const [heading, list, table] = diff.doc.content;
    expect(heading?.content?.[1]).toEqual({ type: "text", text: " og formål", change: "inserted" });
    expect(list?.content?.[1]?.content?.[0]?.content).toEqual([
      { type: "text", text: "Daginstitutioner" },
      { type: "text", text: ",", change: "inserted" },
      { type: "text", text: " og klubber" },
    ]);
    expect(table?.content?.[1]?.content?.[1]?.content?.[0]?.content).toEqual([
      { type: "text", text: "1" },
      { type: "text", text: "0", change: "deleted" },
      { type: "text", text: "2", change: "inserted" },
      { type: "text", text: "0.000 kr." },
    ]);
  });

  it("shows a deleted list item as a list item, marked deleted", () => {
    const list = (items: string[]): PmDoc => ({
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: items.map((t) => ({
            type: "listItem",
            content: [{ type: "paragraph", content: [{ type: "text", text: t }] }],
          })),
        },
      ],
    });
    const diff = richDiff(list(["Første punkt", "Andet punkt"]), list(["Første punkt"]));
    expect(diff.doc.content[0]?.content?.[1]).toMatchObject({
      type: "listItem",
      change: "deleted",
      content: [{ type: "paragraph", content: [{ text: "Andet punkt", change: "deleted" }] }],
    });
  });
});
