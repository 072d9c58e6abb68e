import type { PmDoc, PmNode } from "./doc.ts";

/**
 * What no reader sees as a title: spaces, invisible format characters (zero-width space, soft
 * hyphen, BOM ...), control, private-use and unassigned characters (U+FFFF) and marks with no
 * letter to sit on. Typst drops such characters, so a heading of only these has an empty title.
 */
const BLANK = /[\s\p{C}\p{M}]/gu;

/** True when no reader sees anything of the text (see BLANK). */
export const isBlankText = (text: string): boolean => text.replace(BLANK, "") === "";

function isBlank(nodes: PmNode[] | undefined): boolean {
  const stack = [...(nodes ?? [])];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "text" && !isBlankText(n.text ?? "")) return false;
    if (n.content) stack.push(...n.content);
  }
  return true;
}

/** A stored level as a whole number from 1; anything unreadable is 1. */
function ownLevel(value: unknown): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/**
 * The headings of one rich-text field as an outline that fits under the heading above it, the
 * one rule every format (HTML, PDF, DOCX, the case page) renders by. In the copy returned, the
 * first heading has level 1 and no heading goes more than one level below the heading before
 * it: a field with only »Underoverskrift« (level 2) reads as level 1, and 1, 3, 5 reads as
 * 1, 2, 3. A renderer puts level 1 one level below the field's own heading. A heading without
 * text becomes a paragraph: a screen reader would announce it as an empty heading, and PDF/UA
 * refuses it. Walks with an explicit stack, so any nesting depth is fine.
 */
export function outlineHeadings(doc: { content?: unknown[] }): PmDoc {
  const out: PmDoc = { type: "doc", content: [] };
  // Source levels of the headings still open, outermost first.
  const open: number[] = [];
  // Each node is copied into the content array of its copied parent, in document order.
  const stack: [PmNode, PmNode[]][] = [];
  const push = (nodes: unknown[] | undefined, into: PmNode[]) => {
    for (let i = (nodes?.length ?? 0) - 1; i >= 0; i--) stack.push([nodes?.[i] as PmNode, into]);
  };
  push(doc.content, out.content);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, into] = entry;
    const copy: PmNode = { ...node };
    if (node.type === "heading") {
      if (isBlank(node.content)) {
        copy.type = "paragraph";
        delete copy.attrs;
      } else {
        const own = ownLevel(node.attrs?.level);
        while (open.length > 0 && (open.at(-1) ?? 0) >= own) open.pop();
        open.push(own);
        copy.attrs = { ...node.attrs, level: open.length };
      }
    }
    into.push(copy);
    if (Array.isArray(node.content)) {
      copy.content = [];
      push(node.content, copy.content);
    }
  }
  return out;
}
