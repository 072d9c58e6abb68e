import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  agendaItems,
  attachments,
  attendance,
  caseFields,
  cases,
  decisions,
  meetingParticipants,
  meetings,
} from "../../db/schema/index.ts";
import type { ParsedItem, ParsedMinutes } from "../../import/model.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { findOrCreateCommittee } from "../organisation/find-or-create-committee.ts";
import { slugify } from "../organisation/slugify.ts";
import { docToText } from "../richtext/doc-to-text.ts";
import { textToDoc } from "../richtext/text-to-doc.ts";

export interface ImportSource {
  organisationId: number;
  fileName: string;
  sha256: string;
}

export type StoreResult =
  | { status: "created"; meetingId: number; items: number }
  | { status: "unchanged"; meetingId: number }
  | { status: "duplicate"; meetingId: number; importedFrom: string | null };

const isDecision = (heading: string) => /^beslutning\b/i.test(heading);
const isAttachments = (heading: string) => /^bilag$/i.test(heading);

function outcomeOf(text: string): "decided" | "noted" | "postponed" {
  if (/\budsat\b/i.test(text)) return "postponed";
  if (/til efterretning/i.test(text)) return "noted";
  return "decided";
}

function richText(text: string) {
  const doc = textToDoc(text);
  return { doc, text: docToText(doc) };
}

function fieldsOf(item: ParsedItem, caseId: number) {
  const seen = new Map<string, number>();
  return item.sections
    .filter((s) => !isDecision(s.heading) && !isAttachments(s.heading))
    .map((section, position) => {
      const base = slugify(section.heading) || "tekst";
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        caseId,
        position,
        key: count > 1 ? `${base}-${count}` : base,
        label: section.heading,
        ...richText(section.text),
      };
    });
}

/**
 * Stores one parsed legacy minutes as a meeting with its items, cases, decisions and
 * attachment names, in one transaction. The same file (by SHA-256) is stored once; another
 * file for a meeting that already exists (same committee and start) is not stored again.
 */
export async function storeParsedMinutes(
  db: Db,
  parsed: ParsedMinutes,
  source: ImportSource,
): Promise<StoreResult> {
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(
          eq(meetings.organisationId, source.organisationId),
          eq(meetings.importSha256, source.sha256),
        ),
      );
    if (same) return { status: "unchanged", meetingId: same.id };

    const { meeting } = parsed;
    const committee = await findOrCreateCommittee(tx, source.organisationId, meeting.committee);
    const startsAt = `${meeting.date} ${meeting.startTime ?? "00:00"}:00`;
    const [twin] = await tx
      .select({ id: meetings.id, importedFrom: meetings.importFileName })
      .from(meetings)
      .where(and(eq(meetings.committeeId, committee.id), eq(meetings.startsAt, startsAt)));
    if (twin) return { status: "duplicate", meetingId: twin.id, importedFrom: twin.importedFrom };

    const hasDecisions = parsed.items.some((i) => i.decision !== null);
    const [created] = await tx
      .insert(meetings)
      .values({
        organisationId: source.organisationId,
        committeeId: committee.id,
        startsAt,
        location: meeting.location,
        status: hasDecisions ? "minutes_approved" : "agenda_published",
        importSha256: source.sha256,
        importFileName: source.fileName,
      })
      .returning({ id: meetings.id });
    const meetingId = (created as { id: number }).id;
    await storePeople(tx, meetingId, parsed);
    await storeItems(tx, meetingId, committee.id, parsed.items, source.organisationId);
    await recordAudit(tx, {
      organisationId: source.organisationId,
      actorId: null,
      action: "meeting.imported",
      entityType: "meeting",
      entityId: meetingId,
      data: { file: source.fileName, sha256: source.sha256, items: parsed.items.length },
    });
    return { status: "created", meetingId, items: parsed.items.length };
  });
}

async function storePeople(tx: Tx, meetingId: number, parsed: ParsedMinutes) {
  const people = [
    ...parsed.meeting.participants.map((p) => ({ ...p, absent: false })),
    ...parsed.meeting.absent.map((p) => ({ ...p, absent: true })),
  ];
  if (people.length === 0) return;
  const rows = await tx
    .insert(meetingParticipants)
    .values(people.map((p, position) => ({ meetingId, position, name: p.name, title: p.title })))
    .returning({ id: meetingParticipants.id });
  const absent = rows.filter((_, i) => people[i]?.absent);
  if (absent.length) {
    await tx
      .insert(attendance)
      .values(absent.map((r) => ({ meetingId, participantId: r.id, status: "absent" as const })));
  }
}

async function storeItems(
  tx: Tx,
  meetingId: number,
  committeeId: number,
  items: ParsedItem[],
  organisationId: number,
) {
  if (items.length === 0) return;
  const caseRows = await tx
    .insert(cases)
    .values(
      items.map((item) => ({
        organisationId,
        committeeId,
        title: item.title,
        purpose: purposeFromTitle(item.title),
        journalNumber: item.journalNumber,
        status: "archived" as const,
        durationMinutes: item.durationMinutes,
      })),
    )
    .returning({ id: cases.id });
  const fields = items.flatMap((item, i) => fieldsOf(item, (caseRows[i] as { id: number }).id));
  if (fields.length) await tx.insert(caseFields).values(fields);
  const itemRows = await tx
    .insert(agendaItems)
    .values(
      items.map((item, position) => ({
        organisationId,
        meetingId,
        caseId: (caseRows[position] as { id: number }).id,
        position,
        number: item.number,
        title: item.title,
        purpose: purposeFromTitle(item.title),
        journalNumber: item.journalNumber,
        durationMinutes: item.durationMinutes,
        slotStart: item.timeSlot?.start ?? null,
        slotEnd: item.timeSlot?.end ?? null,
      })),
    )
    .returning({ id: agendaItems.id });
  const decided = items.flatMap((item, i) =>
    item.decision === null
      ? []
      : [
          {
            organisationId,
            agendaItemId: (itemRows[i] as { id: number }).id,
            outcome: outcomeOf(item.decision),
            ...richText(item.decision),
          },
        ],
  );
  if (decided.length) await tx.insert(decisions).values(decided);
  const files = items.flatMap((item, i) =>
    item.attachments.map((name, position) => ({
      organisationId,
      caseId: (caseRows[i] as { id: number }).id,
      agendaItemId: (itemRows[i] as { id: number }).id,
      position,
      name,
    })),
  );
  if (files.length) await tx.insert(attachments).values(files);
}
