/** Markers ts_headline puts around matched words; the indexed text holds no control characters. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** A piece of a snippet: plain text, or a matched word to show highlighted. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Cuts a ts_headline result into plain and highlighted pieces, so the page renders them as
 * escaped text and <mark> elements: no HTML ever comes from the indexed text.
 */
export function splitSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(MARK_START).entries()) {
    const [inside, ...rest] = index === 0 ? [null, piece] : piece.split(MARK_END);
    if (inside) parts.push({ text: inside, hit: true });
    const after = rest.join("");
    if (after) parts.push({ text: after, hit: false });
  }
  return parts;
}
