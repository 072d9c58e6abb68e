import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, caseFields, cases } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { type AgendaMeeting, loadAgendaMeeting } from "./load-agenda-meeting.ts";

export interface ItemCorrectionForm {
  meeting: AgendaMeeting;
  item: { id: number; number: number; title: string; closed: boolean; withdrawn: boolean };
  /** The case's fields to correct (empty for an item without a case), and its version. */
  fields: { key: string; label: string; text: string; public: boolean }[];
  caseVersion: number | null;
}

/**
 * What the secretary's correction page shows for one sent item of a published agenda: its
 * title and its case's fields with the versions to send back. 404 for an unknown item or a
 * meeting of another organisation; 403 without the role; 409 once held.
 */
export async function getItemCorrection(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<ItemCorrectionForm> {
  const meeting = await loadAgendaMeeting(db, principal, input.meetingId, "manage");
  if (meeting.status !== "agenda_published") {
    throw new DomainError("conflict", agendaMessages.forbidden.held);
  }
  const [item] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
  if (!item || item.publishedInVersion === null) {
    throw new DomainError("not_found", agendaMessages.itemNotFound);
  }
  const [kase] =
    item.caseId === null ? [] : await db.select().from(cases).where(eq(cases.id, item.caseId));
  const fields = kase
    ? await db
        .select({
          key: caseFields.key,
          label: caseFields.label,
          text: caseFields.text,
          public: caseFields.public,
        })
        .from(caseFields)
        .where(eq(caseFields.caseId, kase.id))
        .orderBy(asc(caseFields.position))
    : [];
  return {
    meeting,
    item: {
      id: item.id,
      number: item.number,
      title: item.title,
      closed: item.closed || (kase?.closed ?? false),
      withdrawn: item.withdrawnAt !== null,
    },
    fields,
    caseVersion: kase?.version ?? null,
  };
}
