import type { PmDoc, PmNode } from "./doc.ts";

function inline(nodes: PmNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) =>
      n.type === "text" ? (n.text ?? "") : n.type === "hardBreak" ? "\n" : inline(n.content),
    )
    .join("");
}

function list(node: PmNode, depth: number): string[] {
  const ordered = node.type === "orderedList";
  let number = Number(node.attrs?.start ?? 1);
  const lines: string[] = [];
  for (const item of node.content ?? []) {
    const marker = ordered ? `${number++}.` : "-";
    const [first, ...rest] = item.content ?? [];
    lines.push(`${" ".repeat(depth)}${marker} ${first ? inline(first.content) : ""}`);
    for (const child of rest) {
      if (child.type === "bulletList" || child.type === "orderedList") {
        lines.push(...list(child, depth + 1));
      } else {
        lines.push(`${" ".repeat(depth + 1)}${block(child, depth + 1)}`);
      }
    }
  }
  return lines;
}

function block(node: PmNode, depth = 0): string {
  switch (node.type) {
    case "bulletList":
    case "orderedList":
      return list(node, depth).join("\n");
    case "table":
      return (node.content ?? [])
        .map((row) => (row.content ?? []).map((cell) => blocks(cell.content, "\n")).join(" | "))
        .join("\n");
    case "blockquote":
      return blocks(node.content, "\n\n");
    default:
      return inline(node.content);
  }
}

function blocks(nodes: PmNode[] | undefined, separator: string): string {
  return (nodes ?? []).map((n) => block(n)).join(separator);
}

/** The plain text of a document: blocks separated by a blank line, lists one item per line. */
export function docToText(doc: PmDoc): string {
  return blocks(doc.content, "\n\n");
}
