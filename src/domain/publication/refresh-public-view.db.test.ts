import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../../test/factories.ts";
import { queryRows } from "../../db/client.ts";
import { agendaItems, auditLog, meetings } from "../../db/schema/index.ts";
import { searchArchive } from "../../search/search-archive.ts";
import { publicViewEvents } from "./public-view-events.ts";
import { type PublicChange, refreshPublicView } from "./refresh-public-view.ts";

const database = useTestDatabase();
const ids = { organisation: 0, minutes: 0, planned: 0, item: 0 };
const SECRET = "kvælstofhemmelighed";

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  const base = { organisationId: org.id, committeeId: committee.id };
  const minutes = await createMeeting(db, { ...base, status: "minutes_published" });
  const planned = await createMeeting(db, { ...base, startsAt: "2031-01-01 09:00:00" });
  const item = await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Orientering om havnen",
    fields: [{ label: "Sagsfremstilling", text: `Om ${SECRET} i havnen.` }],
  });
  Object.assign(ids, {
    organisation: org.id,
    minutes: minutes.id,
    planned: planned.id,
    item: item.id,
  });
});

let stop: () => void = () => {};
afterEach(() => stop());

const found = async (word: string) => {
  const outcome = await searchArchive(database.current.db, {
    query: word,
    sort: "relevance",
    page: 1,
  });
  return outcome.kind === "results" ? outcome.hits.length : 0;
};

const gate = (change: Partial<PublicChange> = {}) =>
  database.current.db.transaction((tx) =>
    refreshPublicView(tx, {
      kind: "item_updated",
      meetingIds: [ids.minutes, ids.planned],
      actorId: null,
      detail: { itemId: ids.item },
      ...change,
    }),
  );

const changes = () =>
  database.current.db
    .select({ entityId: auditLog.entityId, data: auditLog.data })
    .from(auditLog)
    .where(eq(auditLog.action, "publication.changed"));

describe("the publication gate", () => {
  it("brings search, the record and the caches in line for public meetings only", async () => {
    const seen: PublicChange[] = [];
    stop = publicViewEvents.subscribe((c) => seen.push(c));
    const result = await gate();
    expect(result.meetingIds).toEqual([ids.minutes]);
    expect(await found(SECRET)).toBe(1);
    expect(await changes()).toEqual([
      {
        entityId: ids.minutes,
        data: { kind: "item_updated", public: "minutes", itemId: ids.item },
      },
    ]);
    expect(seen.map((c) => [c.kind, c.meetingIds])).toEqual([["item_updated", [ids.minutes]]]);
  });

  it("takes closed content out of search as soon as the item is closed", async () => {
    const { db } = database.current;
    await db
      .update(agendaItems)
      .set({ closed: true, closureReason: "Personfølsomme oplysninger" })
      .where(eq(agendaItems.id, ids.item));
    expect(await found(SECRET)).toBe(1); // the write alone leaves the index behind
    await gate();
    expect(await found(SECRET)).toBe(0);
  });

  it("takes a meeting that is no longer public out of the index, and records that", async () => {
    const { db } = database.current;
    await db
      .update(meetings)
      .set({ status: "planned", agendaPublishedAt: null, minutesPublishedAt: null })
      .where(eq(meetings.id, ids.minutes));
    const result = await gate({ kind: "item_withdrawn" });
    expect(result.meetingIds).toEqual([ids.minutes]);
    const [left] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from search_documents where "meetingId" = ${ids.minutes}`,
    );
    expect(left?.n).toBe(0);
    const last = (await changes()).at(-1);
    expect(last).toEqual({
      entityId: ids.minutes,
      data: { kind: "item_withdrawn", public: null, itemId: ids.item },
    });
    // Neither public nor indexed now: the next change leaves no trace.
    const before = (await changes()).length;
    expect((await gate()).meetingIds).toEqual([]);
    expect(await changes()).toHaveLength(before);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "publication.changed"), eq(auditLog.entityId, ids.planned)));
    expect(rows).toEqual([]);
  });
});
