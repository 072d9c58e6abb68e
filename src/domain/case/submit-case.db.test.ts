import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { DomainError } from "../domain-error.ts";
import { listNotifications } from "../notification/list-notifications.ts";
import { createCase } from "./create-case.ts";
import { getCase } from "./get-case.ts";
import { saveCase } from "./save-case.ts";
import { submitCase } from "./submit-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("submitCase", () => {
  it("sends a case to the chosen approver, who is notified; the author can no longer edit it", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world);
    const result = await submitCase(db, world.author, {
      caseId: id,
      approverId: world.approver.id,
      version,
    });
    expect(result).toEqual({ version: version + 1, revision: 2 });
    const seenByApprover = await getCase(db, world.approver, id);
    expect(seenByApprover).toMatchObject({
      status: "submitted",
      approver: { id: world.approver.id },
      permissions: { edit: true, review: true, submit: false },
    });
    const seenByAuthor = await getCase(db, world.author, id);
    expect(seenByAuthor.permissions).toMatchObject({ edit: false, submit: false, comment: true });
    await expect(
      saveCase(db, world.author, { caseId: id, version: result.version, durationMinutes: 10 }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Sagen er sendt til godkendelse. Kun den valgte godkender kan ændre den nu.",
    });
    const inbox = await listNotifications(db, world.approver);
    expect(inbox[0]).toMatchObject({
      kind: "case.submitted",
      caseId: id,
      actor: world.author.name,
    });
    // Other approvers of the committee do not see it.
    await expect(getCase(db, world.otherApprover, id)).rejects.toMatchObject({ status: 404 });
  });

  it("names every empty required field and other problems in one Danish message", async () => {
    const { db } = database.current;
    const created = await createCase(db, world.author, {
      committeeId: world.committee.id,
      title: "Nye åbningstider",
    });
    await saveCase(db, world.author, {
      caseId: created.id,
      version: 1,
      fields: [{ key: "indstilling", doc: docFromText("Vi foreslår nye tider.") }],
    });
    const error = (await submitCase(db, world.author, {
      caseId: created.id,
      approverId: world.approver.id,
    }).catch((e: unknown) => e)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      "Udfyld »Resumé«.",
      "Udfyld »Sagsfremstilling«.",
      "Vælg sagens formål (Orientering, Drøftelse, Beslutning eller Temadrøftelse).",
      "Skriv »Indstilling« som en nummereret liste, hvor hvert punkt begynder med »at«.",
    ]);
    expect(error.message).toBe("Sagen kan ikke sendes til godkendelse. Ret dette først:");
    expect(error.targets).toEqual([
      "field:resume",
      "field:sagsfremstilling",
      "purpose",
      "field:indstilling",
    ]);
    expect((await getCase(db, world.author, created.id)).status).toBe("draft");
  });

  it("accepts only an approver of the committee, never the author", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    for (const who of [world.secretary, world.coAuthor, world.outsider]) {
      await expect(
        submitCase(db, world.author, { caseId: id, approverId: who.id }),
      ).rejects.toMatchObject({
        message: "Den valgte person kan ikke godkende sager i dette udvalg.",
      });
    }
    await expect(
      submitCase(db, world.author, { caseId: id, approverId: 2_147_483_648 }),
    ).rejects.toMatchObject({ message: "Vælg en godkender." });
    await expect(
      submitCase(db, world.approver, { caseId: id, approverId: world.approver.id }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a stale version and a case that is already submitted", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world);
    await expect(
      submitCase(db, world.author, {
        caseId: id,
        approverId: world.approver.id,
        version: version - 1,
      }),
    ).rejects.toMatchObject({ status: 409 });
    await submitCase(db, world.author, { caseId: id, approverId: world.approver.id });
    await expect(
      submitCase(db, world.author, { caseId: id, approverId: world.approver.id }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Sagen kan kun sendes til godkendelse, når den er en kladde eller sendt retur.",
    });
  });
});
