import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createUser,
} from "../../test/factories.ts";
import { agendaItems, memberNotes } from "../db/schema/index.ts";
import { getAs, ORIGIN, postAs, sessionOf, testApp, type Who } from "./testing.ts";

/**
 * A member's private note saved by a script (the outbox, also after being offline): JSON in
 * and out, a 409 with the stored text when the note changed since the member's copy, a
 * withdrawn item keeps the note with a notice, a removed item is a Danish 404, never a 500.
 */

const database = useTestDatabase();
const app = () => testApp(database.current.db);
let meetingId: number;
let member: Who;
let otherMember: Who;

beforeAll(async () => {
  const { db } = database.current;
  const organisationId = (await createOrganisation(db)).id;
  const committeeId = (await createCommittee(db, { organisationId })).id;
  const roles = [{ role: "member" as const, committeeId }];
  member = await sessionOf(db, (await createUser(db, { organisationId, roles })).id);
  otherMember = await sessionOf(db, (await createUser(db, { organisationId, roles })).id);
  meetingId = (await createMeeting(db, { organisationId, committeeId, status: "agenda_published" }))
    .id;
});

async function newItem(): Promise<number> {
  return (await createAgendaItem(database.current.db, { meetingId })).id;
}

const noteUrl = (itemId: number) => `/app/moeder/${meetingId}/dagsorden/punkter/${itemId}/note`;

function saveJson(itemId: number, who: Who, body: unknown, csrf = who.csrf) {
  return app().request(noteUrl(itemId), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      origin: ORIGIN,
      cookie: who.cookie,
      "x-csrf-token": csrf,
    },
    body: JSON.stringify(body),
  });
}

type Answer = {
  ok?: boolean;
  updatedAt?: string;
  withdrawn?: boolean;
  notice?: string;
  error?: string;
  stored?: { note: string; updatedAt: string };
};

async function storedNote(itemId: number, userId: number) {
  const [row] = await database.current.db
    .select({ body: memberNotes.body })
    .from(memberNotes)
    .where(and(eq(memberNotes.agendaItemId, itemId), eq(memberNotes.userId, userId)));
  return row?.body ?? null;
}

describe("a member's note saved as JSON", () => {
  it("refuses a stale copy with both texts, and takes a copy made from the stored one", async () => {
    const itemId = await newItem();
    const first = await saveJson(itemId, member, { note: "Første tekst", base: "" });
    expect(first.status).toBe(200);
    const a = (await first.json()) as Answer;
    expect(a).toMatchObject({ ok: true, withdrawn: false, notice: "Noten er gemt." });
    // The other tab saves from the same (now current) copy.
    const second = await saveJson(itemId, member, { note: "Anden tekst", base: a.updatedAt });
    expect(second.status).toBe(200);
    const b = (await second.json()) as Answer;
    // The offline iPad still holds the first version.
    const stale = await saveJson(itemId, member, { note: "Skrevet offline", base: a.updatedAt });
    expect(stale.status).toBe(409);
    const clash = (await stale.json()) as Answer;
    expect(clash.error).toBe("Noten er ændret et andet sted, siden du hentede den.");
    expect(clash.stored).toEqual({ note: "Anden tekst", updatedAt: b.updatedAt });
    expect(await storedNote(itemId, member.userId)).toBe("Anden tekst");
    // The member merged and saves from the server's version.
    const merged = await saveJson(itemId, member, {
      note: "Anden tekst\nSkrevet offline",
      base: clash.stored?.updatedAt,
    });
    expect(merged.status).toBe(200);
    expect(await storedNote(itemId, member.userId)).toBe("Anden tekst\nSkrevet offline");
    expect(await storedNote(itemId, otherMember.userId)).toBeNull();
  });

  it("keeps a note written while the item was withdrawn, with a Danish notice", async () => {
    const itemId = await newItem();
    await database.current.db
      .update(agendaItems)
      .set({ withdrawnAt: new Date() })
      .where(eq(agendaItems.id, itemId));
    const res = await saveJson(itemId, member, { note: "Noget at huske", base: "" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      withdrawn: true,
      notice:
        "Punktet er trukket fra dagsordenen. Din note er gemt og står stadig her under punktet.",
    });
    expect(await storedNote(itemId, member.userId)).toBe("Noget at huske");
    const page = await (await getAs(app(), `/app/moeder/${meetingId}`, otherMember)).text();
    expect(page).not.toContain("Noget at huske");
  });

  it("answers a removed item, bad JSON and a missing CSRF token with 4xx, never a 500", async () => {
    const itemId = await newItem();
    await database.current.db.delete(agendaItems).where(eq(agendaItems.id, itemId));
    const gone = await saveJson(itemId, member, { note: "Tekst", base: "" });
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as Answer).error).toBe("Punktet findes ikke på dette møde.");
    const live = await newItem();
    const bad = await app().request(noteUrl(live), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        origin: ORIGIN,
        cookie: member.cookie,
        "x-csrf-token": member.csrf,
      },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect((await saveJson(live, member, { note: "x" }, "forkert")).status).toBe(403);
    expect(await storedNote(live, member.userId)).toBeNull();
  });

  it("still saves from the form without a script (post/redirect/get)", async () => {
    const itemId = await newItem();
    const res = await postAs(app(), noteUrl(itemId), member, { note: "Fra formularen" });
    expect(res.status).toBe(303);
    expect(await storedNote(itemId, member.userId)).toBe("Fra formularen");
  });

  it("never overwrites a newer note silently, whatever two devices send in turn", async () => {
    const opArb = fc.record({
      device: fc.constantFrom(0, 1),
      text: fc.constantFrom("a", "b", "c"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 6 }), async (ops) => {
        const itemId = await newItem();
        // The model: the stored text and its version; each device's copy of a version.
        let stored = { text: "", version: "" };
        const base = ["", ""];
        for (const op of ops) {
          const res = await saveJson(itemId, member, { note: op.text, base: base[op.device] });
          const answer = (await res.json()) as Answer;
          const fresh = base[op.device] === stored.version || op.text === stored.text;
          expect(res.status).toBe(fresh ? 200 : 409);
          if (fresh) {
            stored = { text: op.text, version: answer.updatedAt ?? "" };
            base[op.device] = stored.version;
          } else {
            expect(answer.stored?.note).toBe(stored.text);
            // The device takes the server's version (the member chose it).
            base[op.device] = answer.stored?.updatedAt ?? "";
          }
          expect((await storedNote(itemId, member.userId)) ?? "").toBe(stored.text);
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
