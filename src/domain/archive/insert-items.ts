import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { agendaItems, attachments, caseFields, cases, decisions } from "../../db/schema/index.ts";
import type { ParsedItem } from "../../import/model.ts";
import { defaultAttachmentTitle } from "../attachment/attachment-title.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { decisionOf, fieldsOf } from "./item-texts.ts";
import type { MinutesFile } from "./store-parsed-minutes-batch.ts";

/**
 * Inserts the items of new meetings, each as an archived case with its fields, an agenda item,
 * its decision and its attachment names: one insert per table for all the meetings.
 */
export async function insertItems(
  tx: Tx,
  organisationId: number,
  minutes: { file: MinutesFile; committeeId: number; meetingId: number }[],
): Promise<void> {
  const items = minutes.flatMap(({ file, committeeId, meetingId }) =>
    file.parsed.items.map((item: ParsedItem, position) => ({
      item,
      position,
      committeeId,
      meetingId,
    })),
  );
  const caseIds = await insertRows(
    tx,
    cases,
    items.map(({ item, committeeId }) => ({
      organisationId,
      committeeId,
      title: item.title,
      purpose: purposeFromTitle(item.title),
      journalNumber: item.journalNumber,
      status: "archived" as const,
      closed: item.closed,
      closureReason: item.closureReason,
      openDecision: item.openDecision,
      durationMinutes: item.durationMinutes,
    })),
  );
  await insertRows(
    tx,
    caseFields,
    items.flatMap(({ item }, i) => fieldsOf(item, caseIds[i] as number)),
  );
  const itemIds = await insertRows(
    tx,
    agendaItems,
    items.map(({ item, position, meetingId }, i) => ({
      organisationId,
      meetingId,
      caseId: caseIds[i] as number,
      position,
      number: item.number,
      title: item.title,
      purpose: purposeFromTitle(item.title),
      journalNumber: item.journalNumber,
      closed: item.closed,
      closureReason: item.closureReason,
      openDecision: item.openDecision,
      durationMinutes: item.durationMinutes,
      slotStart: item.timeSlot?.start ?? null,
      slotEnd: item.timeSlot?.end ?? null,
    })),
  );
  await insertRows(
    tx,
    decisions,
    items.flatMap(({ item }, i) => {
      const decision = decisionOf(item);
      return decision ? [{ organisationId, agendaItemId: itemIds[i] as number, ...decision }] : [];
    }),
  );
  await insertRows(
    tx,
    attachments,
    items.flatMap(({ item }, i) =>
      item.attachments.map((name, position) => ({
        organisationId,
        caseId: caseIds[i] as number,
        agendaItemId: itemIds[i] as number,
        position,
        name,
        title: defaultAttachmentTitle(name),
        public: !item.closed,
      })),
    ),
  );
}
