import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import {
  agendaCorrections,
  agendaItems,
  auditLog,
  caseFields,
  cases,
  meetings,
  revisions,
} from "../../db/schema/index.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { searchArchive } from "../../search/search-archive.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { saveCase } from "../case/save-case.ts";
import { buildDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { listNotifications } from "../notification/list-notifications.ts";
import { markNotificationsRead } from "../notification/mark-notifications-read.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";
import { addCasesToAgenda } from "./add-cases-to-agenda.ts";
import { correctAgendaItem } from "./correct-agenda-item.ts";
import { publishAgenda } from "./publish-agenda.ts";
import { sendCorrectedAgenda } from "./send-corrected-agenda.ts";
import { withdrawAgendaItem } from "./withdraw-agenda-item.ts";

const e = agendaCorrectionMessages.errors;
const database = useTestDatabase();
let world: AuthoringCommittee;
let member: NonNullable<Awaited<ReturnType<typeof loadPrincipal>>>;
let stranger: AuthoringCommittee;
let room = 0;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  stranger = await createAuthoringCommittee(db);
  const user = await createUser(db, {
    organisationId: world.organisationId,
    name: "Birgitte Holm",
    roles: [{ role: "member", committeeId: world.committee.id }],
  });
  const principal = await loadPrincipal(db, user.id);
  if (!principal) throw new Error("no member");
  member = principal;
});

/** A case whose Sagsfremstilling says `text`, approved. */
async function approvedCase(title: string, text: string) {
  const { db } = database.current;
  const written = await createWrittenCase(db, world, { title });
  await saveCase(db, world.author, {
    caseId: written.id,
    version: written.version,
    fields: [{ key: "sagsfremstilling", doc: docFromText(text) }],
  });
  const { submitCase } = await import("../case/submit-case.ts");
  const { approveCase } = await import("../case/approve-case.ts");
  await submitCase(db, world.author, { caseId: written.id, approverId: world.approver.user.id });
  await approveCase(db, world.approver, { caseId: written.id });
  return written.id;
}

/** A published agenda with two cases; answers the meeting and its two case items. */
async function publishedAgenda() {
  const { db } = database.current;
  const n = ++room;
  const { meetingId } = await planMeeting(db, world.secretary, {
    committeeId: world.committee.id,
    date: "2030-05-15",
    start: "09:00",
    end: "11:00",
    location: `Mødelokale ${n}`,
    guests: "",
  });
  const a = await approvedCase(`Beslutning om skolebyggeri ${n}`, "Rundkørslen koster pengeord.");
  const b = await approvedCase(`Orientering om budget ${n}`, "Budgettet er lagt.");
  const { itemIds } = await addCasesToAgenda(db, world.secretary, {
    meetingId,
    caseIds: [a, b],
  });
  await publishAgenda(db, world.secretary, { meetingId });
  const [first, second] = itemIds as [number, number];
  return { meetingId, first, second, caseA: a, caseB: b };
}

const publicView = async (meetingId: number) => {
  const meeting = await getMeeting(database.current.db, meetingId);
  if (!meeting) throw new Error("no meeting");
  return toPublicMeeting(meeting);
};

const hits = async (query: string) => {
  const outcome = await searchArchive(database.current.db, { query, sort: "relevance", page: 1 });
  return outcome.kind === "results" ? outcome.hits : [];
};

