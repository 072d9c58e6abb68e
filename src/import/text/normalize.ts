/** A dot leader typeset with spaces (". . . . 12"), as PDF generators often lay it out. */
const SPACED_LEADER = /(?:\s?\.){4,}(?=\s*\d+$)/;

/**
 * Lines of a text: BOM stripped, CRLF and CR normalised, form feeds as line breaks, soft
 * hyphens and zero-width characters removed, spaced dot leaders closed up ("Title ..... 12").
 */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|\f/g, "\n")
    .replace(/\u00AD|\u200B|\u200C|\u200D|\u2060/g, "")
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((line) => {
      const trimmed = line.trimEnd();
      return SPACED_LEADER.test(trimmed)
        ? trimmed.replace(SPACED_LEADER, (dots) => ` ${dots.replace(/\s/g, "")}`)
        : trimmed;
    });
}
