import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { protocolNotes } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeItemRecord } from "./change-item-record.ts";

/** Removes a protocol note recorded by mistake. */
export async function removeProtocolNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; noteId: number },
): Promise<void> {
  await changeItemRecord(db, principal, input, "note", async (tx, _meeting, item) => {
    const [row] = await tx
      .delete(protocolNotes)
      .where(and(eq(protocolNotes.id, input.noteId), eq(protocolNotes.agendaItemId, item.id)))
      .returning();
    if (!row) throw new DomainError("not_found", minutesMessages.errors.noteGone);
    return {
      result: undefined,
      action: "protocol_note.removed",
      entityType: "protocol_note",
      entityId: row.id,
      data: { author: row.author },
    };
  });
}