describe("withdrawing an item after the agenda went out", () => {
  it("keeps number and title, takes content and search hits off the public view, notifies and audits", async () => {
    const { db } = database.current;
    const { meetingId, first, second } = await publishedAgenda();
    expect((await hits("pengeord")).some((h) => h.meetingId === meetingId)).toBe(true);
    await db
      .update(agendaItems)
      .set({ durationMinutes: 30 })
      .where(eq(agendaItems.meetingId, meetingId));
    await withdrawAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 1,
      itemId: first,
      reason: "Sagen er ikke færdigbehandlet i forvaltningen.",
    });
    // A withdrawn item takes no time: the item after it starts at the meeting's start.
    const slots = await db
      .select({ id: agendaItems.id, start: agendaItems.slotStart, end: agendaItems.slotEnd })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(agendaItems.position);
    expect(slots).toEqual([
      { id: first, start: null, end: null },
      { id: second, start: "09:00", end: "09:30" },
    ]);
    const view = await publicView(meetingId);
    const item = view?.items.find((i) => i.number === 1);
    expect(item).toMatchObject({
      closed: true,
      title: expect.stringContaining("skolebyggeri"),
      withdrawn: { reason: "Sagen er ikke færdigbehandlet i forvaltningen." },
    });
    expect(JSON.stringify(view)).not.toContain("pengeord");
    expect((await hits("pengeord")).some((h) => h.meetingId === meetingId)).toBe(false);
    const meeting = await getMeeting(db, meetingId);
    const pdfModel = meeting ? buildDocument(meeting, "public") : null;
    expect(pdfModel?.items[0]?.closedNote).toBe("Punktet er trukket");
    // The heading says it, so the table of contents and the PDF's bookmarks do too.
    const staffModel = meeting ? buildDocument(meeting, "internal") : null;
    for (const model of [pdfModel, staffModel]) {
      expect(model?.items.map((i) => i.heading)).toEqual([
        expect.stringMatching(/^Punkt 1: Beslutning om skolebyggeri \d+ \(trukket\)$/),
        expect.stringMatching(/^Punkt 2: Orientering om budget \d+ \(9\.00-9\.30\)$/),
      ]);
    }
    expect(JSON.stringify(pdfModel)).not.toContain("pengeord");
    expect(pdfModel?.corrections?.lines.join(" ")).toMatch(
      /Punkt 1 »Beslutning om skolebyggeri \d+« er trukket/,
    );
    const inbox = await listNotifications(db, member);
    expect(inbox.map((n) => [n.kind, n.meetingId])).toContainEqual([
      "agenda.item_withdrawn",
      meetingId,
    ]);
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "agenda_item"), eq(auditLog.entityId, first)));
    expect(audit.map((a) => a.action)).toContain("agenda.item_withdrawn");
  });

  it("refuses without a reason (400), for another organisation (404) and on a stale version (409)", async () => {
    const { db } = database.current;
    const { meetingId, first } = await publishedAgenda();
    const attempt = (principal = world.secretary, over: object = {}) =>
      withdrawAgendaItem(db, principal, {
        meetingId,
        agendaVersion: 1,
        itemId: first,
        reason: "Forkert sag.",
        ...over,
      });
    await expect(attempt(world.secretary, { reason: "  " })).rejects.toMatchObject({
      status: 400,
      message: e.reasonRequired,
    });
    await expect(attempt(stranger.secretary)).rejects.toMatchObject({ status: 404 });
    await expect(attempt(world.author)).rejects.toMatchObject({ status: 403 });
    await expect(attempt(world.secretary, { agendaVersion: 0 })).rejects.toMatchObject({
      status: 409,
      message: e.staleVersion,
    });
    const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, first));
    expect(row?.withdrawnAt).toBeNull();
    expect(await db.select().from(agendaCorrections)).not.toContainEqual(
      expect.objectContaining({ agendaItemId: first }),
    );
  });
});

