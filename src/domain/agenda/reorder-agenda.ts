import type { Db } from "../../db/client.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { currentOrder } from "./add-cases-to-agenda.ts";
import { loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { type LaidOutItem, relayoutAgenda } from "./relayout-agenda.ts";

const e = agendaMessages.assemblyErrors;

export type ReorderInput =
  | { meetingId: number; order: number[] }
  | { meetingId: number; itemId: number; direction: "up" | "down" };

/**
 * New order of a meeting's agenda: the whole order (dragging) or one item a step up or down
 * (keyboard and forms). Items are renumbered and their time slots recomputed; the order must
 * name every item of the meeting exactly once, else nothing changes.
 */
export async function reorderAgenda(
  db: Db,
  principal: Principal,
  input: ReorderInput,
): Promise<{ items: LaidOutItem[]; movedTo: number | null }> {
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    const before = await currentOrder(tx, meeting.id);
    let order: number[];
    let movedTo: number | null = null;
    if ("order" in input) {
      const same =
        input.order.length === before.length &&
        new Set(input.order).size === before.length &&
        input.order.every((id) => before.includes(id));
      if (!same) throw new DomainError("invalid", e.order, [e.order]);
      order = [...input.order];
    } else {
      const index = before.indexOf(input.itemId);
      if (index < 0) throw new DomainError("not_found", agendaMessages.itemNotFound);
      const target = input.direction === "up" ? index - 1 : index + 1;
      if (target < 0 || target >= before.length) {
        throw new DomainError("invalid", e.atEdge, [e.atEdge]);
      }
      order = [...before];
      order.splice(index, 1);
      order.splice(target, 0, input.itemId);
      movedTo = target + 1;
    }
    const items = await relayoutAgenda(tx, meeting, principal.user.id, order);
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.reordered",
      entityType: "meeting",
      entityId: meeting.id,
      data: { before, after: order },
    });
    await refreshPublicView(tx, {
      kind: "item_moved",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { before, after: order },
    });
    return { items, movedTo };
  });
}
