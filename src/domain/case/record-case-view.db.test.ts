import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { caseViews } from "../../db/schema/index.ts";
import { loadCase } from "./load-case.ts";
import { lastSeenRevision, recordCaseView } from "./record-case-view.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("recordCaseView", () => {
  it("keeps one row per user and case with the revision last seen", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    const kase = await loadCase(db, world.author, id);
    expect(await lastSeenRevision(db, world.author, kase)).toBeNull();
    await recordCaseView(db, world.author, kase, 1);
    await Promise.all([
      recordCaseView(db, world.author, kase, 2),
      recordCaseView(db, world.author, kase, 2),
    ]);
    expect(await lastSeenRevision(db, world.author, kase)).toBe(2);
    const rows = await db.select().from(caseViews).where(eq(caseViews.caseId, id));
    expect(rows.map((r) => [r.userId, r.revision])).toEqual([[world.author.user.id, 2]]);
  });
});
