import { CPR_MASK } from "../domain/privacy/mask-cpr-numbers.ts";

/** Markers ts_headline puts around matched words; the indexed text holds no control characters. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** What ts_headline puts between the fragments of one snippet. */
export const FRAGMENT_DELIMITER = " … ";

const [MASK_HEAD, MASK_TAIL] = CPR_MASK.split("-") as [string, string];
const TAIL_FIRST = new RegExp(`^${MASK_TAIL}(?![\\w-])`);
const HEAD_LAST = new RegExp(`(?<![\\w-])${MASK_HEAD}-?$`);

/**
 * A fragment may begin or end inside a hyphenated word, and so inside a masked CPR number
 * ("XXXX, som har klaget"); such a number is shown whole.
 */
function wholeMasks(headline: string): string {
  return headline
    .split(FRAGMENT_DELIMITER)
    .map((fragment) => fragment.replace(TAIL_FIRST, CPR_MASK).replace(HEAD_LAST, CPR_MASK))
    .join(FRAGMENT_DELIMITER);
}

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
  for (const [index, piece] of wholeMasks(headline).split(MARK_START).entries()) {
    const [inside, ...rest] = index === 0 ? [null, piece] : piece.split(MARK_END);
    if (inside) parts.push({ text: inside, hit: true });
    const after = rest.join("");
    if (after) parts.push({ text: after, hit: false });
  }
  return parts;
}

/** How much of the body's start and end a snippet is compared with. */
export const EDGE_CHARS = 60;

/**
 * The snippet with »…« where it starts after the body's start or ends before its end, so a cut
 * sentence does not read as the whole text. `bodyStart` and `bodyEnd` are the body's first and
 * last EDGE_CHARS characters.
 */
export function withEllipses(
  parts: SnippetPart[],
  bodyStart: string,
  bodyEnd: string,
): SnippetPart[] {
  const plain = parts.map((p) => p.text).join("");
  if (plain.trim() === "") return parts;
  const fragments = plain.split(FRAGMENT_DELIMITER);
  const first = (fragments[0] ?? "").trim().slice(0, EDGE_CHARS / 2);
  const last = (fragments.at(-1) ?? "").trim().slice(-EDGE_CHARS / 2);
  const atStart = bodyStart.trimStart().startsWith(first);
  const atEnd = bodyEnd.trimEnd().endsWith(last);
  return [
    ...(atStart ? [] : [{ text: "… ", hit: false }]),
    ...parts,
    ...(atEnd ? [] : [{ text: " …", hit: false }]),
  ];
}
