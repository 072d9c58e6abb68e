import { trimTrailing } from "./trim-trailing.ts";

/**
 * A word of running text: letters and digits, joined by inner hyphens, periods and
 * apostrophes, and by a comma or colon between digits (2,5 and 09:00 are one word each).
 */
export interface Token {
  text: string;
  /** Offset of the first character in the text. */
  start: number;
  /** Followed directly by a period ("f.eks." is the token "f.eks", dotted). */
  dotted: boolean;
  /** The first word of a sentence, a line or a block. */
  sentenceStart: boolean;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentences: ended by . ! ? : or by the end of a line, abbreviations excepted. */
  sentences: number;
}

/**
 * Abbreviations that are followed by more of the same sentence, so their period never ends
 * one ("jf. Styrelsesloven", "bl.a. Albertslund"). Others ("kr.", "mio.", "mv.", "osv.")
 * end a sentence only when the next word begins with a capital letter.
 */
const NEVER_ENDS = new Set(
  "f.eks bl.a jf jvf nr pkt ca kl d stk evt inkl ekskl ift ifm iflg dvs iht mht vedr pga tlf hhv sml pr ang att ordf fmd gl st".split(
    " ",
  ),
);

/**
 * URLs, e-mail addresses and file or domain names: neither words nor spelling. Each begins
 * where its name begins (the lookbehinds), so a long run of letters and dots is read once,
 * not again from each of its characters.
 */
const SKIPPED = [
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/giu,
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  /(?<![\p{L}\p{N}_-]|[\p{L}\p{N}_-]\.)[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:dk|com|org|net|eu|io|pptx?|docx?|xlsx?|pdf|txt|csv|html?|zip|png|jpe?g)\b/giu,
];

const PIECES =
  /([\p{L}\p{N}]+(?:(?:['’.-]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}]+)*(?:-(?=[\s,/]))?)|([.!?:]+)|(\n)/gu;
const CLOSING = /[)\]"'’”»]/u;

/** Replaces what must not be read as words by spaces, keeping every offset. */
function mask(text: string): string {
  let masked = text;
  for (const pattern of SKIPPED) {
    masked = masked.replace(pattern, (found) => {
      const kept = trimTrailing(found, ".,;:!?");
      return " ".repeat(kept.length) + found.slice(kept.length);
    });
  }
  return masked;
}

/** Whether the terminator `run` at `end` (the offset after it) ends a sentence. */
function endsSentence(text: string, run: string, end: number, before: Token | undefined): boolean {
  let next = end;
  while (next < text.length && CLOSING.test(text[next] as string)) next++;
  const after = text[next];
  if (after !== undefined && !/\s/u.test(after)) return false;
  if (/[!?:]/u.test(run)) return true;
  if (run === "." && before?.dotted && NEVER_ENDS.has(before.text.toLowerCase())) return false;
  const following = /\S/u.exec(text.slice(next, next + 40).split("\n")[0] ?? "");
  return !following || !/[\p{Ll}\p{N}]/u.test(following[0]);
}

/** Splits text into words and counts its sentences (the LIX notions, see compute-lix.ts). */
export function tokenizeText(text: string): TokenizedText {
  const masked = mask(text);
  const tokens: Token[] = [];
  let sentences = 0;
  let open = false; // words since the last sentence end
  for (const match of masked.matchAll(PIECES)) {
    const [piece, word, run] = match;
    const at = match.index;
    if (word !== undefined) {
      tokens.push({
        text: word,
        start: at,
        dotted: masked[at + word.length] === ".",
        sentenceStart: !open,
      });
      open = true;
    } else if (!open) {
    } else if (run === undefined || endsSentence(masked, run, at + piece.length, tokens.at(-1))) {
      sentences++;
      open = false;
    }
  }
  if (open) sentences++;
  return { tokens, sentences };
}
