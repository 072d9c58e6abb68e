import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
  createMeeting,
  createUser,
  createWrittenCase,
} from "../../../test/factories.ts";
import { createHoldWorld } from "../../../test/meeting-hold-world.ts";
import { followUpTasks, mailOutbox } from "../../db/schema/index.ts";
import { addCasesToAgenda } from "../agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../agenda/publish-agenda.ts";
import { withdrawAgendaItem } from "../agenda/withdraw-agenda-item.ts";
import { addComment } from "../case/add-comment.ts";
import { approveCase } from "../case/approve-case.ts";
import { returnCase } from "../case/return-case.ts";
import { remindDueFollowUps } from "../follow-up/remind-due-follow-ups.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { finishMeeting } from "../meeting-mode/finish-meeting.ts";
import { recordDecision } from "../meeting-mode/record-decision.ts";
import { publishMinutes } from "../minutes/publish-minutes.ts";
import { saveMailPreferences } from "./mail-preferences.ts";
import { runDailyMail } from "./run-daily-mail.ts";
import { sendDailyDigests } from "./send-daily-digests.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

async function outboxTo(userId: number) {
  return database.current.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.userId, userId))
    .orderBy(asc(mailOutbox.id));
}

const everything = (delivery: string) => ({
  "case.submitted": delivery,
  "case.reviewed": delivery,
  mention: delivery,
  "agenda.published": delivery,
  "agenda.corrected": delivery,
  "minutes.published": delivery,
  "minutes.signoff": delivery,
  "follow_up.due": delivery,
});

describe("mails about cases", () => {
  it("mails the chosen approver at once, in Danish with a link, never the author who sent it", async () => {
    const { db } = database.current;
    const before = (await outboxTo(world.author.id)).length;
    const { id } = await createWrittenCase(db, world, {
      title: "Beslutning om nye cykelstier",
      submitTo: world.approver,
    });
    const mails = (await outboxTo(world.approver.id)).filter((m) => m.kind === "case.submitted");
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail?.toAddress).toBe(world.approver.email);
    expect(mail?.subject).toBe("Sag til din godkendelse: »Beslutning om nye cykelstier«");
    expect(mail?.text).toContain(`Kære ${world.approver.name}`);
    expect(mail?.text).toContain(
      `${world.author.name} har sendt sagen »Beslutning om nye cykelstier« til din godkendelse.`,
    );
    expect(mail?.text).toMatch(new RegExp(`Åbn sagen: https?://[^\\s]+/app/sager/${id}\\n`));
    expect(mail?.html).toContain('<html lang="da">');
    expect(mail?.html).toMatch(
      new RegExp(`<a href="https?://[^"]+/app/sager/${id}">Åbn sagen</a>`),
    );
    expect(await outboxTo(world.author.id)).toHaveLength(before);
  });

  it("mails the author when the case is returned or approved, as preferred", async () => {
    const { db } = database.current;
    const returned = await createWrittenCase(db, world, { submitTo: world.approver });
    await returnCase(db, world.approver, { caseId: returned.id, comment: "Ret resuméet." });
    const approved = await createWrittenCase(db, world, { submitTo: world.approver });
    await approveCase(db, world.approver, { caseId: approved.id });
    const mails = await outboxTo(world.author.id);
    expect(mails.map((m) => m.kind)).toEqual(["case.returned", "case.approved"]);
    expect(mails[0]?.subject).toMatch(/^Din sag er sendt retur: »/);
    expect(mails[0]?.text).not.toContain("Ret resuméet.");
    expect(mails[1]?.subject).toMatch(/^Din sag er godkendt: »/);

    await saveMailPreferences(db, world.author, { ...everything("now"), "case.reviewed": "never" });
    const again = await createWrittenCase(db, world, { submitTo: world.approver });
    await approveCase(db, world.approver, { caseId: again.id });
    expect(await outboxTo(world.author.id)).toHaveLength(2);
  });

  it("mails a mentioned colleague at once, with the comment's link but not its text", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    const comment = await addComment(db, world.approver, {
      caseId: id,
      body: `@${world.secretary.email} HEMMELIG-BEMÆRKNING`,
    });
    const [mail] = (await outboxTo(world.secretary.id)).filter((m) => m.kind === "mention");
    expect(mail?.subject).toMatch(/^Du er nævnt i en kommentar til »/);
    expect(mail?.text).toContain(`/app/sager/${id}#kommentar-${comment.id}`);
    expect(`${mail?.text}${mail?.html}${mail?.subject}`).not.toContain("HEMMELIG");
  });
});

