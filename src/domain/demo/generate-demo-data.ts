import type { Db, Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import {
  agendaItems,
  attachments,
  attendance,
  caseFields,
  cases,
  caseTemplateFields,
  caseTemplates,
  committees,
  decisions,
  meetingParticipants,
  meetings,
  organisations,
} from "../../db/schema/index.ts";
import { indexPublicMeetings } from "../../search/index-public-meetings.ts";
import { storeAttachmentTexts } from "../../search/read-attachment-texts.ts";
import type { BlobStorage, StoredBlob } from "../../storage/blob-storage.ts";
import { computeSlots } from "../agenda/agenda-layout.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/hash-password.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { slugify } from "../organisation/slugify.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import { template2017, template2025 } from "../template/standard-templates.ts";
import { addAgendaReadyData } from "./agenda-ready.ts";
import { addAuthoringCases } from "./authoring-cases.ts";
import { addDays, isoDate } from "./calendar.ts";
import { committeesFor, type DemoCommittee } from "./committees.ts";
import { createDemoMemberUsers, createDemoUsers, type DemoUsers } from "./demo-users.ts";
import { type CaseDraft, type MeetingDraft, planMeetings } from "./plan-meetings.ts";
import { seededRandom } from "./random.ts";
import { demoItemTimes, insertDemoRoomRecords, wasHeld } from "./room-records.ts";
import { demoEmailOf, demoRosterNames, insertDemoRosters } from "./rosters.ts";

export const DEMO_ORGANISATION = "Eksempel Kommune";
export const DEMO_PASSWORD = "referat-demo";

export interface DemoOptions {
  years: number;
  committees: number;
  seed?: number;
  today?: string;
}

export interface DemoSummary {
  organisationId: number;
  committees: number;
  meetings: number;
  items: number;
}

/** Creates Eksempel Kommune with committees, users per role and years of meetings, in one transaction. */
export async function generateDemoData(
  db: Db,
  storage: BlobStorage,
  options: DemoOptions,
): Promise<DemoSummary> {
  const today = options.today ?? isoDate(new Date());
  const rnd = seededRandom(options.seed ?? 2025);
  // pdf-lib loads only when a demo year is made, while the password is hashed on the thread pool.
  const [passwordHash, { demoPdf }] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    import("./demo-pdf.ts"),
  ]);
  const files = new Map<string, Promise<StoredBlob>>();
  // The demo knows each bilag's text: the search index takes it from here, not from the PDF.
  const texts: { sha512: string; text: string }[] = [];
  const blob = (name: string) => {
    if (!files.has(name))
      files.set(
        name,
        demoPdf(name, DEMO_ORGANISATION).then(async ({ bytes, text }) => {
          const stored = await storage.put(bytes);
          texts.push({ sha512: stored.sha512, text });
          return stored;
        }),
      );
    return files.get(name) as Promise<StoredBlob>;
  };
  return db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ slug: slugify(DEMO_ORGANISATION), name: DEMO_ORGANISATION })
      .returning({ id: organisations.id });
    const organisationId = (org as { id: number }).id;
    const templateIds = {
      "2025": await insertTemplate(tx, organisationId, template2025),
      "2017": await insertTemplate(tx, organisationId, template2017),
    };
    const specs = committeesFor(options.committees);
    const committeeIds = await insertRows(
      tx,
      committees,
      specs.map((c) => ({
        organisationId,
        name: c.name,
        slug: slugify(c.name),
        kind: c.kind,
        caseTemplateId: templateIds[c.template],
      })),
    );
    const users = await createDemoUsers(tx, organisationId, committeeIds, passwordHash);
    await createDemoMemberUsers(
      tx,
      organisationId,
      specs.flatMap((spec, i) =>
        spec.kind === "political"
          ? [{ committeeId: committeeIds[i] as number, names: demoRosterNames(spec.name) }]
          : [],
      ),
      demoEmailOf,
      passwordHash,
      users.byName,
    );
    const to = addDays(today, 90);
    const from = addDays(to, -Math.round(365 * options.years));
    const rosterPersons = await insertDemoRosters(
      tx,
      organisationId,
      specs.map((spec, i) => ({ spec, id: committeeIds[i] as number })),
      users.byName,
      from,
    );
    // Now, or the end of a `today` given in the past (tests): no time is shown ahead of it.
    const latest = new Date(Math.min(Date.now(), Date.parse(`${today}T23:59:59Z`)));
    let meetingCount = 0;
    let itemCount = 0;
    for (const [i, spec] of specs.entries()) {
      const plan = planMeetings(spec, from, to, today, rnd);
      const ids = { organisationId, committeeId: committeeIds[i] as number, latest };
      itemCount += await insertMeetings(tx, ids, spec, plan, { ...users, rosterPersons }, blob);
      meetingCount += plan.length;
    }
    await addAuthoringCases(tx, organisationId, committeeIds, templateIds, users);
    await addAgendaReadyData(tx, organisationId, committeeIds, templateIds["2025"], users);
    // The published meetings go into the search index, bilag text included.
    await storeAttachmentTexts(tx, texts);
    await indexPublicMeetings(tx, { organisationId }, { storage });
    await recordAudit(tx, {
      organisationId,
      actorId: null,
      action: "demo.generated",
      entityType: "organisation",
      entityId: organisationId,
      data: { ...options, today },
    });
    return { organisationId, committees: specs.length, meetings: meetingCount, items: itemCount };
  });
}

