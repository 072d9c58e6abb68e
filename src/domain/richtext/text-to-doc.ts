import { type PmDoc, type PmNode, paragraph, textNode } from "./doc.ts";

// On one line; `s` lets the text run to the end without looking back (linear on any input).
const BULLET = /^(\s*)[-•–*]\s+(.*)$/s;
const ORDERED = /^(\s*)(\d+)[.)]\s+(.*)$/s;
const TABLE_CELL_SEPARATOR = " | ";

type ListLine = { indent: number; ordered: boolean; start: number; text: string };

function listLine(line: string): ListLine | null {
  const bullet = BULLET.exec(line);
  if (bullet)
    return { indent: bullet[1]?.length ?? 0, ordered: false, start: 1, text: bullet[2] ?? "" };
  const ordered = ORDERED.exec(line);
  if (ordered) {
    return {
      indent: ordered[1]?.length ?? 0,
      ordered: true,
      start: Number(ordered[2]),
      text: ordered[3] ?? "",
    };
  }
  return null;
}

/** Builds nested lists from consecutive list lines; deeper indentation nests under the last item. */
function buildList(lines: ListLine[]): PmNode {
  const first = lines[0] as ListLine;
  const items: PmNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as ListLine;
    const children: ListLine[] = [];
    i++;
    while (i < lines.length && (lines[i] as ListLine).indent > line.indent) {
      children.push(lines[i] as ListLine);
      i++;
    }
    const content: PmNode[] = [paragraph(line.text)];
    if (children.length > 0) content.push(buildList(children));
    items.push({ type: "listItem", content });
  }
  return first.ordered
    ? { type: "orderedList", attrs: { start: first.start }, content: items }
    : { type: "bulletList", content: items };
}

function buildTable(lines: string[]): PmNode {
  return {
    type: "table",
    content: lines.map((line, row) => ({
      type: "tableRow",
      content: line.split(TABLE_CELL_SEPARATOR).map((cell) => ({
        type: row === 0 ? "tableHeader" : "tableCell",
        content: [paragraph(cell.trim())],
      })),
    })),
  };
}

function withBreaks(lines: string[]): PmNode {
  const content: PmNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    if (line) content.push(textNode(line));
  });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

/** Converts one block (text between blank lines) into nodes: paragraphs, lists or a table. */
function blockToNodes(block: string): PmNode[] {
  const lines = block.split("\n").map((l) => l.trimEnd());
  if (lines.length > 1 && lines.every((l) => l.includes(TABLE_CELL_SEPARATOR))) {
    return [buildTable(lines)];
  }
  const nodes: PmNode[] = [];
  let plain: string[] = [];
  let list: ListLine[] = [];
  const flush = () => {
    if (plain.length) nodes.push(withBreaks(plain));
    if (list.length) nodes.push(buildList(list));
    plain = [];
    list = [];
  };
  for (const line of lines) {
    const item = listLine(line);
    if (item) {
      if (plain.length) flush();
      // A list that changes kind at the same level starts a new list.
      const first = list[0];
      if (first && item.indent <= first.indent && item.ordered !== first.ordered) flush();
      list.push(item);
    } else if (list.length && /^\s+\S/.test(line)) {
      const last = list[list.length - 1] as ListLine;
      last.text += ` ${line.trim()}`;
    } else {
      if (list.length) flush();
      plain.push(line);
    }
  }
  flush();
  return nodes;
}

/**
 * Converts plain text (paragraphs separated by blank lines; "- " and "1. " list lines;
 * " | "-separated table rows) into a ProseMirror document.
 */
export function textToDoc(text: string): PmDoc {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((b) => b.replace(/^\n+/, "").trimEnd())
    .filter((b) => b.trim() !== "");
  return { type: "doc", content: blocks.flatMap(blockToNodes) };
}
