/** An opening or closing heading tag: its slash, level and attributes. */
const HEADING_TAG = /<(\/?)h([1-6])(\s[^>]*)?>/gi;
/** A style attribute inside a tag, quoted or not. */
const STYLE_ATTRIBUTE = /(<[a-z][^>]*?)\s+style\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Pasted HTML (from Word, a web page, another case) made ready for the field's editor:
 * - Its headings keep their order relative to each other, whatever levels the source used: the
 *   highest level pasted becomes »Overskrift« (h1 here) and every lower one »Underoverskrift«
 *   (h4), so a section pasted with only h4 and h5 does not start below a heading it lacks.
 * - Style attributes and style elements are dropped: the field keeps no styles, and the page's
 *   Content Security Policy refuses them (each one would be a console error).
 */
export function tidyPastedHtml(html: string): string {
  const levels = [...html.matchAll(HEADING_TAG)].map((m) => Number(m[2]));
  const top = Math.min(...levels);
  let tidy = html.replace(STYLE_ELEMENT, "");
  for (let before = ""; before !== tidy; ) {
    before = tidy;
    tidy = tidy.replace(STYLE_ATTRIBUTE, "$1");
  }
  return tidy.replace(
    HEADING_TAG,
    (_, slash: string, level: string, attributes = "") =>
      `<${slash}h${Number(level) === top ? 1 : 4}${attributes}>`,
  );
}
