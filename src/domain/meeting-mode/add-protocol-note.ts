import { eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { protocolNotes } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { invalidField } from "../domain-error.ts";
import { changeItemRecord } from "./change-item-record.ts";

const e = minutesMessages.errors;
const m = minutesMessages.hold;

/** Protokoltilførsel: a member's or group's differing view, printed under the decision. */
export async function addProtocolNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; author: string; text: string },
): Promise<{ id: number }> {
  const author = input.author.trim();
  const text = input.text.trim();
  if (!author) throw invalidField("author", e.required(m.noteAuthor));
  if (!text) throw invalidField("text", e.required(m.noteText));
  if (author.length > 200) throw invalidField("author", e.textTooLong(m.noteAuthor, 200));
  if (text.length > 5000) throw invalidField("text", e.textTooLong(m.noteText, 5000));
  return changeItemRecord(db, principal, input, "note", async (tx, _meeting, item) => {
    const [last] = await tx
      .select({ position: max(protocolNotes.position) })
      .from(protocolNotes)
      .where(eq(protocolNotes.agendaItemId, item.id));
    const [row] = await tx
      .insert(protocolNotes)
      .values({ agendaItemId: item.id, position: (last?.position ?? -1) + 1, author, text })
      .returning({ id: protocolNotes.id });
    if (!row) throw new Error("protocol note not inserted");
    return {
      result: row,
      action: "protocol_note.added",
      entityType: "protocol_note",
      entityId: row.id,
      data: { author },
    };
  });
}
