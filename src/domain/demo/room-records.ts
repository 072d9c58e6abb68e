import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import {
  attendance,
  conflictsOfInterest,
  meetingParticipants,
  minutesSignoffs,
  speakerRequests,
  votes,
} from "../../db/schema/index.ts";
import { copenhagenToInstant } from "../meeting/copenhagen-time.ts";
import type { DemoCommittee } from "./committees.ts";
import type { MeetingDraft } from "./plan-meetings.ts";
import { demoSubstitutes } from "./rosters.ts";

/** One demo meeting as inserted: its ids in the order of the plan. */
export interface InsertedMeeting {
  id: number;
  draft: MeetingDraft;
  startsAt: string;
  minutesPublishedAt: Date | null;
  participantIds: number[];
  itemIds: number[];
}

const MINUTE = 60_000;

/** True for a demo meeting that took place (its minutes are out). */
export const wasHeld = (m: MeetingDraft) => m.status.startsWith("minutes");

/**
 * When a held demo meeting took each item up and left it: one after the other from the
 * meeting's start, each for its case's planned duration (at least five minutes), with a minute
 * between them. Null times for a meeting not held.
 */
export function demoItemTimes(
  startsAt: string,
  draft: MeetingDraft,
): { startedAt: Date | null; endedAt: Date | null }[] {
  let cursor = copenhagenToInstant(startsAt)?.getTime() ?? 0;
  return draft.items.map((item) => {
    if (!wasHeld(draft)) return { startedAt: null, endedAt: null };
    const startedAt = new Date(cursor);
    cursor += Math.max(5, item.case.durationMinutes) * MINUTE;
    const endedAt = new Date(cursor);
    cursor += MINUTE;
    return { startedAt, endedAt };
  });
}

/**
 * What a held demo meeting recorded in the room, so a newcomer sees every feature: item start
 * and end times, a substitute for a member who sent apologies, a late arrival noted in the
 * minutes, an inhabil member, a named vote and a vote counted per party (political committees),
 * speaker lists, and the members' sign-offs of the published minutes (§13).
 */
