import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createUser } from "../../../test/factories.ts";
import { auditActions, createHoldWorld, type HoldWorld } from "../../../test/meeting-hold-world.ts";
import {
  agendaItems,
  meetingParticipants,
  meetings,
  persons,
  rosterMemberships,
  speakerRequests,
  voteBallots,
  votes,
} from "../../db/schema/index.ts";
import { itemText, openVoteText } from "../../web/room-view.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { internalDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { type MeetingEvent, meetingEvents } from "../meeting-mode/meeting-events.ts";
import { recordAttendance } from "../meeting-mode/record-attendance.ts";
import { registerConflict } from "../meeting-mode/register-conflict.ts";
import { removeVote } from "../meeting-mode/remove-vote.ts";
import { addSpeaker } from "./add-speaker.ts";
import { castBallot } from "./cast-ballot.ts";
import { closeVote } from "./close-vote.ts";
import { loadRoomState } from "./load-room-state.ts";
import { moveSpeaker } from "./move-speaker.ts";
import { openVote } from "./open-vote.ts";
import { quorumAt } from "./presence.ts";
import { removeSpeaker } from "./remove-speaker.ts";
import { requestToSpeak } from "./request-to-speak.ts";
import { startSpeaker } from "./start-speaker.ts";
import { stopSpeaker } from "./stop-speaker.ts";

const database = useTestDatabase();
let w: HoldWorld;
/** Users signed in as participants: Anne Formand, Bent Byrådsmedlem, Karin Kasserer. */
let anne: NonNullable<Awaited<ReturnType<typeof loadPrincipal>>>;
let bent: typeof anne;
let karin: typeof anne;

const participant = (name: string) => {
  const p = w.meeting.participants.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};
const item = (i: number) => w.items[i] as (typeof w.items)[number];

async function linkUser(name: string) {
  const { db } = database.current;
  const user = await createUser(db, {
    organisationId: w.org.id,
    name,
    roles: [{ role: "member", committeeId: w.committee.id }],
  });
  await db
    .update(meetingParticipants)
    .set({ userId: user.id })
    .where(eq(meetingParticipants.id, participant(name).id));
  const p = await loadPrincipal(db, user.id);
  if (!p) throw new Error(name);
  return p;
}

async function setCurrent(itemId: number | null) {
  await database.current.db
    .update(meetings)
    .set({ roomStatus: "running", currentItemId: itemId })
    .where(eq(meetings.id, w.meeting.id));
}

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
  anne = await linkUser("Anne Formand");
  bent = await linkUser("Bent Byrådsmedlem");
  karin = await linkUser("Karin Kasserer");
});

