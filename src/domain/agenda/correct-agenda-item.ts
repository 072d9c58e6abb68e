import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaCorrections, agendaItems, cases } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type CaseContent, loadContent } from "../case/case-content.ts";
import { writeCaseContent } from "../case/write-case-content.ts";
import { DomainError } from "../domain-error.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";
import { preflightMeeting } from "../publication/preflight-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { applyTextEdit } from "../richtext/apply-text-edit.ts";
import { sanitizeDoc } from "../richtext/sanitize-doc.ts";
import {
  type CorrectionTarget,
  loadCorrectableItem,
  loadCorrectableMeeting,
  reasonOf,
} from "./load-correctable-item.ts";

const e = agendaCorrectionMessages.errors;
const MAX_TITLE = 300;

export interface AgendaItemCorrection extends CorrectionTarget {
  itemId: number;
  reason: string;
  /** The corrected title; absent or equal to the stored one: unchanged. */
  title?: string;
  /** Plain text per case field key; fields whose text is unchanged are left as they are. */
  fields?: { key: string; text: string }[];
  /** The case version the form showed; a newer one is a 409. */
  caseVersion?: number;
}

const plain = (text: string) => text.replace(/\r\n?/g, "\n").trim();

function titleOf(value: string | undefined, stored: string): string | null {
  if (value === undefined) return null;
  const title = value.trim().replace(/\s+/g, " ");
  if (!title) throw new DomainError("invalid", agendaMessages.assemblyErrors.title);
  if (title.length > MAX_TITLE) {
    throw new DomainError("invalid", agendaMessages.assemblyErrors.titleTooLong(MAX_TITLE));
  }
  return title === stored ? null : title;
}

/** The case's content with the changed fields replaced, through the save-case sanitiser. */
async function correctedContent(
  tx: Tx,
  kase: typeof cases.$inferSelect,
  fields: { key: string; text: string }[],
) {
  const before = await loadContent(tx, kase);
  const after: CaseContent = { ...before, fields: [...before.fields] };
  const labels: string[] = [];
  for (const { key, text } of fields) {
    const index = after.fields.findIndex((f) => f.key === key);
    const field = after.fields[index];
    if (!field) throw new DomainError("invalid", e.unknownField(key));
    if (plain(text) === plain(field.text)) continue;
    // Only what the secretary changed is read from the text: headings, lists and marks of the
    // other blocks stay as the author wrote them.
    const clean = sanitizeDoc(applyTextEdit(field.doc, plain(text)), field.label);
    if (!clean.ok) throw new DomainError("invalid", clean.message);
    after.fields[index] = { ...field, doc: clean.doc, text: clean.text };
    labels.push(field.label);
  }
  return { before, after, labels };
}

/**
 * Corrects an item's title or its case's text after the agenda went out, as a visible change
 * with a reason: the title's earlier wording stays in the correction record and the audit log,
 * the case's in a new revision written by the secretary (the case stays locked for its
 * author). Members are notified and the public view follows in the same transaction.
 */
export async function correctAgendaItem(
  db: Db,
  principal: Principal,
  input: AgendaItemCorrection,
): Promise<{ correctionIds: number[]; caseRevision: number | null }> {
  return db.transaction(async (tx) => {
    const meeting = await loadCorrectableMeeting(tx, principal, input);
    const item = await loadCorrectableItem(tx, meeting, input.itemId);
    const reason = reasonOf(input.reason);
    const title = titleOf(input.title, item.title);
    const fields = (input.fields ?? []).filter((f) => f.key);
    let text: { revision: number; labels: string[]; caseId: number } | null = null;
    if (fields.length > 0) {
      if (item.caseId === null) throw new DomainError("invalid", e.noCase);
      const [kase] = await tx.select().from(cases).where(eq(cases.id, item.caseId)).for("update");
      if (!kase) throw new DomainError("invalid", e.noCase);
      if (input.caseVersion !== undefined && input.caseVersion !== kase.version) {
        throw new DomainError("conflict", e.caseChanged);
      }
      const { before, after, labels } = await correctedContent(tx, kase, fields);
      if (labels.length > 0) {
        const written = await writeCaseContent(tx, kase, before, after, principal.user.id);
        text = { revision: written.revision, labels, caseId: kase.id };
        await recordAudit(tx, {
          organisationId: meeting.organisationId,
          actorId: principal.user.id,
          action: "case.corrected",
          entityType: "case",
          entityId: kase.id,
          data: { ...written, meetingId: meeting.id, itemId: item.id, reason },
        });
      }
    }
    if (title === null && text === null) {
      throw new DomainError("invalid", e.nothingChanged, [e.nothingChanged]);
    }
    const base = {
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      reason,
      actorId: principal.user.id,
    };
    const rows = [
      ...(title === null
        ? []
        : [{ ...base, kind: "title" as const, previousTitle: item.title, newTitle: title }]),
      ...(text === null
        ? []
        : [
            {
              ...base,
              kind: "case_text" as const,
              caseId: text.caseId,
              caseRevision: text.revision,
              fieldLabels: text.labels,
            },
          ]),
    ];
    const inserted = await tx
      .insert(agendaCorrections)
      .values(rows)
      .returning({ id: agendaCorrections.id });
    await tx
      .update(agendaItems)
      .set({ ...(title === null ? {} : { title }), updatedAt: sql`now()` })
      .where(eq(agendaItems.id, item.id));
    const detail = {
      itemId: item.id,
      number: item.number,
      reason,
      ...(title === null ? {} : { title: { from: item.title, to: title } }),
      ...(text === null ? {} : { caseRevision: text.revision, fields: text.labels }),
    };
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.item_corrected",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, correctionIds: inserted.map((r) => r.id), ...detail },
    });
    await notifyMeetingParticipants(tx, meeting, "agenda.item_corrected", principal.user.id);
    // What goes out at once must render in every format, as when the agenda was published.
    await preflightMeeting(tx, meeting.id, {}, (m) => new DomainError("invalid", m, [m]));
    await refreshPublicView(tx, {
      kind: text === null ? "item_updated" : "case_edited",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail,
    });
    return { correctionIds: inserted.map((r) => r.id), caseRevision: text?.revision ?? null };
  });
}
