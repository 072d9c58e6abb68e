import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  auditActions,
  createHoldWorld,
  type HoldWorld,
  moveMeetingAhead,
} from "../../../test/meeting-hold-world.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { endItem } from "./end-item.ts";
import { endMeeting } from "./end-meeting.ts";
import { finishMeeting } from "./finish-meeting.ts";
import { pauseMeeting } from "./pause-meeting.ts";
import { postponeItem } from "./postpone-item.ts";
import { resumeMeeting } from "./resume-meeting.ts";
import { startItem } from "./start-item.ts";
import { startMeeting } from "./start-meeting.ts";

const database = useTestDatabase();
let w: HoldWorld;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
});

const item = (i: number) => w.items[i] as (typeof w.items)[number];

async function room() {
  const full = await getMeeting(database.current.db, w.meeting.id);
  if (!full) throw new Error("meeting vanished");
  const times = (id: number) => {
    const x = full.items.find((i) => i.id === id);
    return { started: Boolean(x?.startedAt), ended: Boolean(x?.endedAt) };
  };
  return { ...full.room, times };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const { status, message } = error as DomainError;
  return { status, message };
}

describe("the room's progress", () => {
  it("starts before the meeting's day only when the minute taker says it is held early", async () => {
    const { db } = database.current;
    await moveMeetingAhead(db, w);
    const ref = { meetingId: w.meeting.id };
    expect(await refusal(startMeeting(db, w.secretary, ref))).toEqual({
      status: 409,
      message: expect.stringMatching(/^Mødedagen er ikke kommet endnu/),
    });
    expect((await room()).status).toBe("not_started");
    // Nor does taking up an item start it: that would pass by the question.
    const first = { ...ref, itemId: w.approving.id };
    expect(await refusal(startItem(db, w.secretary, first))).toEqual({
      status: 409,
      message: expect.stringMatching(/^Mødet er ikke startet, og mødedagen er ikke kommet endnu/),
    });
    expect((await room()).status).toBe("not_started");
    expect(await startMeeting(db, w.secretary, { ...ref, early: true })).toEqual({
      roomStatus: "running",
    });
    expect(await startItem(db, w.secretary, first)).toEqual({ currentItemId: w.approving.id });
  });

  it("starts, pauses, resumes and ends the meeting, each audited", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id };
    expect((await room()).status).toBe("not_started");
    expect(await startMeeting(db, w.secretary, ref)).toEqual({ roomStatus: "running" });
    expect(await pauseMeeting(db, w.secretary, ref)).toEqual({ roomStatus: "paused" });
    expect(await resumeMeeting(db, w.secretary, ref)).toEqual({ roomStatus: "running" });
    expect(await endMeeting(db, w.secretary, ref)).toEqual({ roomStatus: "ended" });
    expect(await auditActions(db, "meeting", w.meeting.id)).toEqual([
      "meeting.room_running",
      "meeting.room_paused",
      "meeting.room_running",
      "meeting.room_ended",
    ]);
  });

  it("refuses transitions the room cannot make, in Danish, changing nothing", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id };
    expect(await refusal(endMeeting(db, w.secretary, ref))).toEqual({
      status: 409,
      message: "Mødet er ikke startet endnu. Start mødet først.",
    });
    expect((await refusal(pauseMeeting(db, w.secretary, ref))).status).toBe(409);
    expect((await refusal(resumeMeeting(db, w.secretary, ref))).status).toBe(409);
    await startMeeting(db, w.secretary, ref);
    expect((await refusal(startMeeting(db, w.secretary, ref))).message).toBe(
      "Mødet er allerede startet.",
    );
    expect((await refusal(resumeMeeting(db, w.secretary, ref))).status).toBe(409);
    await endMeeting(db, w.secretary, ref);
    expect((await refusal(startMeeting(db, w.secretary, ref))).status).toBe(409);
    expect((await room()).status).toBe("ended");
  });

  it("lets only the minute taker steer the room, and only while the agenda is out", async () => {
    const { db } = database.current;
    expect((await refusal(startMeeting(db, w.member, { meetingId: w.meeting.id }))).status).toBe(
      403,
    );
    expect((await refusal(startMeeting(db, w.stranger, { meetingId: w.meeting.id }))).status).toBe(
      404,
    );
    expect((await refusal(startMeeting(db, w.secretary, { meetingId: w.later.id }))).status).toBe(
      409,
    );
    expect((await refusal(startMeeting(db, w.secretary, { meetingId: -1 }))).status).toBe(404);
  });
});

