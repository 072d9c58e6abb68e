import type { CaseContent } from "./case-content.ts";

export type CaseErrorCode = "not_found" | "forbidden" | "invalid" | "conflict";

const STATUS: Record<CaseErrorCode, 400 | 403 | 404 | 409> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
};

/**
 * An error a user can cause in case authoring, with a Danish message to show as it is.
 * `status` is the HTTP status a route answers with; `details` lists several problems at once
 * (e.g. every required field that is empty). Thrown inside a transaction, it rolls it back.
 */
export class CaseError extends Error {
  readonly status: 400 | 403 | 404 | 409;
  constructor(
    readonly code: CaseErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "CaseError";
    this.status = STATUS[code];
  }
}

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
export class CaseConflictError extends CaseError {
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
