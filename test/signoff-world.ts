import { and, eq } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { meetingParticipants, persons } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { finishMeeting } from "../src/domain/meeting-mode/finish-meeting.ts";
import { recordAttendance } from "../src/domain/meeting-mode/record-attendance.ts";
import { recordDecision } from "../src/domain/meeting-mode/record-decision.ts";
import { createUser, type FactoryPrincipal } from "./factories.ts";
import { createHoldWorld } from "./meeting-hold-world.ts";

async function principal(db: Db, userId: number): Promise<FactoryPrincipal> {
  const p = await loadPrincipal(db, userId);
  if (!p) throw new Error(`no user ${userId}`);
  return { ...p, id: userId, email: p.user.email, name: p.user.name };
}

/**
 * The hold world with members who can sign: Mads Medlem (the participant's own user), Anne
 * Formand through her roster person (party A), and Bent Byrådsmedlem, who has afbud for the
 * whole meeting. Karin Kasserer has no user; Gitte Gæst is a guest.
 */
export async function createSignoffWorld(db: Db) {
  const w = await createHoldWorld(db);
  const member = (name: string) =>
    createUser(db, {
      organisationId: w.org.id,
      name,
      roles: [{ role: "member", committeeId: w.committee.id }],
    });
  const anneUser = await member("Anne Formand");
  const bentUser = await member("Bent Byrådsmedlem");
  const [person] = await db
    .insert(persons)
    .values({ organisationId: w.org.id, name: "Anne Formand", party: "A", userId: anneUser.id })
    .returning();
  const participant = (name: string) =>
    and(eq(meetingParticipants.meetingId, w.meeting.id), eq(meetingParticipants.name, name));
  await db
    .update(meetingParticipants)
    .set({ personId: person?.id ?? null })
    .where(participant("Anne Formand"));
  await db
    .update(meetingParticipants)
    .set({ userId: bentUser.id })
    .where(participant("Bent Byrådsmedlem"));
  const idOf = (name: string) => w.meeting.participants.find((x) => x.name === name)?.id ?? 0;
  return {
    ...w,
    anne: await principal(db, anneUser.id),
    bent: await principal(db, bentUser.id),
    participantId: idOf,
  };
}

export type SignoffWorld = Awaited<ReturnType<typeof createSignoffWorld>>;

/** Holds the meeting: Bent has afbud, every item gets a decision, the meeting is finished. */
export async function holdSignoffMeeting(db: Db, w: SignoffWorld) {
  await recordAttendance(db, w.secretary, {
    meetingId: w.meeting.id,
    entries: [
      {
        participantId: w.participantId("Bent Byrådsmedlem"),
        presence: "absent",
        lateFromItemId: null,
        leftBeforeItemId: null,
        note: "",
      },
    ],
  });
  for (const item of [w.approving, ...w.items, w.eventuelt]) {
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
