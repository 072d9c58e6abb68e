import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  auditActions,
  CLOSED_SECRET,
  createHoldWorld,
  type HoldWorld,
} from "../../../test/meeting-hold-world.ts";
import { meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { FollowUpPage } from "../../web/pages/follow-up-page.tsx";
import { withdrawAgendaItem } from "../agenda/withdraw-agenda-item.ts";
import { buildDocument } from "../document/build-document.ts";
import { addFollowUpTask } from "../follow-up/add-follow-up-task.ts";
import { completeFollowUpTask } from "../follow-up/complete-follow-up-task.ts";
import { listMyFollowUps } from "../follow-up/list-my-follow-ups.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { addProtocolNote } from "../meeting-mode/add-protocol-note.ts";
import { addVote } from "../meeting-mode/add-vote.ts";
import { finishMeeting } from "../meeting-mode/finish-meeting.ts";
import { recordAttendance } from "../meeting-mode/record-attendance.ts";
import { recordDecision } from "../meeting-mode/record-decision.ts";
import { registerConflict } from "../meeting-mode/register-conflict.ts";
import { approveMinutes } from "./approve-minutes.ts";
import { correctMinutes } from "./correct-minutes.ts";
import {
  getMinutesVersion,
  getPublicMinutesVersion,
  listMinutesVersions,
} from "./list-minutes-versions.ts";
import { publishMinutes } from "./publish-minutes.ts";

const database = useTestDatabase();
let w: HoldWorld;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
});

const all = () => [w.approving, ...w.items, w.eventuelt];
const docText = (value: unknown) => JSON.stringify(value);

async function holdMeeting() {
  const { db } = database.current;
  const p = (name: string) => w.meeting.participants.find((x) => x.name === name)?.id ?? 0;
  await recordAttendance(db, w.secretary, {
    meetingId: w.meeting.id,
    entries: [
      {
        participantId: p("Bent Byrådsmedlem"),
        presence: "absent",
        lateFromItemId: null,
        leftBeforeItemId: null,
        note: "",
      },
      {
        participantId: p("Mads Medlem"),
        presence: "present",
        lateFromItemId: w.items[1]?.id ?? 0,
        leftBeforeItemId: null,
        note: "",
      },
    ],
  });
  await registerConflict(db, w.secretary, {
    meetingId: w.meeting.id,
    itemId: w.items[2]?.id ?? 0,
    participantId: p("Karin Kasserer"),
    note: "",
  });
  await registerConflict(db, w.secretary, {
    meetingId: w.meeting.id,
    itemId: w.items[3]?.id ?? 0,
    participantId: p("Anne Formand"),
    note: CLOSED_SECRET,
  });
  await addVote(db, w.secretary, {
    meetingId: w.meeting.id,
    itemId: w.items[2]?.id ?? 0,
    vote: {
      subject: "",
      inFavour: ["A", "V"],
      against: ["F"],
      abstaining: [],
      forCount: null,
      againstCount: null,
      abstainCount: null,
    },
  });
  for (const item of all()) {
    await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item.id,
      version: 0,
      outcome: "decided",
      text: `Besluttet i ${item.title}.`,
    });
  }
  await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
}

