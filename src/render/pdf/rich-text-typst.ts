import type { PmMark, PmNode } from "../../domain/richtext/doc.ts";
import { isBlankText, outlineHeadings } from "../../domain/richtext/outline-headings.ts";
import {
  type GridCell,
  type GridRow,
  isCell,
  tableGrid,
} from "../../domain/richtext/table-grid.ts";
import { block, str } from "./typst-markup.ts";

/** Links may point to the web or to an e-mail address; anything else is shown as text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

/** The heading level of the section a rich text sits under; its own headings go below it. */
const SECTION_LEVEL = 3;
const MAX_LEVEL = 6;

/**
 * Typst's PDF export fails on a link that ends in a soft hyphen at the end of a paragraph, and
 * on a link over text it drops (a lone soft hyphen). A link's text loses its soft hyphens, and
 * a link over text no reader sees is left out.
 */
const SOFT_HYPHEN = /\u00ad/g;

function marked(value: string, marks: PmMark[] | undefined): string {
  const isLink = (m: PmMark) => m.type === "link" && SAFE_HREF.test(m.attrs?.href ?? "");
  const shown = marks?.some(isLink) ? value.replace(SOFT_HYPHEN, "") : value;
  let expr = str(shown);
  for (const mark of marks ?? []) {
    if (mark.type === "bold") expr = `strong(${expr})`;
    else if (mark.type === "italic") expr = `emph(${expr})`;
    else if (isLink(mark) && !isBlankText(shown)) {
      expr = `link(${str(mark.attrs?.href ?? "")}, ${expr})`;
    }
  }
  return `#${expr}`;
}

function inline(nodes: PmNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === "text") return n.text ? marked(n.text, n.marks) : "";
      if (n.type === "hardBreak") return "#linebreak()";
      return inline(n.content);
    })
    .join("");
}

/** Blocks separated by blank lines, so each paragraph is its own paragraph. */
function blocks(nodes: PmNode[] | undefined, depth: number): string {
  return (nodes ?? [])
    .map((n) => blockNode(n, depth))
    .filter(Boolean)
    .join("\n\n");
}

/** A list's first number: a whole number from 0 to 999 999 (Typst refuses huge integers). */
function listStart(node: PmNode): number {
  const start = Math.trunc(Number(node.attrs?.start ?? 1));
  return Number.isFinite(start) ? Math.min(999_999, Math.max(0, start)) : 1;
}

/** `depth`: how many bullet lists the items are in, for the bullet shown (as list() counts). */
function listItems(node: PmNode, depth: number): string {
  return (node.content ?? []).map((item) => block(blocks(item.content, depth))).join(", ");
}

/**
 * A header row repeats on every page a table runs over, and the repeats are artifacts, which
 * PDF/UA-1 forbids to hold links: header cells show a link's text without the link.
 */
function withoutLinks(node: PmNode): PmNode {
  const marks = node.marks?.filter((m) => m.type !== "link");
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(withoutLinks) } : {}),
  };
}

/**
 * A table on the grid every renderer shares (tableGrid): merged cells as `table.cell` with
 * their spans, and each row filled with empty cells to the table's width.
 */
function table(node: PmNode, depth: number): string {
  const first = node.content?.[0]?.content?.filter(isCell) ?? [];
  const headed = first.length > 0 && first.every((c) => c.type === "tableHeader");
  const { columns, rows } = tableGrid(node, headed ? 1 : 0);
  const cell = ({ node: c, colspan, rowspan }: GridCell, header: boolean) => {
    const content = block(blocks((header ? withoutLinks(c) : c).content, depth));
    const spans = [
      ...(colspan > 1 ? [`colspan: ${colspan}`] : []),
      ...(rowspan > 1 ? [`rowspan: ${rowspan}`] : []),
    ];
    return spans.length ? `table.cell(${spans.join(", ")}, ${content})` : content;
  };
  const cells = (row: GridRow, header: boolean) => [
    ...row.cells.map((c) => cell(c, header)),
    ...Array(row.free).fill("[]"),
  ];
  const [head, ...rest] = rows;
  const parts = [
    ...(head && headed ? [`table.header(${cells(head, true).join(", ")})`] : []),
    ...(head && !headed ? cells(head, false) : []),
    ...rest.flatMap((row) => cells(row, false)),
  ];
  return `#table(columns: ${columns}, ${parts.join(", ")})`;
}

function blockNode(n: PmNode, depth: number): string {
  switch (n.type) {
    case "paragraph":
      return inline(n.content);
    case "heading": {
      // Levels come from outlineHeadings: 1 is one below the section, none is skipped.
      const level = Math.min(MAX_LEVEL, SECTION_LEVEL + Number(n.attrs?.level ?? 1));
      return `#heading(level: ${level}, outlined: false, ${block(inline(n.content))})`;
    }
    case "bulletList":
      return `#bullets(${depth > 0 ? `depth: ${depth}, ` : ""}${listItems(n, depth + 1)})`;
    case "orderedList":
      return `#enum(start: ${listStart(n)}, ${listItems(n, depth)})`;
    case "table":
      return table(n, depth);
    case "blockquote":
      return `#quote(block: true, ${block(blocks(n.content, depth))})`;
    case "text":
    case "hardBreak":
      return inline([n]);
    default:
      return blocks(n.content, depth);
  }
}

/** A stored rich-text document as Typst markup, with the same structure as its HTML. */
export function richTextToTypst(doc: { content?: unknown[] }): string {
  return blocks(outlineHeadings(doc).content, 0);
}
