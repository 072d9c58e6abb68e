import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { listNotifications } from "../notification/list-notifications.ts";
import { approveCase } from "./approve-case.ts";
import { getCase } from "./get-case.ts";
import { saveCase } from "./save-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("approveCase", () => {
  it("approves and locks the case for the author; the secretary may still prepare it", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world, { submitTo: world.approver });
    const approved = await approveCase(db, world.approver, { caseId: id, version });
    expect(approved.version).toBe(version + 1);
    const byAuthor = await getCase(db, world.author, id);
    expect(byAuthor).toMatchObject({
      status: "approved",
      permissions: { edit: false, submit: false },
    });
    await expect(
      saveCase(db, world.author, { caseId: id, version: approved.version, durationMinutes: 20 }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Sagen er godkendt og låst. Kun udvalgets sekretær kan ændre den.",
    });
    const bySecretary = await getCase(db, world.secretary, id);
    expect(bySecretary.permissions.edit).toBe(true);
    await saveCase(db, world.secretary, {
      caseId: id,
      version: approved.version,
      durationMinutes: 20,
    });
    expect((await listNotifications(db, world.author)).map((n) => n.kind)).toContain(
      "case.approved",
    );
  });

  it("is only for the chosen approver of a submitted case", async () => {
    const { db } = database.current;
    const draft = await createWrittenCase(db, world);
    await expect(approveCase(db, world.author, { caseId: draft.id })).rejects.toMatchObject({
      status: 403,
      message: "Sagen er ikke sendt til godkendelse.",
    });
    const sent = await createWrittenCase(db, world, { submitTo: world.approver });
    await expect(approveCase(db, world.secretary, { caseId: sent.id })).rejects.toMatchObject({
      status: 403,
      message: "Kun den valgte godkender kan godkende sagen eller sende den retur.",
    });
    await approveCase(db, world.approver, { caseId: sent.id });
    await expect(approveCase(db, world.approver, { caseId: sent.id })).rejects.toMatchObject({
      message: "Sagen er ikke sendt til godkendelse.",
    });
  });
});