describe("correcting an item after the agenda went out", () => {
  it("tells a member of corrections in a row once, and again after they read it", async () => {
    const { db } = database.current;
    const { meetingId, second, caseB } = await publishedAgenda();
    const corrected = async (text: string) => {
      const [kase] = await db.select().from(cases).where(eq(cases.id, caseB));
      await correctAgendaItem(db, world.secretary, {
        meetingId,
        agendaVersion: 1,
        itemId: second,
        reason: "Beløbet var forkert.",
        fields: [{ key: "sagsfremstilling", text }],
        caseVersion: kase?.version ?? 0,
      });
    };
    const notices = async () =>
      (await listNotifications(db, member)).filter(
        (n) => n.meetingId === meetingId && n.kind === "agenda.item_corrected",
      );
    await corrected("Budgettet er lagt med 12 mio. kr.");
    await corrected("Budgettet er lagt med 13 mio. kr.");
    expect(await notices()).toHaveLength(1);
    await markNotificationsRead(db, member);
    await corrected("Budgettet er lagt med 14 mio. kr.");
    expect((await notices()).filter((n) => n.readAt === null)).toHaveLength(1);
    expect(await notices()).toHaveLength(2);
  });

  it("changes the title and the case text as a new revision with a visible reason", async () => {
    const { db } = database.current;
    const { meetingId, second, caseB } = await publishedAgenda();
    const [kase] = await db.select().from(cases).where(eq(cases.id, caseB));
    const result = await correctAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 1,
      itemId: second,
      reason: "Beløbet var forkert.",
      title: "Orientering om det rettede budget",
      fields: [{ key: "sagsfremstilling", text: "Budgettet er lagt med 12 mio. kr." }],
      caseVersion: kase?.version ?? 0,
    });
    expect(result.caseRevision).not.toBeNull();
    const view = await publicView(meetingId);
    const item = view?.items.find((i) => i.number === 2);
    expect(item?.title).toBe("Orientering om det rettede budget");
    expect(JSON.stringify(item)).toContain("12 mio. kr.");
    expect(view?.corrections?.map((c) => [c.kind, c.number, c.reason, c.sent])).toEqual([
      ["title", 2, "Beløbet var forkert.", false],
      ["case_text", 2, "Beløbet var forkert.", false],
    ]);
    // The public never reads the earlier title; staff do, in the record and the revisions.
    expect(JSON.stringify(view)).not.toContain("Orientering om budget");
    const [record] = await db
      .select()
      .from(agendaCorrections)
      .where(and(eq(agendaCorrections.agendaItemId, second), eq(agendaCorrections.kind, "title")));
    expect(record?.previousTitle).toMatch(/^Orientering om budget/);
    const history = await db
      .select({ snapshot: revisions.snapshot, authorId: revisions.authorId })
      .from(revisions)
      .where(eq(revisions.caseId, caseB))
      .orderBy(asc(revisions.number));
    expect(history.at(-1)?.authorId).toBe(world.secretary.user.id);
    expect(JSON.stringify(history.at(-2)?.snapshot)).toContain("Budgettet er lagt.");
    const [field] = await db
      .select({ text: caseFields.text })
      .from(caseFields)
      .where(and(eq(caseFields.caseId, caseB), eq(caseFields.key, "sagsfremstilling")));
    expect(field?.text).toBe("Budgettet er lagt med 12 mio. kr.");
    expect((await hits("rettede")).some((h) => h.meetingId === meetingId)).toBe(true);
  });

  it("refuses nothing to correct and a changed case in Danish", async () => {
    const { db } = database.current;
    const { meetingId, second } = await publishedAgenda();
    const base = { meetingId, agendaVersion: 1, itemId: second, reason: "Fejl." };
    await expect(correctAgendaItem(db, world.secretary, base)).rejects.toMatchObject({
      status: 400,
      message: e.nothingChanged,
    });
    await expect(
      correctAgendaItem(db, world.secretary, {
        ...base,
        fields: [{ key: "sagsfremstilling", text: "Ny tekst." }],
        caseVersion: -1,
      }),
    ).rejects.toMatchObject({ status: 409, message: e.caseChanged });
  });
});

