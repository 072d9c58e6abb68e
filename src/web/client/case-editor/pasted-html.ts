import { wordListsAsLists, wordSpacingAsText } from "./word-lists.ts";

/** An opening or closing heading tag: its slash, level and attributes. */
const HEADING_TAG = /<(\/?)h([1-6])(\s[^<>]*)?>/gi;
/** An opening tag, up to its end (or the next tag, when it has none). */
const OPENING_TAG = /<[a-z][^<>]*/gi;
/** A style attribute inside a tag, quoted or not. */
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * The HTML without its style elements. Found by position rather than by one expression: a
 * paste with many unclosed <style tags made that expression read to the end from each one.
 */
function withoutStyleElements(html: string): string {
  const lower = html.toLowerCase();
  let kept = "";
  let from = 0;
  for (;;) {
    const start = lower.indexOf("<style", from);
    if (start < 0) return kept + html.slice(from);
    const next = lower.charAt(start + 6);
    if (next !== ">" && !/\s|\//.test(next)) {
      kept += html.slice(from, start + 6);
      from = start + 6;
      continue;
    }
    const close = lower.indexOf("</style", start);
    const end = close < 0 ? -1 : lower.indexOf(">", close);
    if (end < 0) return kept + html.slice(from);
    kept += html.slice(from, start);
    from = end + 1;
  }
}

/**
 * Pasted HTML (from Word, a web page, another case) made ready for the field's editor:
 * - Its headings keep their order relative to each other, whatever levels the source used: the
 *   highest level pasted becomes »Overskrift« (h1 here) and every lower one »Underoverskrift«
 *   (h4), so a section pasted with only h4 and h5 does not start below a heading it lacks.
 * - Word's list paragraphs become real lists, nested by level; its tabs become spaces and its
 *   empty paragraphs for spacing go (word-lists.ts).
 * - Style attributes and style elements are dropped: the field keeps no styles, and the page's
 *   Content Security Policy refuses them (each one would be a console error).
 */
export function tidyPastedHtml(html: string): string {
  const levels = [...html.matchAll(HEADING_TAG)].map((m) => Number(m[2]));
  const top = Math.min(...levels);
  const tidy = withoutStyleElements(wordSpacingAsText(wordListsAsLists(html))).replace(
    OPENING_TAG,
    (tag) => tag.replace(STYLE_ATTRIBUTE, ""),
  );
  return tidy.replace(
    HEADING_TAG,
    (_, slash: string, level: string, attributes = "") =>
      `<${slash}h${Number(level) === top ? 1 : 4}${attributes}>`,
  );
}
