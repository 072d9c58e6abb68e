import { compilePdf, TypstError } from "./typst-compiler.ts";

/**
 * Characters PDF/UA-1 refuses to print: no font has them (Chinese without a CJK font, some
 * emoji) or they are not allowed (a byte order mark). Typst names each in a diagnostic such as
 * "the text `"中"` could not be displayed with font …", written as a Rust string (escaped once
 * more when the diagnostic comes from the PDF export).
 */
const UNPRINTABLE = /the text (?:contains the disallowed codepoint )?`\\?"([^`]*?)\\?"`/g;

const unescapeRust = (text: string) =>
  text.replace(/\\(u\{([0-9a-fA-F]{1,6})\}|.)/g, (_, sequence: string, hex?: string) =>
    hex ? String.fromCodePoint(Math.min(0x10ffff, Number.parseInt(hex, 16))) : sequence,
  );

/** The characters (outside ASCII) the diagnostics say cannot be printed. */
function unprintable(error: TypstError): string[] {
  const chars = [...error.message.matchAll(UNPRINTABLE)].flatMap((match) => [
    ...unescapeRust(unescapeRust(match[1] ?? "")),
  ]);
  return [...new Set(chars.filter((c) => c > "\u007f"))];
}

/** Rounds of leaving out unprintable characters before giving up. */
const MAX_ROUNDS = 4;

/** Characters found unprintable so far: the fonts do not change while the process runs. */
const knownUnprintable = new Set<string>();
const MAX_KNOWN = 10_000;

/**
 * Compiles `prelude` + `body` to PDF/UA-1. A character no font can show stops a PDF/UA-1 file,
 * so such characters in the body are replaced by U+FFFD (shown as a question mark in a diamond)
 * and the file is set again; the HTML and Word files keep them.
 */
export function compilePrintable(prelude: string, body: string): Uint8Array {
  // Only characters outside ASCII, and only once one is known: splitting the whole source into
  // characters took milliseconds per document.
  const outside = knownUnprintable.size > 0 ? (body.match(/[^\0-\x7f]/gu) ?? []) : [];
  const replaced = new Set(outside.filter((c) => knownUnprintable.has(c)));
  for (let round = 0; ; round++) {
    let text = body;
    for (const c of replaced) text = text.replaceAll(c, replaced.has("\ufffd") ? "?" : "\ufffd");
    try {
      return compilePdf(prelude + text);
    } catch (error) {
      if (!(error instanceof TypstError) || round >= MAX_ROUNDS) throw error;
      const found = unprintable(error).filter((c) => !replaced.has(c));
      if (found.length === 0) throw error;
      for (const c of found) {
        replaced.add(c);
        if (knownUnprintable.size < MAX_KNOWN) knownUnprintable.add(c);
      }
    }
  }
}
