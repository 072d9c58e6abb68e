import { caseMessages } from "../../i18n/da/case.ts";
import type { PmDoc } from "./doc.ts";
import { docToText } from "./doc-to-text.ts";
import { allowedDoc, rawDoc } from "./rich-text-schema.ts";
import { blocks, type Removed } from "./sanitize-nodes.ts";

/** Limits of one rich-text field. */
export const RICH_TEXT_LIMITS = {
  /** The document as JSON, in bytes. */
  maxJsonBytes: 2 * 1024 * 1024,
  /** The derived plain text, in characters: about 70 pages. */
  maxTextLength: 200_000,
  /** Nesting of lists, quotes and tables. */
  maxDepth: 24,
  /** A word (a run without spaces); web addresses and e-mail addresses may be longer. */
  maxWordLength: 100,
  maxAddressLength: 2000,
} as const;

export type SanitizeResult =
  | { ok: true; doc: PmDoc; text: string; removed: string[] }
  | { ok: false; message: string };

const m = caseMessages.richText;
const ADDRESS = /^(?:https?:\/\/|www\.|mailto:)|^[^@\s]+@[^@\s]+$/i;

/** Depth of the JSON, iteratively, so a hostile nesting cannot exhaust the stack. */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === "object") {
      for (const child of Object.values(v)) stack.push([child, d + 1]);
    }
  }
  return max;
}

function longestWord(text: string): string | null {
  let longest: string | null = null;
  for (const word of text.split(/\s+/)) {
    const max = ADDRESS.test(word)
      ? RICH_TEXT_LIMITS.maxAddressLength
      : RICH_TEXT_LIMITS.maxWordLength;
    if (word.length > max && (!longest || word.length > longest.length)) longest = word;
  }
  return longest;
}

/**
 * Makes client rich text safe to store: only the allowed nodes, marks and attributes (see
 * rich-text-schema.ts) survive, links only to http, https and mailto, control characters go.
 * Refuses, with a Danish message naming the field, documents that are too big, too deep, too
 * long or hold a word no one could have typed. `removed` names what was left out.
 */
export function sanitizeDoc(input: unknown, label: string): SanitizeResult {
  // Each node level is two JSON levels (node -> content array -> node), plus marks and attrs.
  const maxJsonDepth = RICH_TEXT_LIMITS.maxDepth * 2 + 3;
  if (depthOf(input, maxJsonDepth + 1) > maxJsonDepth) {
    return { ok: false, message: m.tooDeep(label) };
  }
  let json: string;
  try {
    json = JSON.stringify(input) ?? "";
  } catch {
    return { ok: false, message: m.notADocument(label) };
  }
  if (Buffer.byteLength(json) > RICH_TEXT_LIMITS.maxJsonBytes) {
    return { ok: false, message: m.tooBig(label, RICH_TEXT_LIMITS.maxJsonBytes / 1024 / 1024) };
  }
  const parsed = rawDoc.safeParse(input);
  if (!parsed.success) return { ok: false, message: m.notADocument(label) };
  const removed: Removed = new Set();
  const doc: PmDoc = { type: "doc", content: blocks(parsed.data.content, removed) };
  // The walk only builds allowed nodes; checking against the contract keeps it honest.
  if (!allowedDoc.safeParse(doc).success) return { ok: false, message: m.notADocument(label) };
  const text = docToText(doc);
  if (text.length > RICH_TEXT_LIMITS.maxTextLength) {
    return { ok: false, message: m.tooLong(label, text.length, RICH_TEXT_LIMITS.maxTextLength) };
  }
  const word = longestWord(text);
  if (word) {
    const max = RICH_TEXT_LIMITS.maxWordLength;
    return { ok: false, message: m.longWord(label, word.slice(0, 20), word.length, max) };
  }
  return { ok: true, doc, text, removed: [...removed].sort() };
}

/** An empty document, as a new case field starts. */
export const emptyDoc = (): PmDoc => ({ type: "doc", content: [] });
