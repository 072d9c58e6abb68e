import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "inserted" | "deleted";
  text: string;
}

/** Past this, a diff gives up and shows the whole old text deleted and the new inserted. */
const DIFF_TIMEOUT_MS = 1000;

/**
 * Word-level changes from one plain text to another (jsdiff: words, punctuation, runs of
 * spaces and newlines are tokens). same + deleted parts spell the old text, same + inserted
 * the new. `approximate` is true when the texts were too different to diff in time.
 */
export function diffWords(
  before: string,
  after: string,
): { parts: DiffPart[]; approximate: boolean } {
  if (before === after)
    return { parts: before ? [{ kind: "same", text: before }] : [], approximate: false };
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    const parts: DiffPart[] = [];
    if (before) parts.push({ kind: "deleted", text: before });
    if (after) parts.push({ kind: "inserted", text: after });
    return { parts, approximate: true };
  }
  return {
    parts: changes.map((c) => ({
      kind: c.added ? "inserted" : c.removed ? "deleted" : "same",
      text: c.value,
    })),
    approximate: false,
  };
}
