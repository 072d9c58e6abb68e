import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { agendaItems, attachments, cases } from "../../db/schema/index.ts";
import type { ParsedItem } from "../../import/model.ts";
import { defaultAttachmentTitle } from "../attachment/attachment-title.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { insertItemTexts } from "./insert-item-texts.ts";
import { textsOf } from "./item-texts.ts";
import type { MinutesFile } from "./store-parsed-minutes-batch.ts";

/**
 * Inserts the items of new meetings, each as an archived case with its fields, an agenda item,
 * its decision and its attachment names: one insert per table for all the meetings. The texts
 * come as the file's reader made them (MinutesFile.texts), or are made here.
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
  let first = 0;
  await insertItemTexts(
    tx,
    organisationId,
    minutes.map(({ file }) => {
      const n = file.parsed.items.length;
      const at = first;
      first += n;
      return {
        texts: file.texts ?? textsOf(file.parsed),
        caseIds: caseIds.slice(at, at + n),
        itemIds: itemIds.slice(at, at + n),
      };
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
