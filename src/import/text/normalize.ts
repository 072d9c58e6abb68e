/** Lines of a text: BOM stripped, CRLF and CR normalised, form feeds as line breaks. */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|\f/g, "\n")
    .replace(/\u00AD/g, "")
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((line) => line.trimEnd());
}
