import { and, eq, isNotNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { auditActions } from "../../../test/meeting-hold-world.ts";
import {
  createSignoffWorld,
  holdSignoffMeeting,
  type SignoffWorld,
} from "../../../test/signoff-world.ts";
import { agendaItems, meetings, notifications, protocolNotes } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { buildDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { acceptMemberNote } from "./accept-member-note.ts";
import { approveMinutes } from "./approve-minutes.ts";
import { listPendingMemberNotes } from "./list-member-notes.ts";
import { getMinutesVersion, listMinutesVersions } from "./list-minutes-versions.ts";
import { publishMinutes } from "./publish-minutes.ts";
import { publicRecording } from "./recording-chapters.ts";
import { rejectMemberNote } from "./reject-member-note.ts";
import { parseLocalDeadline, setMemberNoteDeadline } from "./set-member-note-deadline.ts";
import { setRecordingUrl } from "./set-recording-url.ts";
import { submitMemberNote } from "./submit-member-note.ts";

const database = useTestDatabase();
let w: SignoffWorld;
const e = signoffMessages.errors;

beforeEach(async () => {
  w = await createSignoffWorld(database.current.db);
});

const DEADLINE = "2025-03-19T12:00";
const BEFORE = new Date("2025-03-19T10:59:00Z");
const AFTER = new Date("2025-03-19T11:01:00Z");

/** The notes members entered themselves on this test's meeting (earlier tests' stay). */
async function notes() {
  const rows = await database.current.db
    .select({ note: protocolNotes })
    .from(protocolNotes)
    .innerJoin(agendaItems, eq(agendaItems.id, protocolNotes.agendaItemId))
    .where(and(isNotNull(protocolNotes.submittedById), eq(agendaItems.meetingId, w.meeting.id)))
    .orderBy(protocolNotes.id);
  return rows.map((r) => r.note);
}

async function openForNotes() {
  const { db } = database.current;
  await holdSignoffMeeting(db, w);
  await setMemberNoteDeadline(db, w.secretary, { meetingId: w.meeting.id, deadline: DEADLINE });
}

const submit = (
  who: Parameters<typeof submitMemberNote>[1],
  input: { itemId?: number; text?: string; meetingId?: number } = {},
  now = BEFORE,
) =>
  submitMemberNote(
    database.current.db,
    who,
    {
      meetingId: input.meetingId ?? w.meeting.id,
      itemId: input.itemId ?? w.items[1]?.id ?? 0,
      text: input.text ?? "V stemte imod, da tilskuddet er for lavt.",
    },
    now,
  );

describe("the deadline for members' protokoltilførsel", () => {
  it("is a Copenhagen date and time; nonsense is a Danish 400 and only the secretary sets it", async () => {
    const { db } = database.current;
    expect(parseLocalDeadline("2025-03-19T12:00")?.toISOString()).toBe("2025-03-19T11:00:00.000Z");
    expect(parseLocalDeadline("2025-07-01T12:00")?.toISOString()).toBe("2025-07-01T10:00:00.000Z");
    for (const bad of ["2025-02-30T12:00", "19-03-2025 12:00", "2025-03-19T25:00", "i morgen"]) {
      await expect(
        setMemberNoteDeadline(db, w.secretary, { meetingId: w.meeting.id, deadline: bad }),
      ).rejects.toMatchObject({ status: 400, message: e.deadlineInvalid });
    }
    await expect(
      setMemberNoteDeadline(db, w.member, { meetingId: w.meeting.id, deadline: DEADLINE }),
    ).rejects.toMatchObject({ status: 403 });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row?.memberNoteDeadline).toBeNull();
    await setMemberNoteDeadline(db, w.secretary, { meetingId: w.meeting.id, deadline: DEADLINE });
    const [set] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(set?.memberNoteDeadline?.toISOString()).toBe("2025-03-19T11:00:00.000Z");
    expect(await auditActions(db, "meeting", w.meeting.id)).toContain("minutes.note_deadline_set");
  });
});

describe("a member's own protokoltilførsel", () => {
  it("waits for the secretary with the member's name and party, and is not in the minutes yet", async () => {
    const { db } = database.current;
    await openForNotes();
    const { id } = await submit(w.anne);
    const [note] = await notes();
    expect(note).toMatchObject({
      id,
      author: "Anne Formand (A)",
      status: "pending",
      submittedById: w.anne.user.id,
      participantId: w.participantId("Anne Formand"),
    });
    expect((await listPendingMemberNotes(db, w.meeting.id, null)).map((n) => n.id)).toEqual([id]);
    expect(await listPendingMemberNotes(db, w.meeting.id, w.member.user.id)).toEqual([]);
    const full = await getMeeting(db, w.meeting.id);
    expect(JSON.stringify(full && buildDocument(full, "internal"))).not.toContain(
      "tilskuddet er for lavt",
    );
  });

  it("is refused, changing nothing: closed, after the deadline, not a participant, absent, another meeting's item, empty", async () => {
    const { db } = database.current;
    await expect(submit(w.member)).rejects.toMatchObject({ status: 409, message: e.noteNotHeld });
    await holdSignoffMeeting(db, w);
    await expect(submit(w.member)).rejects.toMatchObject({ status: 409, message: e.noteClosed });
    await setMemberNoteDeadline(db, w.secretary, { meetingId: w.meeting.id, deadline: DEADLINE });
    await expect(submit(w.member, {}, AFTER)).rejects.toMatchObject({
      status: 409,
      message: e.noteDeadlinePassed("19. marts 2025 kl. 12.00"),
    });
    await expect(submit(w.secretary)).rejects.toMatchObject({
      status: 403,
      message: e.noteNotParticipant,
    });
    await expect(submit(w.bent)).rejects.toMatchObject({ status: 403, message: e.noteAbsent });
    await expect(submit(w.stranger)).rejects.toMatchObject({ status: 404 });
    await expect(submit(w.member, { itemId: w.laterApproving.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(submit(w.member, { text: "   \n " })).rejects.toMatchObject({
      status: 400,
      message: e.noteEmpty,
    });
    await expect(submit(w.member, { text: "x".repeat(5001) })).rejects.toMatchObject({
      status: 400,
    });
    expect(await notes()).toEqual([]);
  });

  it("once accepted after publishing, prints in the minutes as a new version through the publication gate", async () => {
    const { db } = database.current;
    await openForNotes();
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const { id } = await submit(w.member);
    await expect(
      acceptMemberNote(db, w.member, { meetingId: w.meeting.id, noteId: id }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      acceptMemberNote(db, w.secretary, { meetingId: w.later.id, noteId: id }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      await acceptMemberNote(db, w.secretary, { meetingId: w.meeting.id, noteId: id }),
    ).toEqual({ minutesVersion: 2 });
    await expect(
      acceptMemberNote(db, w.secretary, { meetingId: w.meeting.id, noteId: id }),
    ).rejects.toMatchObject({ status: 404, message: e.noteNotFound });
    const versions = await listMinutesVersions(db, w.meeting.id);
    expect(versions.map((v) => v.reason)).toEqual([
      "",
      "Protokoltilførsel fra Mads Medlem medtaget under punkt 3.",
    ]);
    const full = await getMeeting(db, w.meeting.id);
    const pub = full && buildDocument(full, "public");
    expect(JSON.stringify(pub)).toContain("Mads Medlem: V stemte imod, da tilskuddet er for lavt.");
    expect(JSON.stringify((await getMinutesVersion(db, w.meeting.id, 1))?.document)).not.toContain(
      "tilskuddet er for lavt",
    );
    const actions = await auditActions(db, "meeting", w.meeting.id);
    expect(actions.at(-1)).toBe("publication.changed");
    expect(await auditActions(db, "protocol_note", id)).toEqual([
      "protocol_note.submitted",
      "protocol_note.accepted",
    ]);
  });

  it("once rejected, is deleted and the member is told", async () => {
    const { db } = database.current;
    await openForNotes();
    const { id } = await submit(w.member);
    await rejectMemberNote(db, w.secretary, { meetingId: w.meeting.id, noteId: id });
    expect(await notes()).toEqual([]);
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "minutes.note_rejected"),
          eq(notifications.userId, w.member.user.id),
        ),
      );
    expect(told.map((n) => [n.userId, n.meetingId])).toEqual([[w.member.user.id, w.meeting.id]]);
    await expect(
      rejectMemberNote(db, w.secretary, { meetingId: w.meeting.id, noteId: id }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("can neither be entered nor handled once the minutes are locked", async () => {
    const { db } = database.current;
    await openForNotes();
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const { id } = await submit(w.member);
    await db
      .update(meetings)
      .set({ status: "agenda_published" })
      .where(eq(meetings.id, w.later.id));
    await approveMinutes(db, w.secretary, { meetingId: w.later.id, itemId: w.laterApproving.id });
    await expect(submit(w.member)).rejects.toMatchObject({ status: 423, message: e.noteLocked });
    await expect(
      acceptMemberNote(db, w.secretary, { meetingId: w.meeting.id, noteId: id }),
    ).rejects.toMatchObject({ status: 423 });
    await expect(
      setMemberNoteDeadline(db, w.secretary, { meetingId: w.meeting.id, deadline: "" }),
    ).rejects.toMatchObject({ status: 423 });
    expect((await notes()).map((n) => n.status)).toEqual(["pending"]);
  });
});

describe("the recording", () => {
  it("takes an https address only, from the secretary, and gives the public chapters", async () => {
    const { db } = database.current;
    const set = (who: Parameters<typeof setRecordingUrl>[1], url: string) =>
      setRecordingUrl(db, who, { meetingId: w.meeting.id, url });
    for (const bad of [
      "http://video.example.dk/1",
      "javascript:alert(1)",
      "video.example.dk/1",
      "https://",
      "https://bruger:kode@video.example.dk/1",
      "https://video.example.dk/et mellemrum",
    ]) {
      await expect(set(w.secretary, bad)).rejects.toMatchObject({
        status: 400,
        message: e.recordingInvalid,
      });
    }
    await expect(set(w.secretary, `https://v.dk/${"x".repeat(2000)}`)).rejects.toMatchObject({
      status: 400,
    });
    await expect(set(w.member, "https://video.example.dk/1")).rejects.toMatchObject({
      status: 403,
    });
    expect(await set(w.secretary, "https://video.example.dk/moede/1#gammel")).toEqual({
      url: "https://video.example.dk/moede/1",
    });
    const start = Date.parse("2025-03-12T08:05:00Z");
    for (const [i, item] of [w.approving, ...w.items].entries()) {
      await db
        .update(agendaItems)
        .set({
          startedAt: new Date(start + i * 600_000),
          endedAt: new Date(start + (i + 1) * 600_000),
        })
        .where(eq(agendaItems.id, item.id));
    }
    const full = await getMeeting(db, w.meeting.id);
    const recording = full && publicRecording(full);
    expect(recording?.url).toBe("https://video.example.dk/moede/1");
    expect(recording?.chapters.map((c) => [c.text, c.startMs / 1000])).toEqual([
      ["Punkt 1: Godkendelse af dagsorden og referat", 0],
      ["Punkt 2: Orientering om budgetopfølgning", 600],
      ["Punkt 3: Beslutning om nye åbningstider", 1200],
      ["Punkt 4: Beslutning om lokalplan for bymidten", 1800],
      ["Punkt 5: Beslutning om tilskud til foreninger", 2400],
      ["Punkt 6: Beslutning om digital postløsning", 3000],
    ]);
    expect(await set(w.secretary, "  ")).toEqual({ url: null });
  });
});
