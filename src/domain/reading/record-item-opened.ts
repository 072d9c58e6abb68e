import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItemOpenings, agendaItems, agendaReads } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadAgendaMeeting } from "../agenda/load-agenda-meeting.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { meetingSeenBy } from "../meeting/meeting.policy.ts";
import { readByOpening } from "./agenda-read-rule.ts";
import { writeAgendaRead } from "./mark-agenda-read.ts";

/**
 * The member opened an item of the agenda (had it on screen on the agenda page). When that
 * was the last item they had not opened as it is now, the agenda is marked read
 * (agenda-read-rule.ts). An item the member cannot see (not sent yet) is a 404.
 */
export async function recordItemOpened(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<{ read: boolean }> {
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "read");
    const full = await getMeeting(tx, meeting.id);
    const seen = full ? meetingSeenBy(principal, full) : null;
    const ids = seen?.items.map((i) => i.id) ?? [];
    if (!ids.includes(input.itemId)) {
      throw new DomainError("not_found", agendaMessages.itemNotFound);
    }
    const userId = principal.user.id;
    await tx
      .insert(agendaItemOpenings)
      .values({ userId, agendaItemId: input.itemId })
      .onConflictDoUpdate({
        target: [agendaItemOpenings.userId, agendaItemOpenings.agendaItemId],
        set: { openedAt: sql`now()` },
      });
    const items = await tx
      .select({ id: agendaItems.id, updatedAt: agendaItems.updatedAt })
      .from(agendaItems)
      .where(inArray(agendaItems.id, ids));
    const openings = await tx
      .select({ itemId: agendaItemOpenings.agendaItemId, openedAt: agendaItemOpenings.openedAt })
      .from(agendaItemOpenings)
      .where(
        and(eq(agendaItemOpenings.userId, userId), inArray(agendaItemOpenings.agendaItemId, ids)),
      );
    const [read] = await tx
      .select({ readAt: agendaReads.readAt })
      .from(agendaReads)
      .where(and(eq(agendaReads.userId, userId), eq(agendaReads.meetingId, meeting.id)));
    const opened = new Map(openings.map((o) => [o.itemId, o.openedAt]));
    if (!readByOpening(items, opened, read?.readAt ?? null)) return { read: false };
    await writeAgendaRead(tx, principal, meeting, "opened");
    return { read: true };
  });
}
