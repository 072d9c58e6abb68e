import { and, eq, inArray, isNull } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { type AuthoringCommittee, createAuthoringCommittee } from "../../../test/factories.ts";
import { createSentAgenda } from "../../../test/sent-agenda.ts";
import { agendaCorrections, agendaItems } from "../../db/schema/index.ts";
import { buildDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { sendCorrectedAgenda } from "./send-corrected-agenda.ts";
import { updateAgendaItem } from "./update-agenda-item.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let day = 0;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

const TITLE = "Salg af grund";

/** A sent agenda of two open items, answered as the meeting and the second item. */
async function sentAgenda() {
  const { meetingId, ids } = await createSentAgenda(database.current.db, world, {
    slot: day++,
    year: 2032,
    titles: ["Godkendelse af dagsorden", TITLE],
  });
  return { meetingId, itemId: ids[1] as number };
}

const setOpenness = (meetingId: number, itemId: number, closed: boolean, reason = "") =>
  updateAgendaItem(database.current.db, world.secretary, {
    meetingId,
    itemId,
    changes: {
      title: TITLE,
      durationMinutes: null,
      closed,
      closureReason: reason,
      openDecision: "",
    },
  });

const pendingOpenness = (meetingId: number) =>
  database.current.db
    .select({ kind: agendaCorrections.kind, reason: agendaCorrections.reason })
    .from(agendaCorrections)
    .where(
      and(
        eq(agendaCorrections.meetingId, meetingId),
        inArray(agendaCorrections.kind, ["closed", "opened"]),
        isNull(agendaCorrections.sentInVersion),
      ),
    );

async function linesOf(meetingId: number, kind: "internal" | "public") {
  const meeting = await getMeeting(database.current.db, meetingId);
  if (!meeting) throw new Error("no meeting");
  return buildDocument(meeting, kind)?.corrections?.lines ?? [];
}

describe("closing or opening an item after the agenda went out", () => {
  it("tells members of the change from what they last received, and nothing else", async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("close" as const),
        reason: fc.constantFrom("Personoplysninger", "Forhandlinger med en køber"),
      }),
      fc.record({ kind: fc.constant("open" as const) }),
      fc.record({ kind: fc.constant("send" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const { meetingId, itemId } = await sentAgenda();
        let version = 1;
        let received = false;
        let closed = false;
        let reason = "";
        for (const s of steps) {
          if (s.kind === "send") {
            if ((await pendingOpenness(meetingId)).length === 0) continue;
            await sendCorrectedAgenda(database.current.db, world.secretary, {
              meetingId,
              agendaVersion: version,
            });
            version++;
            received = closed;
            continue;
          }
          closed = s.kind === "close";
          reason = s.kind === "close" ? s.reason : "";
          await setOpenness(meetingId, itemId, closed, reason);
        }
        const expected =
          closed === received ? [] : [{ kind: closed ? "closed" : "opened", reason }];
        expect(await pendingOpenness(meetingId)).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });

  it("says so in the corrections, with the reason for staff only", async () => {
    const { meetingId, itemId } = await sentAgenda();
    await setOpenness(meetingId, itemId, true, "Personoplysninger");
    expect(await linesOf(meetingId, "internal")).toEqual([
      expect.stringMatching(
        /^Punkt 2 »Salg af grund« behandles nu for lukkede døre \(ændret .*, ikke udsendt endnu\)\. Begrundelse: Personoplysninger$/,
      ),
    ]);
    await sendCorrectedAgenda(database.current.db, world.secretary, {
      meetingId,
      agendaVersion: 1,
    });
    const published = await linesOf(meetingId, "public");
    expect(published).toEqual([
      expect.stringMatching(
        /^Punkt 2 »Salg af grund« behandles nu for lukkede døre \(ændret [^»]*\)\.$/,
      ),
    ]);

    await setOpenness(meetingId, itemId, false);
    expect((await linesOf(meetingId, "internal")).at(-1)).toMatch(
      /^Punkt 2 »Salg af grund« er nu et åbent punkt \(ændret [^»]*, ikke udsendt endnu\)\.$/,
    );
  });

  it("records nothing for an item that has not gone out", async () => {
    const { meetingId, itemId } = await sentAgenda();
    await database.current.db
      .update(agendaItems)
      .set({ publishedInVersion: null })
      .where(eq(agendaItems.id, itemId));
    await setOpenness(meetingId, itemId, true, "Personoplysninger");
    expect(await pendingOpenness(meetingId)).toEqual([]);
  });
});
