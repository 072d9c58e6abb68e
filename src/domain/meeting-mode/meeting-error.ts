export type MeetingErrorCode = "not_found" | "forbidden" | "invalid" | "conflict" | "locked";

const STATUS: Record<MeetingErrorCode, 400 | 403 | 404 | 409 | 423> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
  locked: 423,
};

/**
 * An error a user can cause while holding a meeting or handling its minutes, with a Danish
 * message to show as it is. `status` is what a route answers with; thrown inside a
 * transaction it rolls it back, so nothing is half-written.
 */
export class MeetingError extends Error {
  readonly status: 400 | 403 | 404 | 409 | 423;
  constructor(
    readonly code: MeetingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MeetingError";
    this.status = STATUS[code];
  }
}

/** What was stored and what the caller tried to save, when two minute takers collide. */
export interface StoredDecision {
  version: number;
  outcome: "decided" | "noted" | "postponed";
  text: string;
  savedBy: string | null;
  savedAt: Date;
}

/** A decision was saved by someone else after the caller loaded it: nothing was written. */
export class DecisionConflictError extends MeetingError {
  constructor(
    message: string,
    readonly stored: StoredDecision,
    readonly attempted: { version: number; outcome: string; text: string },
  ) {
    super("conflict", message);
    this.name = "DecisionConflictError";
  }
}
