import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";

type Block = string[];

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const LISTS = new Set(["ol", "ul"]);

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function tag(node: HTMLElement): string {
  return node.rawTagName?.toLowerCase() ?? "";
}

function link(node: HTMLElement, text: string): string {
  const href = node.getAttribute("href") ?? "";
  if (text.trim() === "" || href === "" || href.startsWith("#")) return text;
  return text === href ? `<${href}>` : `[${text}](${href})`;
}

/** Inline text: bold as **…**, links as [text](href), line breaks kept; nested lists left out. */
function inline(node: Node): string {
  if (!isElement(node)) return node.nodeType === NodeType.TEXT_NODE ? node.text : "";
  const name = tag(node);
  if (name === "br") return "\n";
  if (LISTS.has(name) || name === "img") return "";
  const inner = node.childNodes.map(inline).join("");
  if (name === "strong" || name === "b") return inner.trim() === "" ? inner : `**${inner}**`;
  if (name === "a") return link(node, inner);
  if (name === "p" || name === "td" || name === "th") return `${inner} `;
  return inner;
}

/** A paragraph that is bold as a whole is a heading-like line, so it loses its markers. */
function paragraphText(node: HTMLElement): string {
  const text = node.childNodes
    .map(inline)
    .join("")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  const whole = /^\*\*([^*]+)\*\*$/.exec(text);
  return whole ? (whole[1] ?? "").trim() : text;
}

function listLines(list: HTMLElement, depth: number): string[] {
  const ordered = tag(list) === "ol";
  const lines: string[] = [];
  let number = 0;
  for (const item of list.childNodes) {
    if (!isElement(item) || tag(item) !== "li") continue;
    number++;
    const marker = ordered ? `${number}.` : "-";
    const text = paragraphText(item)
      .split("\n")
      .map((line) => line.trim())
      .join(" ");
    lines.push(`${" ".repeat(depth)}${marker} ${text}`.trimEnd());
    for (const child of item.childNodes) {
      if (isElement(child) && LISTS.has(tag(child))) lines.push(...listLines(child, depth + 1));
    }
  }
  return lines;
}

function tableRows(table: HTMLElement): string[] {
  return table.querySelectorAll("tr").map((row) =>
    row.childNodes
      .filter((cell): cell is HTMLElement => isElement(cell) && ["td", "th"].includes(tag(cell)))
      .map((cell) => inline(cell).replace(/\s+/g, " ").trim())
      .join(" | "),
  );
}

function collect(node: Node, blocks: Block[]): void {
  if (!isElement(node)) {
    const text = node.nodeType === NodeType.TEXT_NODE ? node.text.trim() : "";
    if (text !== "") blocks.push([text]);
    return;
  }
  const name = tag(node);
  if (name === "p" || HEADINGS.has(name)) {
    const text = paragraphText(node);
    if (text !== "") blocks.push(text.split("\n"));
  } else if (LISTS.has(name)) blocks.push(listLines(node, 0));
  else if (name === "table") blocks.push(tableRows(node));
  else for (const child of node.childNodes) collect(child, blocks);
}

/**
 * Plain text from the HTML of a Word document: paragraphs and headings separated by a blank
 * line, numbered lists as "1. …", bullets as "- …" (nested ones indented), and tables as
 * one row per line with cells joined by " | ", header row first.
 */
export function htmlToText(html: string): string {
  const blocks: Block[] = [];
  for (const node of parse(html).childNodes) collect(node, blocks);
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n");
}
