import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { formatShortDate } from "../../web/format-date.ts";
import { relayoutAgenda } from "../agenda/relayout-agenda.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import type { AgendaItemRow, MeetingRow } from "./load-recordable-meeting.ts";

/**
 * The committee decides a postponed item after all: the item it was postponed to leaves the
 * later meeting's agenda again, as long as the members have not received it there. Once sent,
 * it is taken off that agenda with a correction first, and the postponement stands until then.
 */
export async function takeBackPostponement(
  tx: Tx,
  meeting: MeetingRow,
  item: AgendaItemRow,
  actorId: number,
): Promise<void> {
  const [found] = await tx
    .select({ next: agendaItems, target: meetings })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(agendaItems.previousItemId, item.id), eq(agendaItems.continuation, "postponed")))
    .for("update", { of: agendaItems });
  if (!found) return;
  const { next, target } = found;
  if (next.publishedInVersion !== null || next.withdrawnAt !== null) {
    throw new DomainError(
      "conflict",
      minutesMessages.errors.postponedItemSent(formatShortDate(target.startsAt)),
    );
  }
  await tx.delete(agendaItems).where(eq(agendaItems.id, next.id));
  await relayoutAgenda(tx, target, actorId);
  await recordAudit(tx, {
    organisationId: meeting.organisationId,
    actorId,
    action: "agenda_item.postponement_taken_back",
    entityType: "agenda_item",
    entityId: item.id,
    data: { meetingId: meeting.id, targetMeetingId: target.id, removedItemId: next.id },
  });
  await refreshPublicView(tx, {
    kind: "item_removed",
    meetingIds: [target.id],
    actorId,
    detail: { itemId: next.id },
  });
}
