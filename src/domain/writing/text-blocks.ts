import type { PmDoc, PmNode } from "../richtext/doc.ts";

export interface TextBlock {
  /** Child indices from the document down to the block. */
  path: number[];
  type: string;
  /** Its text: text nodes joined, a hard break as a new line. */
  text: string;
}

const hasInlineContent = (node: PmNode) =>
  (node.content ?? []).some((child) => child.type === "text" || child.type === "hardBreak");

export function inlineText(node: PmNode): string {
  return (node.content ?? [])
    .map((child) =>
      child.type === "text"
        ? (child.text ?? "")
        : child.type === "hardBreak"
          ? "\n"
          : inlineText(child),
    )
    .join("");
}

/** Calls `visit` for every node below the document, depth first, with its path and parent. */
export function walkDoc(
  doc: PmDoc,
  visit: (node: PmNode, path: number[], parent: PmNode | PmDoc) => void,
): void {
  const walk = (parent: PmNode | PmDoc, path: number[]) => {
    (parent.content ?? []).forEach((node, i) => {
      const at = [...path, i];
      visit(node, at, parent);
      if (node.type !== "text") walk(node, at);
    });
  };
  walk(doc, []);
}

/** The blocks that hold text (paragraphs, headings, …) in document order. */
export function textBlocks(doc: PmDoc): TextBlock[] {
  const blocks: TextBlock[] = [];
  walkDoc(doc, (node, path) => {
    if (node.type === "paragraph" || node.type === "heading" || hasInlineContent(node)) {
      if (node.content?.length) blocks.push({ path, type: node.type, text: inlineText(node) });
    }
  });
  return blocks;
}
