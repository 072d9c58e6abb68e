import { ExternalHyperlink, type ParagraphChild, TextRun } from "docx";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { cleanText, type RunFormat, runsOf } from "./text.ts";

/** Links may point to the web or to an e-mail address; anything else stays plain text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

function textRuns(node: PmNode, base: RunFormat): ParagraphChild[] {
  let format: RunFormat = base;
  let href: string | null = null;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") format = { ...format, bold: true };
    else if (mark.type === "italic") format = { ...format, italics: true };
    else if (mark.type === "link") {
      const target = cleanText(String(mark.attrs?.href ?? "")).trim();
      if (SAFE_HREF.test(target)) href = target;
    }
  }
  const text = node.text ?? "";
  if (!href) return runsOf(text, format);
  return [
    new ExternalHyperlink({
      link: href,
      children: runsOf(text, { ...format, style: "Hyperlink" }),
    }),
  ];
}

/**
 * The inline content of a paragraph or heading as runs: text with bold, italic and safe links,
 * hard breaks. Unknown inline wrappers are walked with an explicit stack, never recursion.
 */
export function inlineRuns(nodes: PmNode[] | undefined, base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const stack: PmNode[] = [...(nodes ?? [])].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "text") out.push(...textRuns(node, base));
    else if (node.type === "hardBreak") out.push(new TextRun({ ...base, break: 1 }));
    else if (node.content)
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i] as PmNode);
  }
  return out;
}
