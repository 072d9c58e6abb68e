const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * A dot leader typeset with spaces before a line's closing number (". . . . 12"), as PDF
 * generators often lay it out, closed up (" .... 12"). Dots each with at most one space before
 * it, at least four. Read from the end, so a line of any length takes one pass: a regular
 * expression for it backtracked quadratically on a long line of dots or digits.
 */
function closeSpacedLeader(line: string): string {
  let end = line.length;
  while (isDigit(line[end - 1])) end--;
  if (end === line.length) return line;
  while (isSpace(line[end - 1])) end--;
  let start = end;
  let dots = 0;
  while (line[start - 1] === ".") {
    start--;
    dots++;
    if (isSpace(line[start - 1])) start--;
  }
  if (dots < 4) return line;
  return `${line.slice(0, start)} ${".".repeat(dots)}${line.slice(end)}`;
}

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
    .map((line) => closeSpacedLeader(line.trimEnd()));
}