describe("the daily digest", () => {
  it("collects the kinds set to digest into one mail a day; a second run sends nothing", async () => {
    const { db } = database.current;
    const approver = world.otherApprover;
    await saveMailPreferences(db, approver, everything("digest"));
    const first = await createWrittenCase(db, world, {
      title: "Beslutning om første sag",
      submitTo: approver,
    });
    const second = await createWrittenCase(db, world, {
      title: "Beslutning om anden sag",
      submitTo: approver,
    });
    expect(await outboxTo(approver.id)).toEqual([]);
    const now = new Date("2031-05-06T06:30:00Z");
    // Two runs at once (two processes, or the timer twice): one digest between them.
    const racing = await Promise.all([sendDailyDigests(db, now), sendDailyDigests(db, now)]);
    expect(racing.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await sendDailyDigests(db, now)).toBe(0);
    const digests = (await outboxTo(approver.id)).filter((m) => m.kind === "digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe("Dagens 2 beskeder fra Referat");
    expect(digests[0]?.text).toContain("»Beslutning om første sag«");
    expect(digests[0]?.text).toContain(`/app/sager/${first.id}`);
    expect(digests[0]?.html).toContain(`/app/sager/${second.id}`);
    expect(digests[0]?.html).toMatch(/<ul><li>.*<\/li><li>.*<\/li><\/ul>/);

    // Later the same day: waits for tomorrow's digest.
    await createWrittenCase(db, world, { submitTo: approver });
    expect(await sendDailyDigests(db, new Date("2031-05-06T15:00:00Z"))).toBe(0);
    expect(await sendDailyDigests(db, new Date("2031-05-07T06:00:00Z"))).toBe(1);
    const all = (await outboxTo(approver.id)).filter((m) => m.kind === "digest");
    expect(all.map((m) => m.subject)).toEqual([
      "Dagens 2 beskeder fra Referat",
      "Dagens besked fra Referat",
    ]);
  });

  it("sends nothing for the kinds set to never, now or later", async () => {
    const { db } = database.current;
    const quiet = await createUser(db, {
      organisationId: world.organisationId,
      roles: [{ role: "approver", committeeId: world.committee.id }],
    });
    const principal = { user: { ...quiet, title: null }, roles: [] };
    await saveMailPreferences(db, principal, everything("never"));
    await createWrittenCase(db, world, {
      submitTo: {
        user: principal.user,
        roles: [{ role: "approver", committeeId: world.committee.id }],
      },
    });
    await sendDailyDigests(db, new Date("2031-06-01T06:00:00Z"));
    expect(await outboxTo(quiet.id)).toEqual([]);
  });
});

describe("mails about meetings", () => {
  it("mails the participants when the agenda and a supplement go out, and when an item is withdrawn", async () => {
    const { db } = database.current;
    const member = await createUser(db, {
      organisationId: world.organisationId,
      name: "Mette Medlem",
      roles: [{ role: "member", committeeId: world.committee.id }],
    });
    const { meetingId } = await planMeeting(db, world.secretary, {
      committeeId: world.committee.id,
      date: "2031-03-13",
      start: "09:00",
      end: "10:00",
      location: "Mødelokale 7",
      guests: "",
    });
    const approved = async (title: string) =>
      (await createWrittenCase(db, world, { title, submitTo: world.approver, approve: true })).id;
    await addCasesToAgenda(db, world.secretary, {
      meetingId,
      caseIds: [await approved("Beslutning om skolestruktur")],
    });
    await publishAgenda(db, world.secretary, { meetingId });
    await addCasesToAgenda(db, world.secretary, {
      meetingId,
      caseIds: [await approved("Beslutning om tillæg")],
    });
    const { itemIds } = await publishAgenda(db, world.secretary, { meetingId });
    await withdrawAgendaItem(db, world.secretary, {
      meetingId,
      agendaVersion: 2,
      itemId: itemIds[0] ?? 0,
      reason: "Sagen er ikke klar",
    });
    const mails = await outboxTo(member.id);
    expect(mails.map((m) => m.subject)).toEqual([
      `Dagsorden udsendt: ${world.committee.name} 13. marts 2031`,
      `Tillægsdagsorden udsendt: ${world.committee.name} 13. marts 2031`,
      `Punkt trukket fra dagsordenen: ${world.committee.name} 13. marts 2031`,
    ]);
    expect(mails[0]?.text).toContain(`Se dagsordenen: `);
    expect(mails[0]?.text).toContain(`/app/moeder/${meetingId}\n`);
    for (const mail of mails) {
      expect(mail.text).not.toContain("skolestruktur");
      expect(mail.text).not.toContain("Sagen er ikke klar");
    }
    const own = (await outboxTo(world.secretary.id)).filter((m) => m.kind.startsWith("agenda"));
    expect(own).toEqual([]);
  });

  it("mails the participants who are users when the minutes are published", async () => {
    const { db } = database.current;
    const w = await createHoldWorld(db);
    for (const item of [w.approving, ...w.items, w.eventuelt]) {
      await recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item.id,
        version: 0,
        outcome: "decided",
        text: "BESLUTNINGSTEKST-7f3",
      });
    }
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    // Minutes default to the digest; this member wants them at once.
    await saveMailPreferences(db, w.member, everything("now"));
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const mails = await outboxTo(w.member.id);
    // He took part, so he is also asked to approve them (§13).
    expect(mails.map((m) => m.subject)).toEqual([
      "Referat offentliggjort: Økonomiudvalget 12. marts 2025",
      "Godkend referatet af Økonomiudvalgets møde den 12. marts 2025",
    ]);
    for (const mail of mails) expect(mail.text).not.toContain("BESLUTNINGSTEKST");
    expect(await outboxTo(w.secretary.id)).toEqual([]);
    expect(await outboxTo(w.stranger.id)).toEqual([]);
  });
});

