import { type IRunOptions, Tab, TextRun } from "docx";

const REPLACEMENT = "\uFFFD";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Characters XML 1.0 cannot carry at all: control characters other than tab and line breaks. */
const isForbidden = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;

/**
 * Text as the document XML can hold it: control characters dropped, a lone surrogate (half an
 * emoji) replaced by U+FFFD. Everything else, ≥, →, Greek, emoji, passes unchanged.
 */
export function cleanText(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const bad = isForbidden(c) || isHigh(c) || isLow(c);
    if (!bad) continue;
    out ??= [];
    out.push(text.slice(from, i), isForbidden(c) ? "" : REPLACEMENT);
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

export type RunFormat = Pick<IRunOptions, "bold" | "italics" | "style">;

/** One line of text as run children: tabs become real tabs. */
function lineChildren(line: string): (string | Tab)[] {
  const parts = line.split("\t");
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return children;
}

/** Text as runs: a line break inside the text becomes a real line break. */
export function runsOf(text: string, format: RunFormat = {}): TextRun[] {
  const lines = cleanText(text).replace(/\r\n?/g, "\n").split("\n");
  return lines.map(
    (line, i) =>
      new TextRun({ ...format, break: i > 0 ? 1 : undefined, children: lineChildren(line) }),
  );
}