describe("votes from members' devices", () => {
  it("opens, takes one ballot per member and closes with names, counts and the outcome", async () => {
    const { db } = database.current;
    const seen: MeetingEvent[] = [];
    const stop = meetingEvents.subscribe(w.meeting.id, (e) => seen.push(e));
    await setCurrent(item(1).id);
    const { id } = await openVote(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(1).id,
      subject: "Indstillingens punkt 1",
    });
    await castBallot(db, anne, { meetingId: w.meeting.id, voteId: id, choice: "for" });
    await castBallot(db, w.member, { meetingId: w.meeting.id, voteId: id, choice: "for" });
    await castBallot(db, bent, { meetingId: w.meeting.id, voteId: id, choice: "against" });
    await castBallot(db, karin, { meetingId: w.meeting.id, voteId: id, choice: "abstain" });
    const during = await loadRoomState(db, w.meeting.id);
    expect(during?.openVote).toMatchObject({
      item: { number: item(1).number, title: item(1).title },
      subject: "Indstillingens punkt 1",
      cast: 4,
      eligible: 4,
    });
    // Every screen says which item is voted on, whichever is under discussion.
    await setCurrent(item(2).id);
    const elsewhere = await loadRoomState(db, w.meeting.id);
    expect(elsewhere && openVoteText(elsewhere)).toEqual([
      `Afstemning om punkt ${item(1).number}: ${item(1).title}`,
      "Der stemmes om: Indstillingens punkt 1",
      "4 af 4 har stemt",
    ]);
    await setCurrent(item(1).id);
    expect(JSON.stringify(during?.openVote)).not.toContain("Bent");
    // Until it closes it has no result: not in the item's record, the minutes or the live view,
    // and the minute taker cannot remove it from under the members.
    const votesOfItem = async () =>
      (await getMeeting(db, w.meeting.id))?.items.find((x) => x.id === item(1).id)?.votes;
    expect(await votesOfItem()).toEqual([]);
    await expect(
      removeVote(db, w.secretary, { meetingId: w.meeting.id, itemId: item(1).id, voteId: id }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/stemmer stadig/) });
    const { outcome } = await closeVote(db, w.secretary, { meetingId: w.meeting.id, voteId: id });
    expect(outcome).toBe("carried");
    expect(await votesOfItem()).toHaveLength(1);
    const full = await getMeeting(db, w.meeting.id);
    expect(full?.items.find((x) => x.id === item(1).id)?.votes).toEqual([
      {
        subject: "Indstillingens punkt 1",
        inFavour: ["Anne Formand", "Mads Medlem"],
        against: ["Bent Byrådsmedlem"],
        abstaining: ["Karin Kasserer"],
        forCount: 2,
        againstCount: 1,
        abstainCount: 1,
      },
    ]);
    const after = await loadRoomState(db, w.meeting.id);
    expect(after?.openVote).toBeNull();
    expect(after?.lastResult).toMatchObject({
      outcome: "carried",
      counts: { inFavour: 2, against: 1, abstaining: 1 },
      against: ["Bent Byrådsmedlem"],
    });
    expect(await auditActions(db, "vote", id)).toEqual([
      "vote.opened",
      "vote.ballot_cast",
      "vote.ballot_cast",
      "vote.ballot_cast",
      "vote.ballot_cast",
      "vote.closed",
    ]);
    stop();
    const rooms = seen.filter((e) => e.type === "room");
    expect(rooms.length).toBe(6);
  });

  it("refuses a second ballot, a ballot after closing, and a ballot from absent or inhabil members", async () => {
    const { db } = database.current;
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        {
          participantId: participant("Bent Byrådsmedlem").id,
          presence: "absent",
          lateFromItemId: null,
          leftBeforeItemId: null,
          note: "",
        },
        {
          participantId: participant("Anne Formand").id,
          presence: "present",
          lateFromItemId: item(2).id,
          leftBeforeItemId: null,
          note: "",
        },
      ],
    });
    await registerConflict(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(1).id,
      participantId: participant("Karin Kasserer").id,
      note: "",
    });
    await setCurrent(null); // the meeting is running
    const { id } = await openVote(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(1).id,
      subject: "",
    });
    const cast = (who: typeof anne, choice = "for") =>
      castBallot(db, who, { meetingId: w.meeting.id, voteId: id, choice });
    await expect(cast(bent)).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/ikke registreret som til stede/),
    });
    await expect(cast(anne)).rejects.toMatchObject({ status: 403 });
    await expect(cast(karin)).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/inhabil/),
    });
    // Nor do they take the floor: not by asking, not put on the list by the chair.
    await setCurrent(item(1).id);
    await expect(requestToSpeak(db, bent, { meetingId: w.meeting.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/til stede ved punktet/),
    });
    for (const name of ["Bent Byrådsmedlem", "Anne Formand", "Karin Kasserer"]) {
      await expect(
        addSpeaker(db, w.secretary, {
          meetingId: w.meeting.id,
          participantId: participant(name).id,
        }),
      ).rejects.toMatchObject({ status: 409 });
    }
    await expect(cast(w.member, "maybe")).rejects.toMatchObject({ status: 400 });
    await expect(cast(w.stranger)).rejects.toMatchObject({ status: 404 });
    await cast(w.member, "against");
    // Changed while open: one ballot, the last choice.
    await cast(w.member);
    await expect(
      castBallot(db, w.secondSecretary, { meetingId: w.meeting.id, voteId: id, choice: "for" }),
    ).rejects.toMatchObject({ status: 403 });
    // A vote of this meeting cannot be cast through another meeting.
    await expect(
      castBallot(db, w.member, { meetingId: w.later.id, voteId: id, choice: "for" }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await db.select().from(voteBallots).where(eq(voteBallots.voteId, id))).toHaveLength(1);
    // The one member who may vote (the others are absent or inhabil) has voted.
    await closeVote(db, w.secretary, { meetingId: w.meeting.id, voteId: id });
    await expect(cast(bent)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/afsluttet/),
    });
    await expect(
      closeVote(db, w.secretary, { meetingId: w.meeting.id, voteId: id }),
    ).rejects.toMatchObject({ status: 409 });
    const [row] = await db.select().from(votes).where(eq(votes.id, id));
    expect(row).toMatchObject({ inFavour: ["Mads Medlem"], forCount: 1, againstCount: 0 });
  });

  it("counts one ballot when the same member votes three times at once", async () => {
    const { db } = database.current;
    await setCurrent(null); // the meeting is running
    const { id } = await openVote(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(0).id,
      subject: "",
    });
    const results = await Promise.allSettled(
      (["for", "against", "abstain"] as const).map((choice) =>
        castBallot(db, w.member, { meetingId: w.meeting.id, voteId: id, choice }),
      ),
    );
    // Each is a vote or a change of it; none fails but as a conflict to try again.
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    }
    expect(await db.select().from(voteBallots).where(eq(voteBallots.voteId, id))).toHaveLength(1);
  });

  it("lets only the minute taker or the roster's formand open a vote, one at a time, on this meeting's items", async () => {
    const { db } = database.current;
    const open = (who: typeof anne, itemId = item(0).id) =>
      openVote(db, who, { meetingId: w.meeting.id, itemId, subject: "" });
    await expect(open(w.member)).rejects.toMatchObject({ status: 403 });
    await expect(open(anne)).rejects.toMatchObject({ status: 403 });
    // Anne becomes the roster's formand, linked to her user: now she chairs the room.
    const [person] = await db
      .insert(persons)
      .values({ organisationId: w.org.id, name: "Anne Formand", userId: anne.user.id })
      .returning();
    if (!person) throw new Error("person");
    await db.insert(rosterMemberships).values({
      organisationId: w.org.id,
      committeeId: w.committee.id,
      personId: person.id,
      role: "chair",
      startsOn: "2024-01-01",
    });
    await db
      .update(meetingParticipants)
      .set({ personId: person.id, userId: null })
      .where(eq(meetingParticipants.id, participant("Anne Formand").id));
    // Not before the meeting starts, nor during a pause: nobody is at their seat to vote.
    const notRunning = { status: 409, message: expect.stringMatching(/^Mødet er ikke i gang/) };
    await expect(open(anne)).rejects.toMatchObject(notRunning);
    await db.update(meetings).set({ roomStatus: "paused" }).where(eq(meetings.id, w.meeting.id));
    await expect(open(anne)).rejects.toMatchObject(notRunning);
    await setCurrent(null);
    await expect(open(anne, w.laterApproving.id)).rejects.toMatchObject({ status: 404 });
    const { id } = await open(anne);
    await expect(open(w.secretary, item(2).id)).rejects.toMatchObject({ status: 409 });
    await expect(
      openVote(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(2).id,
        subject: "x".repeat(301),
      }),
    ).rejects.toMatchObject({ status: 400 });
    // Nobody has voted: the chair must say to close anyway.
    await expect(
      closeVote(db, anne, { meetingId: w.meeting.id, voteId: id }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("Ingen af de 4, der kan stemme, har stemt endnu."),
    });
    await closeVote(db, anne, { meetingId: w.meeting.id, voteId: id, evenIfMissing: true });
    expect((await open(w.secretary, item(2).id)).id).toBeGreaterThan(id);
  });
});

