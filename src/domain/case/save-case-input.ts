import { z } from "zod";
import { caseMessages } from "../../i18n/da/case.ts";
import { isJournalNumber } from "../../import/journal-number.ts";
import { DomainError } from "../domain-error.ts";
import { type Purpose, purposeFromTitle, purposes } from "./purpose.ts";

const m = caseMessages;

export const MAX_TITLE_LENGTH = 200;
export const MAX_DURATION_MINUTES = 600;
const MAX_CLOSURE_REASON = 2000;
const MAX_OPEN_DECISION = 5000;

const purposeSchema = z.enum(Object.keys(purposes) as [Purpose, ...Purpose[]]);

/** A save: the version the caller edited, and only what it changes (absent = unchanged). */
export const saveCaseInput = z.object({
  caseId: z.number(),
  version: z.number().int(),
  /**
   * The version the text was written on, when older than `version`: a save that keeps the
   * writer's text after a conflict still leaves what others changed elsewhere.
   */
  baseVersion: z.number().int().optional(),
  title: z.string().max(10_000).optional(),
  purpose: purposeSchema.nullable().optional(),
  journalNumber: z.string().max(1000).nullable().optional(),
  closed: z.boolean().optional(),
  closureReason: z.string().max(100_000).nullable().optional(),
  openDecision: z.string().max(100_000).nullable().optional(),
  durationMinutes: z.number().nullable().optional(),
  /** Field documents as ProseMirror JSON, by template field key; other fields stay as they are. */
  fields: z
    .array(z.object({ key: z.string().max(100), doc: z.unknown() }))
    .max(100)
    .optional(),
});

export type SaveCaseInput = z.input<typeof saveCaseInput>;
export type ParsedSaveCase = z.output<typeof saveCaseInput>;

/** A refused value; `target` names the fact it is about, for the page to link to its field. */
const invalid = (message: string, target?: string) =>
  new DomainError("invalid", message, target ? [message] : [], target ? [target] : []);

/** Parses the shape; a wrong shape is answered with the place it went wrong. */
export function parseSaveCase(input: unknown): ParsedSaveCase {
  const parsed = saveCaseInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path.join(".") || "input";
  throw invalid(m.invalidInput(path));
}

const optionalText = (
  value: string | null | undefined,
  max: number,
  label: string,
  target: string,
) => {
  if (value === undefined || value === null) return value;
  const text = value.trim();
  if (text.length > max) throw invalid(m.textTooLong(label, max), target);
  return text === "" ? null : text;
};

/** The case's own facts from a save, normalised and checked; undefined = unchanged. */
export function normaliseFacts(input: ParsedSaveCase) {
  let title: string | undefined;
  if (input.title !== undefined) {
    title = input.title.replace(/\s+/g, " ").trim();
    if (!title) throw invalid(m.title.missing, "title");
    if (title.length > MAX_TITLE_LENGTH) throw invalid(m.title.tooLong(MAX_TITLE_LENGTH), "title");
  }
  let journalNumber = input.journalNumber;
  if (typeof journalNumber === "string") {
    journalNumber = journalNumber.trim() || null;
    if (journalNumber && !isJournalNumber(journalNumber)) {
      throw invalid(m.journalNumber(journalNumber), "journalNumber");
    }
  }
  const d = input.durationMinutes;
  if (typeof d === "number" && !(Number.isInteger(d) && d >= 1 && d <= MAX_DURATION_MINUTES)) {
    throw invalid(m.duration(MAX_DURATION_MINUTES), "durationMinutes");
  }
  return {
    title,
    purpose: input.purpose,
    journalNumber,
    closed: input.closed,
    closureReason: optionalText(
      input.closureReason,
      MAX_CLOSURE_REASON,
      m.labels.closureReason,
      "closureReason",
    ),
    openDecision: optionalText(
      input.openDecision,
      MAX_OPEN_DECISION,
      m.labels.openDecision,
      "openDecision",
    ),
    durationMinutes: d,
  };
}

/**
 * The purpose after a save: the one chosen, else the one a new title starts with, else the
 * stored one. A title that starts with another purpose than the chosen one is refused.
 */
export function resolvePurpose(
  stored: Purpose | null,
  title: string,
  chosen: Purpose | null | undefined,
  titleChanged: boolean,
): Purpose | null {
  const inTitle = purposeFromTitle(title);
  const purpose =
    chosen !== undefined ? chosen : titleChanged && inTitle ? inTitle : (stored ?? inTitle);
  if (inTitle && purpose && inTitle !== purpose) {
    throw invalid(m.title.purposeMismatch(purposes[inTitle], purposes[purpose]), "purpose");
  }
  return purpose;
}
