import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { followUpTasks } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadItemOf, loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { listCommitteePeople } from "./committee-people.ts";

const e = minutesMessages.errors;
const m = minutesMessages.hold;

const isDate = (value: string) => {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
};

const inputSchema = z.object({
  meetingId: z.number().int(),
  itemId: z.number().int(),
  what: z
    .string()
    .trim()
    .min(1, e.required(m.followUpWhat))
    .max(1000, e.textTooLong(m.followUpWhat, 1000)),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().trim().max(200, e.textTooLong(m.followUpWhoName, 200)),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isDate(v)), e.dueDate),
});

export type FollowUpInput = z.input<typeof inputSchema>;

/**
 * A decision's follow-up task: what, who (a user with a role on the committee, or a name or
 * unit), by when. The assignee finds it under "Mine opfølgninger".
 */
export async function addFollowUpTask(
  db: Db,
  principal: Principal,
  input: FollowUpInput,
): Promise<{ id: number }> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success)
    throw new DomainError("invalid", parsed.error.issues[0]?.message ?? e.assigneeMissing);
  const t = parsed.data;
  if (t.assigneeId === null && !t.assigneeName) throw new DomainError("invalid", e.assigneeMissing);
  return db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, t.meetingId, { recording: false });
    const item = await loadItemOf(tx, meeting.id, t.itemId);
    let assigneeName = t.assigneeName;
    if (t.assigneeId !== null) {
      const people = await listCommitteePeople(tx, {
        id: meeting.committeeId,
        organisationId: meeting.organisationId,
      });
      const person = people.find((p) => p.id === t.assigneeId);
      if (!person) throw new DomainError("invalid", e.assigneeUnknown);
      assigneeName = person.name;
    }
    const [row] = await tx
      .insert(followUpTasks)
      .values({
        organisationId: meeting.organisationId,
        agendaItemId: item.id,
        what: t.what,
        assigneeId: t.assigneeId,
        assigneeName,
        dueOn: t.dueOn || null,
        createdById: principal.user.id,
      })
      .returning({ id: followUpTasks.id });
    if (!row) throw new Error("follow-up task not inserted");
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "follow_up.created",
      entityType: "follow_up_task",
      entityId: row.id,
      data: {
        meetingId: meeting.id,
        itemId: item.id,
        assigneeId: t.assigneeId,
        dueOn: t.dueOn || null,
      },
    });
    return row;
  });
}