describe("sending a corrected agenda", () => {
  it("sends the pending corrections and new items as the next version, once", async () => {
    const { db } = database.current;
    const { meetingId, first, second } = await publishedAgenda();
    await withdrawAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 1,
      itemId: first,
      reason: "Trukket af direktionen.",
    });
    await correctAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 1,
      itemId: second,
      reason: "Stavefejl.",
      title: "Orientering om budgettet",
    });
    const late = await approvedCase("Beslutning om tillæg", "Et tillæg.");
    await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [late] });
    const sent = await sendCorrectedAgenda(db, world.secretary, { meetingId, agendaVersion: 1 });
    expect(sent.version).toBe(2);
    expect(sent.correctionIds).toHaveLength(2);
    expect(sent.itemIds).toHaveLength(1);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(row?.agendaVersion).toBe(2);
    const view = await publicView(meetingId);
    expect(view?.corrections?.map((c) => [c.kind, c.sent])).toEqual([
      ["added", true],
      ["withdrawn", true],
      ["title", true],
    ]);
    expect(view?.items).toHaveLength(3);
    // The lines in the order things happened, the supplement's with the time it went out.
    const sentMeeting = await getMeeting(db, meetingId);
    if (!sentMeeting) throw new Error("no meeting");
    for (const audience of ["public", "internal"] as const) {
      expect(buildDocument(sentMeeting, audience)?.corrections?.lines).toEqual([
        expect.stringMatching(
          /^Punkt 1 ».+« er trukket \(ændret \d+\. \S+ \d{4} kl\. \d\d\.\d\d\)\. Begrundelse/,
        ),
        expect.stringMatching(/^Punkt 2: titlen er rettet/),
        expect.stringMatching(
          /^Punkt 3 »Beslutning om tillæg« er tilføjet som tillægsdagsorden \(ændret \d+\. \S+ \d{4} kl\. \d\d\.\d\d\)\.$/,
        ),
      ]);
    }
    const inbox = await listNotifications(db, member);
    expect(inbox.map((n) => n.kind)).toContain("agenda.corrected");
    await expect(
      sendCorrectedAgenda(db, world.secretary, { meetingId, agendaVersion: 2 }),
    ).rejects.toMatchObject({ status: 409, message: e.nothingToSend });
  });

  it("lets one of two racing writes win and answers the other with a Danish 409", async () => {
    const { db } = database.current;
    const { meetingId, second } = await publishedAgenda();
    await correctAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 1,
      itemId: second,
      reason: "Stavefejl.",
      title: "Orientering om budgettet",
    });
    // Two secretaries send the corrected agenda from the same page at once.
    const both = await Promise.allSettled([
      sendCorrectedAgenda(db, world.secretary, { meetingId, agendaVersion: 1 }),
      sendCorrectedAgenda(db, world.admin, { meetingId, agendaVersion: 1 }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = both.find((r) => r.status === "rejected");
    expect(lost?.status === "rejected" ? lost.reason : null).toMatchObject({
      status: 409,
      message: e.staleVersion,
    });
    // A correction made on the page before a new version went out loses too.
    await expect(
      correctAgendaItem(db, world.secretary, {
        meetingId,
        agendaVersion: 1,
        itemId: second,
        reason: "Endnu en.",
        title: "Orientering om budgettet 2030",
      }),
    ).rejects.toMatchObject({ status: 409, message: e.staleVersion });
    // And a publication racing another on the same version.
    const late = await approvedCase("Beslutning om tillæg", "Et tillæg.");
    await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [late] });
    const publishes = await Promise.allSettled([
      publishAgenda(db, world.secretary, { meetingId, expectedVersion: 2 }),
      withdrawAgendaItem(db, world.admin, {
        meetingId,
        agendaVersion: 2,
        itemId: second,
        reason: "Trukket.",
      }),
    ]);
    // Whichever takes the meeting first goes first: the publication always goes out, and the
    // withdrawal either came before it (and went out with the supplement, which carries what
    // waits) or came after it and lost: the version it was made on is gone.
    expect(publishes[0]?.status).toBe("fulfilled");
    const withdrawal = publishes[1];
    const [stored] = await db
      .select({ sentInVersion: agendaCorrections.sentInVersion })
      .from(agendaCorrections)
      .where(eq(agendaCorrections.reason, "Trukket."));
    if (withdrawal?.status === "rejected") {
      expect(withdrawal.reason).toMatchObject({ status: 409, message: e.staleVersion });
      expect(stored).toBeUndefined();
    } else {
      expect(stored).toEqual({ sentInVersion: 3 });
    }
  });

  it("refuses a meeting of another organisation with a 404", async () => {
    const { db } = database.current;
    const { meetingId } = await publishedAgenda();
    await expect(
      sendCorrectedAgenda(db, stranger.secretary, { meetingId, agendaVersion: 1 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
