import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, followUpReminders, followUpTasks, meetings } from "../../db/schema/index.ts";
import { copenhagenDate } from "../meeting/copenhagen-time.ts";
import { notify } from "../notification/notify.ts";

/**
 * On a follow-up task's due day (Copenhagen), notifies the responsible user once: in the
 * staff area and by mail as the user's preference says. Open tasks with a user only; a task
 * whose due date moves is reminded again on the new date. Returns the tasks reminded.
 */
export async function remindDueFollowUps(db: Db, now: Date = new Date()): Promise<number> {
  const today = copenhagenDate(now);
  const due = await db
    .select({
      id: followUpTasks.id,
      organisationId: followUpTasks.organisationId,
      assigneeId: followUpTasks.assigneeId,
      meetingId: agendaItems.meetingId,
    })
    .from(followUpTasks)
    .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        eq(followUpTasks.dueOn, today),
        isNull(followUpTasks.doneAt),
        isNotNull(followUpTasks.assigneeId),
      ),
    );
  let reminded = 0;
  for (const task of due) {
    if (task.assigneeId === null) continue;
    const assigneeId = task.assigneeId;
    const made = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(followUpReminders)
        .values({ taskId: task.id, dueOn: today })
        .onConflictDoNothing()
        .returning({ taskId: followUpReminders.taskId });
      if (!claimed) return false;
      await notify(tx, [assigneeId], {
        organisationId: task.organisationId,
        actorId: null,
        kind: "follow_up.due",
        caseId: null,
        meetingId: task.meetingId,
      });
      return true;
    });
    if (made) reminded += 1;
  }
  return reminded;
}