describe("publishing the minutes", () => {
  it("refuses before the meeting is held and while an item lacks a decision, naming it", async () => {
    const { db } = database.current;
    await expect(
      publishMinutes(db, w.secretary, { meetingId: w.meeting.id }),
    ).rejects.toMatchObject({ status: 409 });
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    await expect(
      publishMinutes(db, w.secretary, { meetingId: w.meeting.id }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Mangler: punkt 1, punkt 2"),
    });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row?.status).toBe("held");
    await expect(publishMinutes(db, w.member, { meetingId: w.meeting.id })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("publishes version 1; the public minutes show the record of open items and nothing of closed content", async () => {
    const { db } = database.current;
    await holdMeeting();
    expect(await publishMinutes(db, w.secretary, { meetingId: w.meeting.id })).toEqual({
      version: 1,
    });
    expect(await auditActions(db, "meeting", w.meeting.id)).toEqual([
      "meeting.held",
      "publication.changed",
      "minutes.published",
      "publication.changed",
    ]);
    const full = await getMeeting(db, w.meeting.id);
    if (!full) throw new Error("no meeting");
    const pub = buildDocument(full, "public");
    const text = docText(pub);
    expect(pub?.kind).toBe("minutes");
    expect(pub?.facts.find((f) => f.label === "Fraværende")?.value).toBe("Bent Byrådsmedlem");
    expect(pub?.facts.find((f) => f.label === "Mødedeltagere")?.value).toContain(
      "Mads Medlem (Medlem) (mødt fra punkt 3)",
    );
    const sections = (n: number) => pub?.items[n]?.sections.map((s) => s.heading);
    expect(sections(0)).toContain("Fraværende under punktet");
    expect(sections(3)).toEqual([
      "Indstilling",
      "Sagsfremstilling",
      "Beslutningsdygtighed",
      "Inhabilitet",
      "Beslutning",
      "Afstemning",
    ]);
    expect(text).toContain(
      "Karin Kasserer deltog ikke i behandlingen af punktet på grund af inhabilitet.",
    );
    expect(text).toContain("For (2): A, V");
    // The closed item: title, reason and open decision only.
    expect(pub?.items[4]?.sections.map((s) => s.heading)).toEqual([
      "Begrundelse for lukning",
      "Åben beslutning",
    ]);
    expect(text).not.toContain(CLOSED_SECRET);
    expect(text).not.toContain("Besluttet i Beslutning om tilskud");

    const [version] = await listMinutesVersions(db, w.meeting.id);
    expect(version).toMatchObject({ number: 1, reason: "", createdBy: "Sofie Sekretær" });
    const stored = await getMinutesVersion(db, w.meeting.id, 1);
    expect(docText(stored?.document)).toContain(CLOSED_SECRET);
    // The public document is stored with the version, as the publication policy made it.
    const publicVersion = await getPublicMinutesVersion(db, w.meeting.id, 1);
    expect(publicVersion?.document).toEqual(pub);
    await expect(
      publishMinutes(db, w.secretary, { meetingId: w.meeting.id }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe("a withdrawn item", () => {
  it("gets no record, and the minutes go out without a decision on it", async () => {
    const { db } = database.current;
    const withdrawn = w.items[1]?.id ?? 0;
    await withdrawAgendaItem(db, w.secretary, {
      meetingId: w.meeting.id,
      agendaVersion: 1,
      itemId: withdrawn,
      reason: "Sagen er ikke klar.",
    });
    const record = { meetingId: w.meeting.id, itemId: withdrawn, version: 0 };
    const refused = { status: 409, message: minutesMessages.errors.itemWithdrawn };
    await expect(
      recordDecision(db, w.secretary, { ...record, outcome: "decided", text: "Godkendt." }),
    ).rejects.toMatchObject(refused);
    await expect(
      addProtocolNote(db, w.secretary, { ...record, author: "Anne Formand", text: "Bemærkning." }),
    ).rejects.toMatchObject(refused);
    for (const item of all().filter((i) => i.id !== withdrawn)) {
      await recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item.id,
        version: 0,
        outcome: "decided",
        text: `Besluttet i ${item.title}.`,
      });
    }
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const full = await getMeeting(db, w.meeting.id);
    if (!full) throw new Error("no meeting");
    const minutes = buildDocument(full, "public");
    const item = minutes?.items.find((i) => i.heading.includes(w.items[1]?.title ?? "?"));
    expect(item).toMatchObject({ withdrawn: true, closedNote: "Punktet er trukket" });
  });
});

describe("approving and correcting", () => {
  it("approves the previous minutes only under the approving standing item of the next meeting; then they are locked", async () => {
    const { db } = database.current;
    await expect(
      approveMinutes(db, w.secretary, { meetingId: w.meeting.id, itemId: w.items[0]?.id ?? 0 }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Godkendelse af dagsorden og referat"),
    });
    await expect(
      approveMinutes(db, w.secretary, { meetingId: w.meeting.id, itemId: w.eventuelt.id }),
    ).rejects.toMatchObject({ status: 400 });
    const result = await approveMinutes(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: w.approving.id,
    });
    expect(result.approvedMeetingId).toBe(w.previous.id);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.previous.id));
    expect(row).toMatchObject({ status: "minutes_approved", minutesApprovedInId: w.meeting.id });
    expect(row?.minutesApprovedAt).toBeInstanceOf(Date);
    expect(await auditActions(db, "meeting", w.previous.id)).toEqual([
      "minutes.approved",
      "publication.changed",
    ]);
    await expect(
      approveMinutes(db, w.secretary, { meetingId: w.meeting.id, itemId: w.approving.id }),
    ).rejects.toMatchObject({ status: 409 });
    const previous = await getMeeting(db, w.previous.id);
    const itemId = previous?.items[0]?.id ?? 0;
    await expect(
      recordDecision(db, w.secretary, {
        meetingId: w.previous.id,
        itemId,
        version: 1,
        outcome: "decided",
        text: "Ændret.",
      }),
    ).rejects.toMatchObject({ status: 423 });
  });

  it("looks past a planned meeting that was never held to the last meeting held", async () => {
    const { db } = database.current;
    const [previous] = await db.select().from(meetings).where(eq(meetings.id, w.previous.id));
    // Planned between the two, then never held (e.g. cancelled): it has no minutes to approve.
    const [between] = await db
      .insert(meetings)
      .values({
        organisationId: previous?.organisationId ?? 0,
        committeeId: previous?.committeeId ?? 0,
        startsAt: "2025-02-26 09:00:00",
        status: "planned",
      })
      .returning({ id: meetings.id });
    expect(between).toBeDefined();
    const result = await approveMinutes(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: w.approving.id,
    });
    expect(result.approvedMeetingId).toBe(w.previous.id);
  });

  it("corrects approved minutes as a new version with a reason; the old version stays readable", async () => {
    const { db } = database.current;
    await holdMeeting();
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    await db
      .update(meetings)
      .set({ status: "agenda_published" })
      .where(eq(meetings.id, w.later.id));
    await approveMinutes(db, w.secretary, { meetingId: w.later.id, itemId: w.laterApproving.id });
    const itemId = w.items[1]?.id ?? 0;
    const correct = (text: string, reason: string) =>
      correctMinutes(db, w.secretary, { meetingId: w.meeting.id, itemId, text, reason });
    await expect(correct("Rettet tekst.", "  ")).rejects.toMatchObject({ status: 400 });
    await expect(
      correct(`Besluttet i ${w.items[1]?.title}.`, "Ingen ændring"),
    ).rejects.toMatchObject({ status: 400 });
    expect(
      await correct(
        "Godkendt med den ændring, at åbningstiden er til kl. 19.",
        "Forkert klokkeslæt",
      ),
    ).toEqual({
      version: 2,
    });
    const versions = await listMinutesVersions(db, w.meeting.id);
    expect(versions.map((v) => [v.number, v.reason])).toEqual([
      [1, ""],
      [2, "Forkert klokkeslæt"],
    ]);
    expect(docText((await getMinutesVersion(db, w.meeting.id, 1))?.document)).toContain(
      `Besluttet i ${w.items[1]?.title}.`,
    );
    expect(docText((await getMinutesVersion(db, w.meeting.id, 2))?.document)).toContain(
      "til kl. 19",
    );
    expect(await getMinutesVersion(db, w.meeting.id, 3)).toBeNull();
    // A closed item's open decision alone: a version of its own, read by the public.
    const closed = w.items.find((i) => i.closed);
    if (!closed) throw new Error("no closed item");
    const correctOpen = (itemId: number, openDecision: string, text = "") =>
      correctMinutes(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId,
        text,
        openDecision,
        reason: "Den åbne beslutning manglede",
      });
    await expect(correctOpen(itemId, "Noget.")).rejects.toMatchObject({
      status: 400,
      message:
        "Kun et lukket punkt har en åben beslutning. Ret beslutningen selv for et åbent punkt.",
    });
    await expect(correctOpen(closed.id, "")).rejects.toMatchObject({ status: 400 });
    expect(await correctOpen(closed.id, "Udvalget bevilgede tilskuddet.")).toEqual({ version: 3 });
    const third = docText((await getMinutesVersion(db, w.meeting.id, 3))?.document);
    expect(third).toContain("Udvalget bevilgede tilskuddet.");
    await expect(correctOpen(closed.id, "Udvalget bevilgede tilskuddet.")).rejects.toMatchObject({
      status: 400,
    });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row?.status).toBe("minutes_approved");
    expect(await auditActions(db, "meeting", w.meeting.id)).toContain("minutes.corrected");
  });
});