describe("the current item", () => {
  it("starts an item (starting the meeting), ends the previous one on the next, ends the last", async () => {
    const { db } = database.current;
    const ref = (i: number) => ({ meetingId: w.meeting.id, itemId: item(i).id });
    await startItem(db, w.secretary, ref(0));
    let r = await room();
    expect(r).toMatchObject({ status: "running", currentItemId: item(0).id });
    expect(r.times(item(0).id)).toEqual({ started: true, ended: false });
    await startItem(db, w.secretary, ref(1));
    r = await room();
    expect(r.currentItemId).toBe(item(1).id);
    expect(r.times(item(0).id)).toEqual({ started: true, ended: true });
    expect(r.times(item(1).id)).toEqual({ started: true, ended: false });
    await endItem(db, w.secretary, ref(1));
    r = await room();
    expect(r.currentItemId).toBeNull();
    expect(r.times(item(1).id)).toEqual({ started: true, ended: true });
    expect(await auditActions(db, "agenda_item", item(1).id)).toEqual([
      "agenda_item.started",
      "agenda_item.ended",
    ]);
  });

  it("leaves an item postponed while it was being dealt with, as after »Afslut punktet«", async () => {
    const { db } = database.current;
    await startItem(db, w.secretary, { meetingId: w.meeting.id, itemId: item(4).id });
    await postponeItem(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(4).id,
      targetMeetingId: w.later.id,
      version: 0,
    });
    const r = await room();
    expect(r.currentItemId).toBeNull();
    expect(r.times(item(4).id)).toEqual({ started: true, ended: true });
  });

  it("refuses bad starts and ends with a Danish 4xx", async () => {
    const { db } = database.current;
    const ref = (itemId: number) => ({ meetingId: w.meeting.id, itemId });
    // An item of another meeting.
    expect(await refusal(startItem(db, w.secretary, ref(w.laterEventuelt.id)))).toEqual({
      status: 404,
      message: "Punktet findes ikke på dette møde.",
    });
    // A withdrawn item.
    await db
      .update(agendaItems)
      .set({ withdrawnAt: new Date() })
      .where(eq(agendaItems.id, item(2).id));
    expect((await refusal(startItem(db, w.secretary, ref(item(2).id)))).status).toBe(409);
    // Ending an item that is not current; starting the current one again.
    expect(await refusal(endItem(db, w.secretary, ref(item(0).id)))).toEqual({
      status: 409,
      message: "Punktet er ikke i gang, så det kan ikke afsluttes.",
    });
    await startItem(db, w.secretary, ref(item(0).id));
    expect((await refusal(startItem(db, w.secretary, ref(item(0).id)))).status).toBe(409);
    // A paused meeting takes no item up.
    await pauseMeeting(db, w.secretary, { meetingId: w.meeting.id });
    expect((await refusal(startItem(db, w.secretary, ref(item(1).id)))).message).toBe(
      "Mødet er sat på pause. Genoptag mødet, før et punkt startes.",
    );
    expect((await refusal(startItem(db, w.member, ref(item(1).id)))).status).toBe(403);
    expect((await room()).currentItemId).toBe(item(0).id);
  });

  it("finishing the meeting ends the room and the current item", async () => {
    const { db } = database.current;
    await startItem(db, w.secretary, { meetingId: w.meeting.id, itemId: item(0).id });
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    const r = await room();
    expect(r).toMatchObject({ status: "ended", currentItemId: null });
    expect(r.times(item(0).id)).toEqual({ started: true, ended: true });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row?.status).toBe("held");
  });
});
