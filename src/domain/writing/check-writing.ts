import type { PmDoc } from "../richtext/doc.ts";
import { analyseBlock } from "./analyse-block.ts";
import { type AccessibilityFinding, checkAccessibility } from "./check-accessibility.ts";
import { groupMisspellings, type Occurrence, type SpellingFinding } from "./check-spelling.ts";
import { addCounts, type Lix, lixFromCounts } from "./compute-lix.ts";
import { isSpelledRight } from "./find-misspellings.ts";
import type { Speller } from "./speller.ts";
import { textBlocks } from "./text-blocks.ts";

/** One field of a case (Indstilling, Sagsfremstilling, …) with its rich text. */
export interface CaseField {
  name: string;
  doc: PmDoc;
}

/** A CPR number in the text, as written: the author is told, since members can read it. */
export interface CprOccurrence {
  number: string;
  at: Occurrence;
}

export interface FieldCheck {
  field: string;
  lix: Lix;
  spelling: SpellingFinding[];
  accessibility: (AccessibilityFinding & { field?: string })[];
  cpr: CprOccurrence[];
}

export interface WritingCheckOptions {
  /**
   * Suggestions for unknown words (default true). They take most of a first check's time
   * (tens of milliseconds a word); an editor may leave them out and ask suggestSpelling()
   * for the word the author opens.
   */
  suggestions?: boolean;
}

export interface WritingCheck {
  /** The case as a whole: LIX of all fields' words and sentences together. */
  lix: Lix;
  spelling: SpellingFinding[];
  accessibility: (AccessibilityFinding & { field?: string })[];
  cpr: CprOccurrence[];
  fields: FieldCheck[];
}

function readBlocks(doc: PmDoc, speller: Speller) {
  return textBlocks(doc).map(({ path, text }) => ({ path, ...analyseBlock(speller, text) }));
}

/**
 * The writing check of a case (or of one document): LIX, spelling, accessibility and CPR
 * numbers per field and for the whole case. Names are learned from the whole case: a capitalised word
 * seen inside a sentence is also accepted where a sentence begins with it.
 */
export function checkWriting(
  input: PmDoc | CaseField[],
  speller: Speller,
  options: WritingCheckOptions = {},
): WritingCheck {
  const suggest = options.suggestions ?? true;
  const fields = Array.isArray(input) ? input : [{ name: "", doc: input }];
  const read = fields.map((field) => ({ field, blocks: readBlocks(field.doc, speller) }));
  const names = new Set(read.flatMap(({ blocks }) => blocks.flatMap((b) => [...b.names])));
  const checks = read.map(({ field, blocks }): FieldCheck => {
    const where = (path: number[], offset: number): Occurrence =>
      field.name ? { field: field.name, path, offset } : { path, offset };
    const unknown = blocks.flatMap(({ path, unknown }) =>
      unknown
        .filter((token) => !isSpelledRight(speller, token, names))
        .map((token) => ({ word: token.text, at: where(path, token.start) })),
    );
    return {
      field: field.name,
      lix: lixFromCounts(addCounts(blocks.map((b) => b.counts))),
      spelling: groupMisspellings(speller, unknown, suggest),
      accessibility: checkAccessibility(field.doc).map((finding) =>
        field.name ? { ...finding, field: field.name } : finding,
      ),
      cpr: blocks.flatMap(({ path, cpr }) =>
        cpr.map(({ number, offset }) => ({ number, at: where(path, offset) })),
      ),
    };
  });
  const all = checks.flatMap((check) =>
    check.spelling.flatMap(({ word, occurrences }) => occurrences.map((at) => ({ word, at }))),
  );
  return {
    lix: lixFromCounts(addCounts(checks.map((check) => check.lix))),
    spelling: groupMisspellings(speller, all, suggest),
    accessibility: checks.flatMap((check) => check.accessibility),
    cpr: checks.flatMap((check) => check.cpr),
    fields: checks,
  };
}