export async function insertDemoRoomRecords(
  tx: Tx,
  spec: DemoCommittee,
  inserted: InsertedMeeting[],
  people: { userIds: Map<string, number>; personIds: Map<string, number> },
): Promise<void> {
  const substitutes = demoSubstitutes(spec.name);
  const names = spec.members.map((p) => p.name);
  const partyOf = (name: string) =>
    /, ([^,]+)$/.exec(spec.members.find((p) => p.name === name)?.title ?? "")?.[1] ?? name;
  const extra: (typeof meetingParticipants.$inferInsert)[] = [];
  const rows = {
    attendance: [] as (typeof attendance.$inferInsert)[],
    conflicts: [] as (typeof conflictsOfInterest.$inferInsert)[],
    votes: [] as (typeof votes.$inferInsert)[],
    speakers: [] as (typeof speakerRequests.$inferInsert)[],
    signoffs: [] as (typeof minutesSignoffs.$inferInsert)[],
  };
  for (const m of inserted.filter((x) => wasHeld(x.draft))) {
    const { draft, itemIds, participantIds } = m;
    const span = demoItemTimes(m.startsAt, draft);
    const start = span[0]?.startedAt?.getTime() ?? 0;
    const absent = new Set(draft.absent);
    // A substitute stands in for the first absent member who has one on the roster.
    const standIn = draft.absent
      .map((index) => ({ index, sub: substitutes.find((s) => s.for === names[index]) }))
      .find((x) => x.sub);
    if (standIn?.sub) {
      extra.push({
        meetingId: m.id,
        position: names.length,
        name: standIn.sub.name,
        title: `Stedfortræder for ${names[standIn.index]}`,
        userId: people.userIds.get(standIn.sub.name) ?? null,
        personId: people.personIds.get(standIn.sub.name) ?? null,
        substituteForId: participantIds[standIn.index] ?? null,
      });
    }
    const present = names.map((_, i) => i).filter((i) => !absent.has(i));
    const late = present.find((i) => i >= 3);
    const secondItem = itemIds[1];
    const at = span[1]?.startedAt;
    if (late !== undefined && secondItem !== undefined && at) {
      const clock = at.toLocaleTimeString("da-DK", {
        timeZone: "Europe/Copenhagen",
        hour: "2-digit",
        minute: "2-digit",
      });
      rows.attendance.push({
        meetingId: m.id,
        participantId: participantIds[late] as number,
        status: "arrived_late",
        agendaItemId: secondItem,
        note: `kl. ${clock}`,
        showInMinutes: true,
      });
    }
    const inhabilIndex = present.find((i) => i !== late && i >= 1);
    const caseItems = draft.items.map((it, i) => ({ it, i })).filter((x) => !x.it.standing);
    const inhabilItem = caseItems.at(-1);
    if (inhabilIndex !== undefined && inhabilItem && caseItems.length > 1) {
      rows.conflicts.push({
        agendaItemId: itemIds[inhabilItem.i] as number,
        participantId: participantIds[inhabilIndex] as number,
        note: "Erklærede sig inhabil og forlod mødet under punktets behandling.",
      });
    }
    const presentAt = (i: number) =>
      present.filter(
        (p) => !(p === late && i < 1) && !(p === inhabilIndex && inhabilItem?.i === i),
      );
    if (spec.kind === "political") {
      const decided = caseItems.filter((x) => x.it.decision?.outcome === "decided");
      const named = decided[0];
      if (named) {
        const voters = presentAt(named.i).map((p) => names[p] as string);
        if (voters.length >= 4) {
          rows.votes.push({
            agendaItemId: itemIds[named.i] as number,
            position: 0,
            subject: "Indstillingen",
            inFavour: voters.slice(0, -2),
            against: voters.slice(-2, -1),
            abstaining: voters.slice(-1),
            forCount: null,
            againstCount: null,
            abstainCount: null,
          });
        }
      }
      const counted = decided[1];
      if (counted) {
        const voters = presentAt(counted.i).map((p) => names[p] as string);
        const parties = [...new Set(voters.map(partyOf))];
        if (parties.length >= 3) {
          const against = parties.slice(-1);
          const forParties = parties.slice(0, -1);
          // As the meeting mode records a vote by party: each party with its votes.
          const withCount = (party: string) =>
            `${party} (${voters.filter((v) => partyOf(v) === party).length})`;
          rows.votes.push({
            agendaItemId: itemIds[counted.i] as number,
            position: 0,
            subject: "Indstillingen",
            inFavour: forParties.map(withCount),
            against: against.map(withCount),
            abstaining: [],
            forCount: voters.filter((v) => forParties.includes(partyOf(v))).length,
            againstCount: voters.filter((v) => against.includes(partyOf(v))).length,
            abstainCount: 0,
          });
        }
      }
    }
    for (const { i } of caseItems.slice(0, 2)) {
      const speakers = presentAt(i).slice(0, 3);
      const itemStart = span[i]?.startedAt?.getTime() ?? start;
      speakers.forEach((p, position) => {
        const from = itemStart + (1 + position * 3) * MINUTE;
        rows.speakers.push({
          meetingId: m.id,
          agendaItemId: itemIds[i] as number,
          participantId: participantIds[p] as number,
          position,
          requestedAt: new Date(itemStart + MINUTE / 2),
          startedAt: new Date(from),
          endedAt: new Date(from + 2 * MINUTE + position * 20_000),
        });
      });
    }
    const published = m.minutesPublishedAt?.getTime();
    if (published) {
      const signers = draft.status === "minutes_approved" ? present : present.slice(0, 3);
      signers.forEach((p, k) => {
        rows.signoffs.push({
          meetingId: m.id,
          participantId: participantIds[p] as number,
          userId: people.userIds.get(names[p] as string) ?? null,
          signedAt: new Date(published + (k + 1) * 97 * MINUTE),
        });
      });
    }
  }
  await insertRows(tx, meetingParticipants, extra);
  await insertRows(tx, attendance, rows.attendance);
  await insertRows(tx, conflictsOfInterest, rows.conflicts);
  await insertRows(tx, votes, rows.votes);
  await insertRows(tx, speakerRequests, rows.speakers);
  await insertRows(tx, minutesSignoffs, rows.signoffs);
}
