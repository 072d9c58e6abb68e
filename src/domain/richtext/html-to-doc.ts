import { type HTMLElement, type Node, parse } from "node-html-parser";
import type { PmDoc, PmNode } from "./doc.ts";
import { DROPPED, inlineNodes, isElement, tagOf, tidyInline } from "./html-inline.ts";

const HEADING = /^h([1-6])$/;
const BLOCKS = new Set(
  "p h1 h2 h3 h4 h5 h6 ul ol li table div section article aside header footer main nav blockquote figure figcaption pre address dl dt dd hr body html center".split(
    " ",
  ),
);

/** A paragraph or heading from inline nodes, split where an image (a block) sits. */
function textBlock(inline: PmNode[], make: (content: PmNode[]) => PmNode): PmNode[] {
  const out: PmNode[] = [];
  let run: PmNode[] = [];
  const flush = () => {
    const content = tidyInline(run);
    if (content.some((n) => n.type === "text")) out.push(make(content));
    run = [];
  };
  for (const node of inline) {
    if (node.type === "image") {
      flush();
      out.push(node);
    } else run.push(node);
  }
  flush();
  return out;
}

const paragraph = (content: PmNode[]): PmNode => ({ type: "paragraph", content });

function listNode(element: HTMLElement): PmNode | null {
  const items = element.childNodes.filter(isElement).map((child): PmNode => {
    const content = blockNodes(tagOf(child) === "li" ? child.childNodes : [child]);
    if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
    return { type: "listItem", content };
  });
  if (items.length === 0) return null;
  if (tagOf(element) === "ul") return { type: "bulletList", content: items };
  const start = Number(element.getAttribute("start") ?? 1);
  return {
    type: "orderedList",
    attrs: { start: Number.isInteger(start) ? start : 1 },
    content: items,
  };
}

function span(element: HTMLElement, name: string): number {
  const n = Number(element.getAttribute(name) ?? 1);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function tableNode(element: HTMLElement): PmNode | null {
  const rows = element.childNodes
    .filter(isElement)
    .flatMap((child) =>
      ["thead", "tbody", "tfoot"].includes(tagOf(child)) ? child.childNodes : [child],
    )
    .filter((row): row is HTMLElement => isElement(row) && tagOf(row) === "tr")
    .map((row): PmNode => {
      const cells = row.childNodes.filter(isElement).filter((c) => ["td", "th"].includes(tagOf(c)));
      const content = cells.map((cell): PmNode => {
        const blocks = blockNodes(cell.childNodes);
        const [colspan, rowspan] = [span(cell, "colspan"), span(cell, "rowspan")];
        return {
          type: tagOf(cell) === "th" ? "tableHeader" : "tableCell",
          ...(colspan > 1 || rowspan > 1 ? { attrs: { colspan, rowspan } } : {}),
          content: blocks.length ? blocks : [{ type: "paragraph" }],
        };
      });
      return { type: "tableRow", content };
    })
    .filter((row) => row.content?.length);
  return rows.length ? { type: "table", content: rows } : null;
}

/** Block content from HTML nodes; loose inline content becomes paragraphs. */
function blockNodes(nodes: Node[]): PmNode[] {
  const out: PmNode[] = [];
  let loose: Node[] = [];
  const flush = () => {
    out.push(...textBlock(inlineNodes(loose), paragraph));
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCKS.has(tagOf(node))) {
      if (!isElement(node) || !DROPPED.has(tagOf(node))) loose.push(node);
      continue;
    }
    flush();
    const tag = tagOf(node);
    const level = HEADING.exec(tag)?.[1];
    if (level) {
      const attrs = { level: Number(level) };
      const heading = (content: PmNode[]): PmNode => ({ type: "heading", attrs, content });
      const made = textBlock(inlineNodes(node.childNodes), heading);
      // An empty heading stays, so that the check can point at it.
      if (!made.some((n) => n.type === "heading")) made.unshift({ type: "heading", attrs });
      out.push(...made);
    } else if (tag === "p") out.push(...textBlock(inlineNodes(node.childNodes), paragraph));
    else if (tag === "ul" || tag === "ol") out.push(...[listNode(node)].filter((n) => n !== null));
    else if (tag === "table") out.push(...[tableNode(node)].filter((n) => n !== null));
    else out.push(...blockNodes(node.childNodes));
  }
  flush();
  return out;
}

/**
 * HTML (pasted, from a Word file through mammoth, or an upload) as a ProseMirror document
 * with TipTap's names. Only p, h1-h6, strong/b, em/i, a (http, https, mailto), ul/ol/li,
 * table/tr/th/td, img (http, https or an embedded image) and br survive; other elements are
 * unwrapped to their text, and scripts, styles, frames, forms and media are dropped with
 * their content. Attributes other than href, src, alt, start, colspan and rowspan are lost,
 * event handlers and inline styles included.
 */
export function htmlToDoc(html: string): PmDoc {
  const markup = html.replace(/<(?:!doctype|\?xml)[^<>]*>/gi, "");
  return { type: "doc", content: blockNodes(parse(markup).childNodes) };
}