describe("follow-up reminders", () => {
  it("mails the responsible user on the due day, once, through the daily run", async () => {
    const { db } = database.current;
    const assignee = await createUser(db, {
      organisationId: world.organisationId,
      roles: [{ role: "author", committeeId: world.committee.id }],
    });
    const meeting = await createMeeting(db, {
      organisationId: world.organisationId,
      committeeId: world.committee.id,
      startsAt: "2031-04-02 09:00:00",
      status: "minutes_published",
    });
    const item = await createAgendaItem(db, { meetingId: meeting.id, title: "Beslutning om x" });
    await db.insert(followUpTasks).values([
      {
        organisationId: world.organisationId,
        agendaItemId: item.id,
        what: "OPGAVETEKST-1",
        assigneeId: assignee.id,
        dueOn: "2031-04-20",
      },
      {
        organisationId: world.organisationId,
        agendaItemId: item.id,
        what: "OPGAVETEKST-2",
        assigneeId: assignee.id,
        dueOn: "2031-04-21",
      },
    ]);
    expect(await remindDueFollowUps(db, new Date("2031-04-19T21:30:00Z"))).toBe(0);
    // 07:00 in Copenhagen on the 20th.
    const morning = new Date("2031-04-20T05:00:00Z");
    expect(await runDailyMail(db, morning)).toMatchObject({ reminders: 1 });
    expect(await runDailyMail(db, morning)).toMatchObject({ reminders: 0 });
    const mails = await outboxTo(assignee.id);
    expect(mails.map((m) => m.subject)).toEqual([
      `Opfølgning med frist i dag: ${world.committee.name} 2. april 2031`,
    ]);
    expect(mails[0]?.text).toContain("/app/opfoelgning");
    expect(mails[0]?.text).not.toContain("OPGAVETEKST");
    const done = await db
      .select()
      .from(followUpTasks)
      .where(and(eq(followUpTasks.assigneeId, assignee.id), eq(followUpTasks.dueOn, "2031-04-21")));
    expect(done).toHaveLength(1);
  });
});
