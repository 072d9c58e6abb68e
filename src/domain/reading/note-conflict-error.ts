import { offlineMessages } from "../../i18n/da/offline.ts";
import { DomainError } from "../domain-error.ts";

/**
 * A note saved from a copy older than the one stored (written offline, or in a second tab):
 * a 409 with the stored text, so the member chooses or merges and nothing is overwritten.
 */
export class NoteConflictError extends DomainError {
  constructor(readonly stored: { body: string; updatedAt: Date | null }) {
    super("conflict", offlineMessages.note.conflict);
    this.name = "NoteConflictError";
  }
}
