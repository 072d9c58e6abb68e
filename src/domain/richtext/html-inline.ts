import { type HTMLElement, type Node, NodeType } from "node-html-parser";
import type { PmMark, PmNode } from "./doc.ts";

/** Elements dropped with everything in them: code, styling, embedded content, forms. */
export const DROPPED = new Set(
  "script style iframe frame frameset object embed applet noscript template head title meta link svg math canvas form input button select textarea option video audio source track map".split(
    " ",
  ),
);
const SAFE_HREF = /^(?:https?:|mailto:)/i;
const SAFE_SRC = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp);)/i;

export const isElement = (node: Node): node is HTMLElement =>
  node.nodeType === NodeType.ELEMENT_NODE;
export const tagOf = (node: HTMLElement) => node.rawTagName?.toLowerCase() ?? "";

/** An image node (TipTap's block image) for a safe `src`, or null. */
function imageNode(element: HTMLElement): PmNode | null {
  const src = element.getAttribute("src")?.trim() ?? "";
  if (!SAFE_SRC.test(src)) return null;
  const alt = element.getAttribute("alt");
  return { type: "image", attrs: { src, alt: alt ?? null } };
}

function withMark(marks: PmMark[], mark: PmMark): PmMark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/**
 * The inline content of HTML nodes: text with bold, italic and link marks, hard breaks,
 * and images (which TipTap keeps as blocks, so the caller splits the paragraph there).
 * Unknown elements are unwrapped (their text kept), dropped ones lose their text too.
 */
export function inlineNodes(nodes: Node[], marks: PmMark[] = [], out: PmNode[] = []): PmNode[] {
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.nodeType !== NodeType.TEXT_NODE) continue;
      const text = node.text.replace(/\s+/g, " ");
      if (text !== "")
        out.push(marks.length ? { type: "text", text, marks } : { type: "text", text });
      continue;
    }
    const tag = tagOf(node);
    if (DROPPED.has(tag)) continue;
    if (tag === "br") out.push({ type: "hardBreak" });
    else if (tag === "img") {
      const image = imageNode(node);
      if (image) out.push(image);
    } else if (tag === "strong" || tag === "b") {
      inlineNodes(node.childNodes, withMark(marks, { type: "bold" }), out);
    } else if (tag === "em" || tag === "i") {
      inlineNodes(node.childNodes, withMark(marks, { type: "italic" }), out);
    } else if (tag === "a") {
      const href = node.getAttribute("href")?.trim() ?? "";
      const linked = SAFE_HREF.test(href)
        ? withMark(marks, { type: "link", attrs: { href } })
        : marks;
      inlineNodes(node.childNodes, linked, out);
    } else inlineNodes(node.childNodes, marks, out);
  }
  return out;
}

const sameMarks = (a: PmNode, b: PmNode) => JSON.stringify(a.marks) === JSON.stringify(b.marks);

/** Trims a line's edges and at hard breaks, joins neighbouring text with equal marks. */
export function tidyInline(nodes: PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text" && sameMarks(last, node)) {
      last.text = (last.text ?? "") + node.text;
    } else out.push({ ...node });
  }
  out.forEach((node, i) => {
    if (node.type !== "text") return;
    if (i === 0 || out[i - 1]?.type === "hardBreak") node.text = node.text?.trimStart();
    if (i === out.length - 1 || out[i + 1]?.type === "hardBreak") node.text = node.text?.trimEnd();
  });
  const kept = out.filter((node) => node.type !== "text" || node.text !== "");
  while (kept.at(-1)?.type === "hardBreak") kept.pop();
  return kept;
}
