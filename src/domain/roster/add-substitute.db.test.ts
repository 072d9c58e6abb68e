import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { type AuthoringCommittee, createAuthoringCommittee } from "../../../test/factories.ts";
import { attendance, meetingParticipants, meetings } from "../../db/schema/index.ts";
import { internalDocument } from "../document/build-document.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { recordAttendance } from "../meeting-mode/record-attendance.ts";
import { addMembership } from "./add-membership.ts";
import { addSubstitute } from "./add-substitute.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let chair: number;
let member: number;
let substitute: number;
let outsider: number;
let room = 0;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  const add = async (name: string, role: string, extra: object = {}) =>
    (
      await addMembership(db, world.admin, {
        committeeId: world.committee.id,
        person: { name },
        role,
        startsOn: "2026-01-01",
        ...extra,
      })
    ).personId;
  chair = await add("Ulla Formand", "chair");
  member = await add("Viggo Medlem", "member");
  substitute = await add("Willy Stedfortræder", "substitute", { substituteForId: member });
  outsider = await add("Xenia Tidligere", "substitute", { endsOn: "2026-01-31" });
});

async function meeting(date: string) {
  room++;
  const { meetingId } = await planMeeting(database.current.db, world.secretary, {
    committeeId: world.committee.id,
    date,
    start: "09:00",
    end: "10:00",
    location: `Lokale ${room}`,
  });
  const people = await database.current.db
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(meetingParticipants.position));
  const of = (personId: number) => people.find((p) => p.personId === personId)?.id ?? 0;
  return { meetingId, of };
}

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, message: error.message };
    throw error;
  }
  return null;
}

describe("a substitute standing in for a member", () => {
  it("joins the meeting naming the member, who is recorded as absent", async () => {
    const { db } = database.current;
    const m = await meeting("2026-03-04");
    const { participantId } = await addSubstitute(db, world.secretary, {
      meetingId: m.meetingId,
      personId: substitute,
      forParticipantId: m.of(member),
    });
    const [row] = await db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.id, participantId));
    expect(row).toMatchObject({
      name: "Willy Stedfortræder",
      personId: substitute,
      substituteForId: m.of(member),
    });
    const away = await db
      .select({ participantId: attendance.participantId, status: attendance.status })
      .from(attendance)
      .where(eq(attendance.meetingId, m.meetingId));
    expect(away).toEqual([{ participantId: m.of(member), status: "absent" }]);
    const full = await getMeeting(db, m.meetingId);
    if (!full) throw new Error("meeting not found");
    const facts = internalDocument(full, "minutes").facts;
    const fact = (label: string) => facts.find((f) => f.label === label)?.value ?? "";
    expect(fact("Mødedeltagere")).toContain("Willy Stedfortræder (stedfortræder for Viggo Medlem)");
    expect(fact("Fraværende")).toContain("Viggo Medlem");
    const twice = await refusal(
      addSubstitute(db, world.secretary, {
        meetingId: m.meetingId,
        personId: substitute,
        forParticipantId: m.of(chair),
      }),
    );
    expect(twice).toEqual({
      status: 409,
      message: "Willy Stedfortræder deltager allerede i mødet.",
    });
  });

  it("is refused in Danish when the member is present, or the person no substitute that day", async () => {
    const { db } = database.current;
    const m = await meeting("2026-03-11");
    await db
      .update(meetings)
      .set({ status: "agenda_published" })
      .where(eq(meetings.id, m.meetingId));
    await recordAttendance(db, world.secretary, {
      meetingId: m.meetingId,
      entries: [
        {
          participantId: m.of(member),
          presence: "present",
          lateFromItemId: null,
          leftBeforeItemId: null,
          note: "",
        },
      ],
    });
    const present = await refusal(
      addSubstitute(db, world.secretary, {
        meetingId: m.meetingId,
        personId: substitute,
        forParticipantId: m.of(member),
      }),
    );
    expect(present).toEqual({
      status: 409,
      message:
        "Viggo Medlem er registreret som til stede. En stedfortræder kan kun træde ind for et medlem, der har meldt afbud.",
    });
    const expired = await refusal(
      addSubstitute(db, world.secretary, {
        meetingId: m.meetingId,
        personId: outsider,
        forParticipantId: m.of(chair),
      }),
    );
    expect(expired?.status).toBe(400);
    const noMember = await refusal(
      addSubstitute(db, world.secretary, {
        meetingId: m.meetingId,
        personId: substitute,
        forParticipantId: 999_999,
      }),
    );
    expect(noMember?.status).toBe(404);
    const author = await addSubstitute(db, world.author, {
      meetingId: m.meetingId,
      personId: substitute,
      forParticipantId: m.of(chair),
    }).catch((e: { status?: number }) => e.status);
    expect(author).toBe(403);
  });
});
