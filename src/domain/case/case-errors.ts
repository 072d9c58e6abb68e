import { DomainError } from "../domain-error.ts";
import type { CaseContent } from "./case-content.ts";

/** What a client tried to save, as it sent it. */
export interface AttemptedSave {
  version: number;
  title?: string | undefined;
  purpose?: string | null | undefined;
  journalNumber?: string | null | undefined;
  closed?: boolean | undefined;
  closureReason?: string | null | undefined;
  openDecision?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  fields?: { key: string; doc: unknown }[] | undefined;
}

/**
 * The case was saved by someone else after the caller loaded it: nothing of the attempt is
 * written. Carries the stored state (with its version and who saved it) and the attempt, so
 * the editor can show both; `fieldKeys` are the fields where the two differ.
 */
export class CaseConflictError extends DomainError {
  constructor(
    message: string,
    readonly stored: {
      version: number;
      content: CaseContent;
      savedBy: { id: number; name: string } | null;
      savedAt: Date | null;
    },
    readonly attempted: AttemptedSave,
    readonly fieldKeys: string[],
  ) {
    super("conflict", message);
    this.name = "CaseConflictError";
  }
}