async function insertTemplate(tx: Tx, organisationId: number, spec: typeof template2025) {
  const [row] = await tx
    .insert(caseTemplates)
    .values({ organisationId, name: spec.name })
    .returning({ id: caseTemplates.id });
  const templateId = (row as { id: number }).id;
  await tx
    .insert(caseTemplateFields)
    .values(spec.fields.map((f, position) => ({ ...f, templateId, position })));
  return templateId;
}

/** A demo time, but never later than the moment the demo is made (a feed would list it ahead). */
const notAfter = (day: string, latest: Date) => {
  const at = new Date(`${day}T08:00:00Z`);
  return at > latest ? latest : at;
};

/** Demo minutes go out two days after the meeting (or at once, when that is still ahead). */
/** Every meeting past »planned« sent its agenda once, a week before, with every item in it. */
const agendaSentAt = (m: MeetingDraft, latest: Date) =>
  m.status === "planned" ? null : notAfter(addDays(m.date, -7), latest);
const minutesPublishedAt = (m: MeetingDraft, latest: Date) =>
  wasHeld(m) ? notAfter(addDays(m.date, 2), latest) : null;

async function insertMeetings(
  tx: Tx,
  ids: { organisationId: number; committeeId: number; latest: Date },
  spec: DemoCommittee,
  plan: MeetingDraft[],
  users: DemoUsers & { rosterPersons: Map<string, number> },
  blob: (name: string) => Promise<StoredBlob>,
): Promise<number> {
  const { organisationId, committeeId, latest } = ids;
  const startsAt = (m: MeetingDraft) => `${m.date} ${spec.startTime}:00`;
  const meetingIds = await insertRows(
    tx,
    meetings,
    plan.map((m) => ({
      organisationId,
      committeeId,
      startsAt: startsAt(m),
      endsAt: `${m.date} ${String(Number(spec.startTime.slice(0, 2)) + 2).padStart(2, "0")}${spec.startTime.slice(2)}:00`,
      location: spec.location,
      status: m.status,
      agendaPublishedAt: agendaSentAt(m, latest),
      agendaVersion: m.status === "planned" ? 0 : 1,
      minutesPublishedAt: minutesPublishedAt(m, latest),
      minutesApprovedAt:
        m.status === "minutes_approved" ? notAfter(addDays(m.date, 14), latest) : null,
      roomStatus: wasHeld(m) ? ("ended" as const) : ("not_started" as const),
    })),
  );
  const people = plan.flatMap((_, mi) =>
    spec.members.map((p, position) => ({
      meetingId: meetingIds[mi] as number,
      position,
      name: p.name,
      title: p.title,
      userId: users.byName.get(p.name) ?? null,
      personId: users.rosterPersons.get(p.name) ?? null,
    })),
  );
  const participantIds = await insertRows(tx, meetingParticipants, people);
  const absent = plan.flatMap((m, mi) =>
    m.absent.map((index) => ({
      meetingId: meetingIds[mi] as number,
      participantId: participantIds[mi * spec.members.length + index] as number,
      status: "absent" as const,
    })),
  );
  await insertRows(tx, attendance, absent);

  const unique = [...new Set(plan.flatMap((m) => m.items.map((i) => i.case)))];
  const caseIds = await insertRows(
    tx,
    cases,
    unique.map((c) => ({
      organisationId,
      committeeId,
      templateId: null,
      title: c.title,
      purpose: purposeFromTitle(c.title),
      journalNumber: c.journalNumber,
      status: c.status,
      authorId: users.author,
      approverId: users.approver,
      closed: c.closed,
      closureReason: c.closureReason,
      openDecision: c.openDecision,
      durationMinutes: c.durationMinutes,
    })),
  );
  const caseId = new Map<CaseDraft, number>(unique.map((c, i) => [c, caseIds[i] as number]));
  await insertRows(
    tx,
    caseFields,
    unique.flatMap((c) =>
      c.fields.map((f, position) => ({
        caseId: caseId.get(c) as number,
        position,
        key: f.key,
        label: f.label,
        public: f.public,
        ...richTextFrom(f.text),
      })),
    ),
  );
  const items = plan.flatMap((m, mi) => {
    const times = demoItemTimes(startsAt(m), m);
    const slots = computeSlots(
      startsAt(m),
      m.items.map((item, id) => ({ id, durationMinutes: item.case.durationMinutes })),
    );
    return m.items.map((item, position) => ({
      item,
      meetingId: meetingIds[mi] as number,
      position,
      times: times[position] ?? { startedAt: null, endedAt: null },
      slot: slots[position],
      sentIn: m.status === "planned" ? null : 1,
      sentAt: agendaSentAt(m, latest),
    }));
  });
  const itemIds = await insertRows(
    tx,
    agendaItems,
    items.map(({ item, meetingId, position, times, slot, sentIn, sentAt }) => ({
      organisationId,
      meetingId,
      caseId: caseId.get(item.case) as number,
      position,
      number: position + 1,
      title: item.case.title,
      purpose: purposeFromTitle(item.case.title),
      journalNumber: item.case.journalNumber,
      closed: item.case.closed,
      closureReason: item.case.closureReason,
      openDecision: item.case.openDecision,
      durationMinutes: item.case.durationMinutes,
      standing: item.standing,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      slotStart: slot?.slotStart ?? null,
      slotEnd: slot?.slotEnd ?? null,
      publishedInVersion: sentIn,
      sentAt,
    })),
  );
  await insertRows(
    tx,
    decisions,
    items.flatMap(({ item }, i) =>
      item.decision
        ? [
            {
              organisationId,
              agendaItemId: itemIds[i] as number,
              outcome: item.decision.outcome,
              recordedBy: users.secretary,
              ...richTextFrom(item.decision.text),
            },
          ]
        : [],
    ),
  );
  const firstItem = new Map<CaseDraft, number>();
  items.forEach(({ item }, i) => {
    if (!firstItem.has(item.case)) firstItem.set(item.case, itemIds[i] as number);
  });
  const files = await Promise.all(
    unique.flatMap((c) =>
      c.attachments.map(async (a, position) => {
        const stored = await blob(a.name);
        return {
          organisationId,
          caseId: caseId.get(c) as number,
          agendaItemId: firstItem.get(c) as number,
          position,
          name: demoFileName(a.name),
          title: a.name,
          mediaType: "application/pdf",
          sizeBytes: stored.sizeBytes,
          sha512: stored.sha512,
          storageKey: stored.key,
          public: a.public,
        };
      }),
    ),
  );
  await insertRows(tx, attachments, files);
  let itemIndex = 0;
  await insertDemoRoomRecords(
    tx,
    spec,
    plan.map((draft, mi) => {
      const itemIdsOf = itemIds.slice(itemIndex, itemIndex + draft.items.length) as number[];
      itemIndex += draft.items.length;
      return {
        id: meetingIds[mi] as number,
        draft,
        startsAt: startsAt(draft),
        minutesPublishedAt: minutesPublishedAt(draft, ids.latest),
        participantIds: participantIds.slice(
          mi * spec.members.length,
          (mi + 1) * spec.members.length,
        ) as number[],
        itemIds: itemIdsOf,
      };
    }),
    { userIds: users.byName, personIds: users.rosterPersons },
  );
  return items.length;
}

/**
 * A demo bilag's file name, as a scanner or a case system would name it
 * (»Budgetopfølgning pr. 30. april 2026« -> »Budgetopfoelgning_pr_30_april_2026.pdf«); readers
 * see its title.
 */
function demoFileName(title: string): string {
  const ascii = title
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/Æ/g, "Ae")
    .replace(/Ø/g, "Oe")
    .replace(/Å/g, "Aa");
  return `${ascii.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "")}.pdf`;
}
