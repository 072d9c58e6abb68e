import type { AnnotationRect } from "../../../db/schema/annotation.ts";

/** A passage chosen on one page: what an annotation stores about where it is. */
export interface Passage {
  page: number;
  quote: string;
  rects: AnnotationRect[];
}

const elementOf = (node: Node): Element | null =>
  node instanceof Element ? node : node.parentElement;

/**
 * The selection as a passage on the page where it starts: the boxes of the selected text
 * (text nodes only, so no layer's own box), as fractions of the page. Null when nothing on a
 * page's text is selected.
 */
export function passageFrom(selection: Selection | null, root: HTMLElement): Passage | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const page = elementOf(range.startContainer)?.closest<HTMLElement>(".pdf-page");
  const layer = page?.querySelector<HTMLElement>(".textLayer");
  if (!page || !layer || !root.contains(page)) return null;
  const box = page.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const rects: AnnotationRect[] = [];
  const quote: string[] = [];
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const part = document.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    const text = part.toString();
    if (text.trim() === "") continue;
    quote.push(text);
    const r = part.getBoundingClientRect();
    const x = Math.max(0, (r.left - box.left) / box.width);
    const y = Math.max(0, (r.top - box.top) / box.height);
    const w = Math.min(1 - x, r.width / box.width);
    const h = Math.min(1 - y, r.height / box.height);
    if (w > 0 && h > 0) rects.push({ x, y, w, h });
  }
  const text = quote.join(" ").replace(/\s+/g, " ").trim();
  if (!text || rects.length === 0) return null;
  return {
    page: Number(page.dataset.page),
    quote: text.slice(0, 5000),
    rects: rects.slice(0, 500),
  };
}

/**
 * Keyboard selection in a page's text: ↑/↓ select the previous/next line (a text span),
 * Shift+↑/↓ extend the selection by a line. Returns the chosen text, for the status line.
 */
export function moveLineSelection(layer: HTMLElement, key: "up" | "down", extend: boolean) {
  const lines = [...layer.querySelectorAll<HTMLElement>("span:not(.markedContent)")].filter(
    (s) => s.firstChild?.nodeType === Node.TEXT_NODE && (s.textContent ?? "").trim() !== "",
  );
  if (lines.length === 0) return "";
  const current = Number(layer.dataset.line ?? "-1");
  const next =
    current < 0 ? (key === "down" ? 0 : lines.length - 1) : current + (key === "down" ? 1 : -1);
  const to = Math.max(0, Math.min(lines.length - 1, next));
  const anchor = extend ? Number(layer.dataset.anchor ?? to) : to;
  layer.dataset.line = String(to);
  layer.dataset.anchor = String(anchor);
  const [first, last] = anchor <= to ? [anchor, to] : [to, anchor];
  const start = lines[first]?.firstChild as Text;
  const end = lines[last]?.firstChild as Text;
  window.getSelection()?.setBaseAndExtent(start, 0, end, end.length);
  lines[to]?.scrollIntoView({ block: "nearest" });
  return window.getSelection()?.toString() ?? "";
}
