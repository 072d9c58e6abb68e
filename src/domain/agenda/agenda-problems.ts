import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, caseFields } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { DomainError } from "../domain-error.ts";

const e = agendaMessages.publishErrors;

/** A meeting's agenda items as stored, in agenda order: what sending checks and sends. */
export function agendaItemRows(tx: Db | Tx, meetingId: number) {
  return tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

/**
 * What stops an agenda from being sent: an empty required field (a place, a title per item,
 * the reason of a closed item, the required fields of each case), each as a Danish sentence.
 * Withdrawn items are left out.
 */
export async function agendaProblems(
  tx: Db | Tx,
  meeting: { location: string },
  all: (typeof agendaItems.$inferSelect)[],
): Promise<string[]> {
  const items = all.filter((i) => i.withdrawnAt === null);
  const caseIds = items.flatMap((i) => (i.caseId === null ? [] : [i.caseId]));
  const emptyRequired =
    caseIds.length === 0
      ? []
      : await tx
          .select({ caseId: caseFields.caseId, label: caseFields.label })
          .from(caseFields)
          .where(
            and(
              inArray(caseFields.caseId, caseIds),
              eq(caseFields.required, true),
              sql`btrim(${caseFields.text}) = ''`,
            ),
          )
          .orderBy(asc(caseFields.position));
  const problems: string[] = [];
  if (!meeting.location.trim()) problems.push(e.missingLocation);
  if (items.length === 0) problems.push(e.noItems);
  for (const item of items) {
    if (!item.title.trim()) problems.push(e.missingTitle(item.number));
    if (item.closed && !item.closureReason?.trim()) {
      problems.push(e.missingClosureReason(item.number));
    }
    for (const f of emptyRequired.filter((x) => x.caseId === item.caseId)) {
      problems.push(e.missingField(item.number, f.label));
    }
  }
  return problems;
}

/** Refuses to send an agenda with agendaProblems; the message lists each of them. */
export async function refuseIncompleteAgenda(
  tx: Tx,
  meeting: { location: string },
  all: (typeof agendaItems.$inferSelect)[],
): Promise<void> {
  const problems = await agendaProblems(tx, meeting, all);
  if (problems.length > 0) {
    throw new DomainError(
      "invalid",
      `${e.summary(problems.length)} ${problems.join(" ")}`,
      problems,
    );
  }
}
