import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { standingItems } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { DomainError } from "../domain-error.ts";
import { loadPlanningCommittee } from "../meeting/plan-meeting.ts";

const s = agendaMessages.standingItems;
const e = agendaMessages.assemblyErrors;

/** Adding one standing item (as the form sends it) or removing one by id. */
export type StandingItemChange =
  | { add: { title: string; placement: string; durationMinutes: string; approvesMinutes: boolean } }
  | { remove: number };

/**
 * Adds a standing item to the committee's settings (first or last on every new agenda), or
 * removes one. Agendas already planned keep theirs.
 */
export async function saveStandingItem(
  db: Db,
  principal: Principal,
  input: { committeeId: number } & StandingItemChange,
): Promise<void> {
  await db.transaction(async (tx) => {
    const committee = await loadPlanningCommittee(tx, principal, input.committeeId);
    if ("remove" in input) {
      const [row] = await tx
        .delete(standingItems)
        .where(and(eq(standingItems.id, input.remove), eq(standingItems.committeeId, committee.id)))
        .returning();
      if (!row) throw new DomainError("not_found", s.notFound);
      await recordAudit(tx, {
        organisationId: committee.organisationId,
        actorId: principal.user.id,
        action: "standing_item.removed",
        entityType: "committee",
        entityId: committee.id,
        data: { title: row.title, placement: row.placement },
      });
      return;
    }
    const title = input.add.title.trim().replace(/\s+/g, " ");
    const raw = input.add.durationMinutes.trim();
    const duration = raw === "" ? null : Number(raw);
    const placement =
      input.add.placement === "last" ? "last" : input.add.placement === "first" ? "first" : null;
    const problems: string[] = [];
    if (!title) problems.push(e.title);
    if (title.length > 300) problems.push(e.titleTooLong(300));
    if (duration !== null && (!Number.isInteger(duration) || duration < 0 || duration > 600)) {
      problems.push(e.duration);
    }
    if (!placement) problems.push(s.placementMissing);
    if (problems.length > 0 || !placement) {
      throw new DomainError("invalid", problems.join(" "), problems);
    }
    const [last] = await tx
      .select({ position: max(standingItems.position) })
      .from(standingItems)
      .where(
        and(eq(standingItems.committeeId, committee.id), eq(standingItems.placement, placement)),
      );
    await tx.insert(standingItems).values({
      committeeId: committee.id,
      placement,
      position: (last?.position ?? -1) + 1,
      title,
      purpose: purposeFromTitle(title),
      durationMinutes: duration,
      approvesMinutes: input.add.approvesMinutes,
    });
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "standing_item.added",
      entityType: "committee",
      entityId: committee.id,
      data: { title, placement, durationMinutes: duration },
    });
  });
}