describe("follow-up tasks", () => {
  it("are added to a decision, listed for their assignee and completed", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id, itemId: w.items[1]?.id ?? 0 };
    await expect(
      addFollowUpTask(db, w.secretary, {
        ...ref,
        what: "Skilte",
        assigneeId: null,
        assigneeName: "",
        dueOn: "",
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      addFollowUpTask(db, w.secretary, {
        ...ref,
        what: "Skilte",
        assigneeId: w.member.user.id,
        assigneeName: "",
        dueOn: "2025-02-30",
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("dato") });
    await expect(
      addFollowUpTask(db, w.secretary, {
        ...ref,
        what: "Skilte",
        assigneeId: w.stranger.user.id,
        assigneeName: "",
        dueOn: "",
      }),
    ).rejects.toMatchObject({ status: 400 });
    const { id } = await addFollowUpTask(db, w.secretary, {
      ...ref,
      what: "Opsæt skilte med nye åbningstider",
      assigneeId: w.member.user.id,
      assigneeName: "",
      dueOn: "2025-04-01",
    });
    const mine = await listMyFollowUps(db, w.member);
    expect(mine.map((t) => [t.what, t.dueOn, t.itemNumber])).toEqual([
      ["Opsæt skilte med nye åbningstider", "2025-04-01", 3],
    ]);
    expect(await listMyFollowUps(db, w.secretary)).toEqual([]);
    const page = async () =>
      String(
        await FollowUpPage({
          tasks: await listMyFollowUps(db, w.member),
          viewer: null,
          today: "2025-04-02",
        }),
      );
    // The deadline as people write it, and which task a button completes.
    expect(await page()).toContain("Frist: 1. april 2025");
    expect(await page()).toContain(
      'aria-label="Markér »Opsæt skilte med nye åbningstider« som udført"',
    );
    await expect(completeFollowUpTask(db, w.stranger, { taskId: id })).rejects.toMatchObject({
      status: 404,
    });
    await completeFollowUpTask(db, w.member, { taskId: id });
    expect((await listMyFollowUps(db, w.member))[0]?.doneAt).toBeInstanceOf(Date);
    expect(await page()).toMatch(/Udført \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
    expect(await auditActions(db, "follow_up_task", id)).toEqual([
      "follow_up.created",
      "follow_up.completed",
    ]);
  });
});