describe("speaker list", () => {
  it("takes requests from members' devices and runs in the chair's order with speaking time", async () => {
    const { db } = database.current;
    await setCurrent(item(0).id);
    const mads = await requestToSpeak(db, w.member, { meetingId: w.meeting.id });
    const b = await requestToSpeak(db, bent, { meetingId: w.meeting.id });
    const k = await addSpeaker(db, w.secretary, {
      meetingId: w.meeting.id,
      participantId: participant("Karin Kasserer").id,
    });
    await moveSpeaker(db, w.secretary, {
      meetingId: w.meeting.id,
      speakerId: k.id,
      direction: "up",
    });
    let state = await loadRoomState(db, w.meeting.id);
    expect(state?.speakers.queue.map((s) => s.name)).toEqual([
      "Mads Medlem",
      "Karin Kasserer",
      "Bent Byrådsmedlem",
    ]);
    await startSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: mads.id });
    state = await loadRoomState(db, w.meeting.id);
    expect(state?.speakers.current?.name).toBe("Mads Medlem");
    expect(state?.speakers.current?.startedAt).toMatch(/^\d{4}-/);
    await startSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: k.id });
    state = await loadRoomState(db, w.meeting.id);
    expect(state?.speakers.current?.name).toBe("Karin Kasserer");
    expect(state?.speakers.queue.map((s) => s.name)).toEqual(["Bent Byrådsmedlem"]);
    await stopSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: k.id });
    await expect(
      stopSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: k.id }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      startSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: mads.id }),
    ).rejects.toMatchObject({ status: 409 });
    await removeSpeaker(db, w.secretary, { meetingId: w.meeting.id, speakerId: b.id });
    state = await loadRoomState(db, w.meeting.id);
    expect(state?.speakers).toMatchObject({ current: null, queue: [] });
    expect(await auditActions(db, "speaker_request", k.id)).toEqual([
      "speaker.added",
      "speaker.moved",
      "speaker.started",
      "speaker.stopped",
    ]);
  });

  it("refuses a request for another meeting's item, twice on the list, without a current item, and from non-participants", async () => {
    const { db } = database.current;
    await expect(requestToSpeak(db, w.member, { meetingId: w.meeting.id })).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      requestToSpeak(db, w.member, { meetingId: w.meeting.id, itemId: w.laterApproving.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      requestToSpeak(db, w.stranger, { meetingId: w.meeting.id, itemId: item(0).id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      requestToSpeak(db, w.secondSecretary, { meetingId: w.meeting.id, itemId: item(0).id }),
    ).rejects.toMatchObject({ status: 403 });
    await requestToSpeak(db, w.member, { meetingId: w.meeting.id, itemId: item(0).id });
    await expect(
      requestToSpeak(db, w.member, { meetingId: w.meeting.id, itemId: item(0).id }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/allerede på talerlisten/),
    });
    await expect(
      addSpeaker(db, w.member, {
        meetingId: w.meeting.id,
        itemId: item(0).id,
        participantId: participant("Bent Byrådsmedlem").id,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      addSpeaker(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(0).id,
        participantId: w.later.participants[0]?.id ?? 0,
      }),
    ).rejects.toMatchObject({ status: 404 });
    const mine = () =>
      db.select().from(speakerRequests).where(eq(speakerRequests.meetingId, w.meeting.id));
    const [other] = await mine();
    await expect(
      startSpeaker(db, w.secretary, { meetingId: w.later.id, speakerId: other?.id ?? 0 }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await mine()).toHaveLength(1);
  });
});

describe("room state", () => {
  it("shows status, current item, attendance with substitutes, and the quorum at it", async () => {
    const { db } = database.current;
    const [sub] = await db
      .insert(meetingParticipants)
      .values({
        meetingId: w.meeting.id,
        position: 9,
        name: "Susanne Stedfortræder",
        substituteForId: participant("Bent Byrådsmedlem").id,
      })
      .returning();
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        {
          participantId: participant("Bent Byrådsmedlem").id,
          presence: "absent",
          lateFromItemId: null,
          leftBeforeItemId: null,
          note: "",
        },
        {
          participantId: participant("Karin Kasserer").id,
          presence: "present",
          lateFromItemId: null,
          leftBeforeItemId: item(2).id,
          note: "",
        },
        {
          participantId: participant("Mads Medlem").id,
          presence: "absent",
          lateFromItemId: null,
          leftBeforeItemId: null,
          note: "",
        },
      ],
    });
    await setCurrent(item(2).id);
    const state = await loadRoomState(db, w.meeting.id);
    expect(state).toMatchObject({
      status: "running",
      currentItem: { id: item(2).id, number: item(2).number, title: item(2).title },
      attendance: {
        afbud: ["Mads Medlem", "Bent Byrådsmedlem"],
        left: [{ name: "Karin Kasserer", itemNumber: item(2).number }],
        substitutes: [{ name: "Susanne Stedfortræder", forName: "Bent Byrådsmedlem" }],
      },
      // Anne and Bent's substitute; Karin left before item 4; Mads sent afbud. 4 seats.
      quorum: { present: 2, seats: 4, quorate: true },
    });
    expect(sub).toBeDefined();
    expect(state && itemText(state)).toBe(`Punkt ${item(2).number}: ${item(2).title}`);
    // An item sent with a supplement says so on every screen of the room, as on the agenda.
    await db
      .update(agendaItems)
      .set({ publishedInVersion: 2 })
      .where(eq(agendaItems.id, item(2).id));
    const added = await loadRoomState(db, w.meeting.id);
    expect(added && itemText(added)).toBe(
      `Punkt ${item(2).number}: ${item(2).title} (tillægspunkt)`,
    );
    const full = await getMeeting(db, w.meeting.id);
    if (!full) throw new Error("meeting");
    expect(quorumAt(full, item(1).id)).toMatchObject({ present: 3, seats: 4 });
  });

  it("prints each item's quorum in the minutes, a warning without it, and a vote's outcome", async () => {
    const { db } = database.current;
    const entry = (name: string, over: object = {}) => ({
      participantId: participant(name).id,
      presence: "present" as const,
      lateFromItemId: null,
      leftBeforeItemId: null,
      note: "",
      ...over,
    });
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        entry("Anne Formand"),
        entry("Mads Medlem", { leftBeforeItemId: item(2).id }),
        entry("Bent Byrådsmedlem", { presence: "absent" }),
        entry("Karin Kasserer", { leftBeforeItemId: item(2).id }),
      ],
    });
    await setCurrent(null); // the meeting is running
    const { id } = await openVote(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(1).id,
      subject: "Ændringsforslag",
    });
    await castBallot(db, anne, { meetingId: w.meeting.id, voteId: id, choice: "for" });
    await castBallot(db, w.member, { meetingId: w.meeting.id, voteId: id, choice: "against" });
    await closeVote(db, w.secretary, { meetingId: w.meeting.id, voteId: id, evenIfMissing: true });
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, w.meeting.id));
    const full = await getMeeting(db, w.meeting.id);
    if (!full) throw new Error("meeting");
    const doc = internalDocument(full);
    const textOf = (n: number) =>
      JSON.stringify(doc.items.find((x) => x.number === n)?.sections ?? []);
    expect(textOf(item(1).number)).toContain(
      "Beslutningsdygtigt: 3 af 4 medlemmer deltager i behandlingen.",
    );
    expect(textOf(item(1).number)).toContain("Forslaget blev ikke vedtaget.");
    expect(textOf(item(2).number)).toContain("1 af 4 medlemmer deltager i behandlingen.");
    expect(textOf(item(2).number)).toContain(
      "Udvalget var ikke beslutningsdygtigt ved punktets behandling.",
    );
  });
});
