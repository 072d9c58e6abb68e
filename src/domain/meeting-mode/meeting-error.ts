import { DomainError } from "../domain-error.ts";
/** What was stored and what the caller tried to save, when two minute takers collide. */
export interface StoredDecision {
  version: number;
  outcome: "decided" | "noted" | "postponed";
  text: string;
  savedBy: string | null;
  savedAt: Date;
}

/** A decision was saved by someone else after the caller loaded it: nothing was written. */
export class DecisionConflictError extends DomainError {
  constructor(
    message: string,
    readonly stored: StoredDecision,
    readonly attempted: { version: number; outcome: string; text: string },
  ) {
    super("conflict", message);
    this.name = "DecisionConflictError";
  }
}
