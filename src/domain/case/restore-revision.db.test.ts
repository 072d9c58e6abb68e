import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { getCase } from "./get-case.ts";
import { listRevisions } from "./list-revisions.ts";
import { restoreRevision } from "./restore-revision.ts";
import { saveCase } from "./save-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("restoreRevision", () => {
  it("makes an earlier revision the newest one, keeping the ones in between", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world);
    const edited = await saveCase(db, world.author, {
      caseId: id,
      version,
      title: "Drøftelse af noget helt andet",
      fields: [{ key: "resume", doc: docFromText("Et forkert resumé.") }],
    });
    const restored = await restoreRevision(db, world.author, {
      caseId: id,
      number: 2,
      version: edited.version,
    });
    expect(restored).toEqual({ version: edited.version + 1, revision: 4 });
    const view = await getCase(db, world.author, id);
    expect(view.title).toMatch(/^Beslutning om sag/);
    expect(view.purpose).toBe("decision");
    expect(view.fields.find((f) => f.key === "resume")?.text).toBe("Kort resumé.");
    const revisions = await listRevisions(db, world.author, id);
    expect(revisions.map((r) => [r.number, r.restoredFrom])).toEqual([
      [4, 2],
      [3, null],
      [2, null],
      [1, null],
    ]);
  });

  it("needs the current version and edit rights", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world, { submitTo: world.approver });
    await expect(
      restoreRevision(db, world.author, { caseId: id, number: 1, version }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      restoreRevision(db, world.approver, { caseId: id, number: 1, version: version - 1 }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      restoreRevision(db, world.approver, { caseId: id, number: 7, version }),
    ).rejects.toMatchObject({ status: 404, message: "Version 7 findes ikke." });
  });
});
