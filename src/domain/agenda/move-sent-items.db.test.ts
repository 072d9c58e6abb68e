import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
} from "../../../test/factories.ts";
import { createSentAgenda } from "../../../test/sent-agenda.ts";
import { agendaCorrections, agendaItems } from "../../db/schema/index.ts";
import { buildDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";
import { reorderAgenda } from "./reorder-agenda.ts";
import { sendCorrectedAgenda } from "./send-corrected-agenda.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let day = 0;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

/** A sent agenda of `count` items (no cases), answered as item ids in their order. */
const sentAgenda = (count: number, closed: number[] = []) =>
  createSentAgenda(database.current.db, world, {
    slot: day++,
    year: 2031,
    titles: Array.from({ length: count }, (_, n) => `Punkt om emne ${n + 1}`),
    closed,
  });

const movesOf = async (meetingId: number, sent: boolean) => {
  const rows = await database.current.db
    .select()
    .from(agendaCorrections)
    .where(and(eq(agendaCorrections.meetingId, meetingId), eq(agendaCorrections.kind, "moved")));
  return rows
    .filter((r) => (r.sentInVersion !== null) === sent)
    .map((r) => ({ itemId: r.agendaItemId, from: r.previousNumber, to: r.newNumber }))
    .sort((a, b) => a.itemId - b.itemId);
};

describe("moving items after the agenda went out", () => {
  it("records each sent item's new number against the number members last received", async () => {
    const { db } = database.current;
    const step = fc.oneof(
      fc.record({ kind: fc.constant("move" as const), at: fc.nat(4), up: fc.boolean() }),
      fc.record({ kind: fc.constant("send" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const { meetingId, ids } = await sentAgenda(5);
        let order = [...ids];
        // The number each item had in the last agenda members received.
        let received = new Map(ids.map((id, i) => [id, i + 1]));
        let version = 1;
        for (const s of steps) {
          if (s.kind === "send") {
            const pending = await movesOf(meetingId, false);
            if (pending.length === 0) continue;
            await sendCorrectedAgenda(db, world.secretary, { meetingId, agendaVersion: version });
            version++;
            received = new Map(order.map((id, i) => [id, i + 1]));
            continue;
          }
          const target = s.up ? s.at - 1 : s.at + 1;
          if (target < 0 || target >= order.length) continue;
          const itemId = order[s.at] as number;
          await reorderAgenda(db, world.secretary, {
            meetingId,
            itemId,
            direction: s.up ? "up" : "down",
          });
          order.splice(s.at, 1);
          order.splice(target, 0, itemId);
          order = [...order];
        }
        const expected = order
          .map((id, i) => ({ itemId: id, from: received.get(id) ?? 0, to: i + 1 }))
          .filter((m) => m.from !== m.to)
          .sort((a, b) => a.itemId - b.itemId);
        expect(await movesOf(meetingId, false)).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  });

  it("shows the moves to members and the public, in the new order, closed items too", async () => {
    const { db } = database.current;
    const { meetingId, ids } = await sentAgenda(3, [3]);
    await reorderAgenda(db, world.secretary, {
      meetingId,
      order: [ids[2], ids[0], ids[1]] as number[],
    });
    const pending = await getMeeting(db, meetingId);
    if (!pending) throw new Error("no meeting");
    const staff = buildDocument(pending, "internal")?.corrections?.lines ?? [];
    // In the new order of the agenda; the two items shifted alike are one line.
    expect(staff).toEqual([
      expect.stringMatching(
        /^Punkt 3 ».+« er flyttet og er nu punkt 1 \(ændret .*, ikke udsendt endnu\)\.$/,
      ),
      expect.stringMatching(
        /^Punkt 1–2 har fået nye numre og er nu punkt 2–3 \(ændret .*, ikke udsendt endnu\)\.$/,
      ),
    ]);
    expect(staff.join(" ")).not.toContain("Begrundelse");
    // The public reads the same change, without the secretary's »not sent yet«.
    expect(buildDocument(pending, "public")?.corrections?.lines).toEqual([
      staff[0]?.replace(", ikke udsendt endnu", ""),
      staff[1]?.replace(", ikke udsendt endnu", ""),
    ]);

    await sendCorrectedAgenda(db, world.secretary, { meetingId, agendaVersion: 1 });
    const sent = await getMeeting(db, meetingId);
    if (!sent) throw new Error("no meeting");
    const view = toPublicMeeting(sent);
    expect(view?.corrections?.map((c) => [c.kind, c.previousNumber, c.number, c.sent])).toEqual([
      ["moved", 3, 1, true],
      ["moved", 1, 2, true],
      ["moved", 2, 3, true],
    ]);
    const lines = buildDocument(sent, "public")?.corrections?.lines ?? [];
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).not.toContain("ikke udsendt");
    expect(view?.items.find((i) => i.number === 1)).toMatchObject({ closed: true });
  });

  it("says in one line that the sent items below a new first item got new numbers", async () => {
    const { db } = database.current;
    const { meetingId, ids } = await sentAgenda(5);
    const late = await createAgendaItem(db, { meetingId, title: "Nyt punkt" });
    await reorderAgenda(db, world.secretary, { meetingId, order: [late.id, ...ids] });
    const meeting = await getMeeting(db, meetingId);
    if (!meeting) throw new Error("no meeting");
    expect(buildDocument(meeting, "internal")?.corrections?.lines).toEqual([
      expect.stringMatching(
        /^Punkt 1–5 har fået nye numre og er nu punkt 2–6 \(ændret .*, ikke udsendt endnu\)\.$/,
      ),
    ]);
  });

  it("says in one line that two neighbours swapped places", async () => {
    const { db } = database.current;
    const { meetingId, ids } = await sentAgenda(4);
    await reorderAgenda(db, world.secretary, {
      meetingId,
      itemId: ids[1] as number,
      direction: "down",
    });
    const meeting = await getMeeting(db, meetingId);
    if (!meeting) throw new Error("no meeting");
    for (const audience of ["internal", "public"] as const) {
      expect(buildDocument(meeting, audience)?.corrections?.lines).toEqual([
        expect.stringMatching(
          /^Punkt 2 »Punkt om emne 2« og punkt 3 »Punkt om emne 3« har byttet plads \(ændret \d/,
        ),
      ]);
    }
  });

  it("records nothing before the agenda is sent", async () => {
    const { db } = database.current;
    const { meetingId, ids } = await sentAgenda(2);
    await db
      .update(agendaItems)
      .set({ publishedInVersion: null })
      .where(eq(agendaItems.meetingId, meetingId));
    await reorderAgenda(db, world.secretary, { meetingId, order: [ids[1], ids[0]] as number[] });
    expect(await movesOf(meetingId, false)).toEqual([]);
  });
});
