import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaReads } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { type AgendaMeeting, loadAgendaMeeting } from "../agenda/load-agenda-meeting.ts";
import { recordAudit } from "../audit/record-audit.ts";

/** The member has read the agenda as it is now: later changes are marked for them. */
export async function markAgendaRead(
  db: Db,
  principal: Principal,
  input: { meetingId: number },
): Promise<{ readAt: Date }> {
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "read");
    return writeAgendaRead(tx, principal, meeting, "button");
  });
}

/**
 * Records the agenda as read now, by the button or by opening every item
 * (record-item-opened), and audits it.
 */
export async function writeAgendaRead(
  tx: Tx,
  principal: Principal,
  meeting: Pick<AgendaMeeting, "id" | "organisationId">,
  how: "button" | "opened",
): Promise<{ readAt: Date }> {
  const [row] = await tx
    .insert(agendaReads)
    .values({ userId: principal.user.id, meetingId: meeting.id })
    .onConflictDoUpdate({
      target: [agendaReads.userId, agendaReads.meetingId],
      set: { readAt: sql`now()` },
    })
    .returning({ readAt: agendaReads.readAt });
  await recordAudit(tx, {
    organisationId: meeting.organisationId,
    actorId: principal.user.id,
    action: "agenda.read",
    entityType: "meeting",
    entityId: meeting.id,
    ...(how === "opened" ? { data: { by: "opened" } } : {}),
  });
  return { readAt: (row as { readAt: Date }).readAt };
}
