import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, followUpTasks, meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { canManageCommittee, canViewCommittee, type Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";

/** The assignee (or the committee's secretary) marks a follow-up task as done. */
export async function completeFollowUpTask(
  db: Db,
  principal: Principal,
  input: { taskId: number },
): Promise<void> {
  const notFound = new DomainError("not_found", minutesMessages.errors.taskNotFound);
  if (!isRowId(input.taskId)) throw notFound;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ task: followUpTasks, committeeId: meetings.committeeId })
      .from(followUpTasks)
      .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(followUpTasks.id, input.taskId))
      .for("update", { of: followUpTasks });
    if (!row) throw notFound;
    const committee = { id: row.committeeId, organisationId: row.task.organisationId };
    const mine = row.task.assigneeId === principal.user.id;
    if (!canViewCommittee(principal, committee) && !mine) throw notFound;
    if (!mine && !canManageCommittee(principal, committee)) throw notFound;
    if (row.task.doneAt) return;
    await tx
      .update(followUpTasks)
      .set({ doneAt: sql`now()` })
      .where(eq(followUpTasks.id, row.task.id));
    await recordAudit(tx, {
      organisationId: row.task.organisationId,
      actorId: principal.user.id,
      action: "follow_up.completed",
      entityType: "follow_up_task",
      entityId: row.task.id,
    });
  });
}
