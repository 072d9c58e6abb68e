import { mergeTextNodes, type PmMark, type PmNode } from "./doc.ts";
import { COMMENT_ANCHOR, MAX_HEADING_LEVEL, type RawNode, SAFE_LINK } from "./rich-text-schema.ts";

/** What the sanitiser left out, by name, so the editor can tell the author. */
export type Removed = Set<string>;

const BLOCK_CONTAINERS = new Set(["blockquote"]);
const LISTS = new Set(["bulletList", "orderedList"]);
const INLINE = new Set(["text", "hardBreak"]);
const TEXT_BLOCKS = new Set(["paragraph", "heading"]);
const CELLS = new Set(["tableHeader", "tableCell"]);

// C0 controls (tab, newline and carriage return become spaces), DEL, and unpaired surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters
const CONTROL = /[\u0000-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, " ").replace(LONE_SURROGATE, "\ufffd");
}

function int(value: unknown, min: number, max: number): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) return null;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}

function sanitizeMarks(marks: RawNode["marks"], removed: Removed): PmMark[] {
  const out: PmMark[] = [];
  for (const m of marks ?? []) {
    if (out.some((o) => o.type === m.type)) continue;
    if (m.type === "bold" || m.type === "italic") out.push({ type: m.type });
    else if (m.type === "link") {
      const href = typeof m.attrs?.href === "string" ? m.attrs.href.trim() : "";
      if (SAFE_LINK.test(href) && href.length <= 2000 && !/\s/.test(href)) {
        out.push({ type: "link", attrs: { href } });
      } else removed.add("link");
    } else if (m.type === "comment") {
      const id = m.attrs?.id;
      if (typeof id === "string" && COMMENT_ANCHOR.test(id)) {
        out.push({ type: "comment", attrs: { id } });
      }
    } else removed.add(m.type);
  }
  return out;
}

/** Inline content: text and hard breaks; inline content of misplaced blocks is kept. */
function inline(nodes: RawNode[] | undefined, removed: Removed): PmNode[] {
  const out: PmNode[] = [];
  for (const n of nodes ?? []) {
    if (n.type === "text") {
      const text = cleanText(n.text ?? "");
      if (!text) continue;
      const marks = sanitizeMarks(n.marks, removed);
      out.push(marks.length ? { type: "text", text, marks } : { type: "text", text });
    } else if (n.type === "hardBreak") out.push({ type: "hardBreak" });
    else if (TEXT_BLOCKS.has(n.type) || n.type === "listItem" || CELLS.has(n.type)) {
      out.push(...inline(n.content, removed));
    } else removed.add(n.type);
  }
  return mergeTextNodes(out);
}

const withContent = (node: PmNode, content: PmNode[]): PmNode =>
  content.length ? { ...node, content } : node;

function listItems(nodes: RawNode[] | undefined, removed: Removed): PmNode[] {
  return (nodes ?? []).flatMap((n) => {
    if (n.type !== "listItem") return blocks([n], removed).map((b) => item([b]));
    return [item(blocks(n.content, removed))];
  });
}

/** A list item starts with a paragraph, as TipTap's schema requires. */
function item(content: PmNode[]): PmNode {
  const first = content[0];
  if (first?.type !== "paragraph") content.unshift({ type: "paragraph" });
  return { type: "listItem", content };
}

function cellContent(nodes: RawNode[] | undefined, removed: Removed): PmNode[] {
  const content = blocks(nodes, removed);
  return content.length ? content : [{ type: "paragraph" }];
}

function row(n: RawNode, removed: Removed): PmNode | null {
  const cells = (n.content ?? []).flatMap((c): PmNode[] => {
    if (!CELLS.has(c.type)) {
      removed.add(c.type);
      return [];
    }
    const attrs: Record<string, number> = {};
    for (const key of ["colspan", "rowspan"] as const) {
      const v = int(c.attrs?.[key], 1, 50);
      if (v !== null && v > 1) attrs[key] = v;
    }
    const cell: PmNode = { type: c.type, content: cellContent(c.content, removed) };
    return [Object.keys(attrs).length ? { ...cell, attrs } : cell];
  });
  return cells.length ? { type: "tableRow", content: cells } : null;
}

function block(n: RawNode, removed: Removed): PmNode | null {
  if (n.type === "paragraph") return withContent({ type: "paragraph" }, inline(n.content, removed));
  if (n.type === "heading") {
    const level = int(n.attrs?.level, 1, MAX_HEADING_LEVEL) ?? 1;
    return withContent({ type: "heading", attrs: { level } }, inline(n.content, removed));
  }
  if (LISTS.has(n.type)) {
    const content = listItems(n.content, removed);
    if (!content.length) return null;
    if (n.type === "bulletList") return { type: "bulletList", content };
    return { type: "orderedList", attrs: { start: int(n.attrs?.start, 1, 9999) ?? 1 }, content };
  }
  if (BLOCK_CONTAINERS.has(n.type)) {
    const content = blocks(n.content, removed);
    return content.length ? { type: n.type, content } : null;
  }
  if (n.type === "table") {
    const rows = (n.content ?? []).flatMap((r) => (r.type === "tableRow" ? [row(r, removed)] : []));
    const content = rows.filter((r): r is PmNode => r !== null);
    return content.length ? { type: "table", content } : null;
  }
  removed.add(n.type);
  return null;
}

/** Block content: known blocks kept, stray inline content wrapped in paragraphs, the rest left out. */
export function blocks(nodes: RawNode[] | undefined, removed: Removed): PmNode[] {
  const out: PmNode[] = [];
  let pending: RawNode[] = [];
  const flush = () => {
    const content = inline(pending, removed);
    if (content.length) out.push({ type: "paragraph", content });
    pending = [];
  };
  for (const n of nodes ?? []) {
    if (INLINE.has(n.type)) {
      pending.push(n);
      continue;
    }
    flush();
    const b = block(n, removed);
    if (b) out.push(b);
  }
  flush();
  return out;
}
