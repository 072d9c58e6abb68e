import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, committees, followUpTasks, meetings } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";

export interface FollowUpRow {
  id: number;
  what: string;
  dueOn: string | null;
  doneAt: Date | null;
  meetingId: number;
  startsAt: string;
  committeeName: string;
  itemId: number;
  itemNumber: number;
  itemTitle: string;
}

/** The principal's follow-up tasks: open ones first by deadline, then the latest done. */
export async function listMyFollowUps(db: Db, principal: Principal): Promise<FollowUpRow[]> {
  return db
    .select({
      id: followUpTasks.id,
      what: followUpTasks.what,
      dueOn: followUpTasks.dueOn,
      doneAt: followUpTasks.doneAt,
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
      committeeName: committees.name,
      itemId: agendaItems.id,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
    })
    .from(followUpTasks)
    .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(eq(followUpTasks.assigneeId, principal.user.id))
    .orderBy(
      sql`${followUpTasks.doneAt} is not null`,
      asc(sql`coalesce(${followUpTasks.dueOn}, '9999-12-31')`),
      desc(followUpTasks.doneAt),
      asc(followUpTasks.id),
    )
    .limit(200);
}
