import { Paragraph, type Table } from "docx";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { outlineHeadings } from "../../domain/richtext/outline-headings.ts";
import { inlineRuns } from "./inline-docx.ts";
import { type ListPlace, type ListState, listPlace } from "./lists.ts";
import { INDENT_STEP } from "./styles.ts";
import { tableOf } from "./table-docx.ts";

export type Block = Paragraph | Table;

/** Where a node stands: in which list item, how far indented, whether in a header cell. */
export interface BlockContext {
  list: ListPlace | null;
  /** The list item the node is in; its first paragraph carries the item's number. */
  item: { numbered: boolean } | null;
  indent: number;
  bold: boolean;
  tableDepth: number;
}

const TOP: BlockContext = { list: null, item: null, indent: 0, bold: false, tableDepth: 0 };

/** Tables nested deeper than this are written as their paragraphs. */
const MAX_TABLE_DEPTH = 3;

/**
 * Outline level 1 (see outlineHeadings) is Heading 4: the item is Heading 2 and the section
 * Heading 3. Word has styles down to Heading 6; deeper headings stay there.
 */
const headingStyle = (level: unknown) =>
  `Heading${Math.min(6, Math.max(4, (Math.trunc(Number(level)) || 1) + 3))}`;

function paragraphOf(node: PmNode, ctx: BlockContext): Paragraph {
  const children = inlineRuns(node.content, ctx.bold ? { bold: true } : {});
  if (ctx.list && ctx.item && !ctx.item.numbered) {
    ctx.item.numbered = true;
    const { reference, instance, level } = ctx.list;
    return new Paragraph({ children, numbering: { reference, instance, level } });
  }
  return new Paragraph({ children, indent: ctx.indent > 0 ? { left: ctx.indent } : undefined });
}

/**
 * A field's rich text (ProseMirror JSON, TipTap node names) as Word paragraphs and tables:
 * headings in Heading 4-6 as outlineHeadings() levels them, lists with real numbering, tables
 * with a header row.
 */
export function richTextBlocks(nodes: PmNode[] | undefined, lists: ListState): Block[] {
  return blocksOf(outlineHeadings({ content: nodes ?? [] }).content, lists, TOP);
}

/**
 * The walk behind richTextBlocks, with an explicit stack, so a 300-page text or a deeply
 * nested list cannot exhaust the call stack; only tables recurse, and only MAX_TABLE_DEPTH deep.
 */
function blocksOf(nodes: PmNode[] | undefined, lists: ListState, start: BlockContext): Block[] {
  const out: Block[] = [];
  const stack: { node: PmNode; ctx: BlockContext }[] = [];
  const pushAll = (children: PmNode[] | undefined, ctx: BlockContext) => {
    for (let i = (children?.length ?? 0) - 1; i >= 0; i--) {
      stack.push({ node: children?.[i] as PmNode, ctx });
    }
  };
  pushAll(nodes, start);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, ctx } = entry;
    switch (node.type) {
      case "paragraph":
      case "codeBlock":
        out.push(paragraphOf(node, ctx));
        break;
      case "text":
      case "hardBreak":
        out.push(paragraphOf({ type: "paragraph", content: [node] }, ctx));
        break;
      case "heading":
        out.push(
          new Paragraph({
            style: headingStyle(node.attrs?.level),
            children: inlineRuns(node.content),
          }),
        );
        break;
      case "bulletList":
      case "orderedList":
        pushAll(node.content, { ...ctx, list: listPlace(node, ctx.list, lists), item: null });
        break;
      case "listItem": {
        const level = ctx.list?.level ?? -1;
        pushAll(node.content, {
          ...ctx,
          item: { numbered: false },
          indent: INDENT_STEP * (level + 1),
        });
        break;
      }
      case "blockquote":
        pushAll(node.content, { ...ctx, indent: ctx.indent + INDENT_STEP });
        break;
      case "table":
        if (ctx.tableDepth < MAX_TABLE_DEPTH) {
          const table = tableOf(node, (cell, header) =>
            blocksOf(cell, lists, { ...TOP, bold: header, tableDepth: ctx.tableDepth + 1 }),
          );
          if (table) out.push(table);
          break;
        }
        pushAll(node.content, ctx);
        break;
      default:
        pushAll(node.content, ctx);
    }
  }
  return out;
}
