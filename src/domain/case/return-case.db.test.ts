import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { auditLog } from "../../db/schema/index.ts";
import { listNotifications } from "../notification/list-notifications.ts";
import { getCase } from "./get-case.ts";
import { listComments } from "./list-comments.ts";
import { listRevisions } from "./list-revisions.ts";
import { returnCase } from "./return-case.ts";
import { saveCase } from "./save-case.ts";
import { submitCase } from "./submit-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("returnCase", () => {
  it("returns the case with a comment; the author revises it and sends it again", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    // The approver edits while reviewing: a revision by the approver.
    const before = await getCase(db, world.approver, id);
    await saveCase(db, world.approver, {
      caseId: id,
      version: before.version,
      fields: [{ key: "resume", doc: docFromText("Kort og præcist resumé.") }],
    });
    const returned = await returnCase(db, world.approver, {
      caseId: id,
      comment: "  Uddyb økonomien, tak.  ",
    });
    const seen = await getCase(db, world.author, id);
    expect(seen).toMatchObject({ status: "returned", permissions: { edit: true, submit: true } });
    const [thread] = await listComments(db, world.author, id);
    expect(thread).toMatchObject({
      id: returned.commentId,
      body: "Uddyb økonomien, tak.",
      author: { id: world.approver.id },
      fieldKey: null,
    });
    const revisions = await listRevisions(db, world.author, id);
    expect(revisions[0]?.author?.id).toBe(world.approver.id);
    const inbox = await listNotifications(db, world.author);
    expect(inbox.map((n) => n.kind)).toContain("case.returned");

    const revised = await saveCase(db, world.author, {
      caseId: id,
      version: seen.version,
      fields: [{ key: "sagsfremstilling", doc: docFromText("Økonomien er uddybet.") }],
    });
    await submitCase(db, world.author, {
      caseId: id,
      approverId: world.approver.id,
      version: revised.version,
    });
    expect((await getCase(db, world.approver, id)).status).toBe("submitted");
    const steps = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "case"), eq(auditLog.entityId, id)));
    expect(steps.map((s) => s.action)).toEqual([
      "case.created",
      "case.saved",
      "case.submitted",
      "case.saved",
      "case.returned",
      "case.saved",
      "case.submitted",
    ]);
  });

  it("requires a comment and the chosen approver, and nothing is written otherwise", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world, { submitTo: world.approver });
    await expect(
      returnCase(db, world.approver, { caseId: id, comment: "  " }),
    ).rejects.toMatchObject({
      status: 400,
      message: "Skriv en kommentar, der forklarer, hvad forfatteren skal rette.",
    });
    await expect(
      returnCase(db, world.author, { caseId: id, comment: "Nej" }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Kun den valgte godkender kan godkende sagen eller sende den retur.",
    });
    await expect(
      returnCase(db, world.otherApprover, { caseId: id, comment: "Nej" }),
    ).rejects.toMatchObject({ status: 404 });
    const view = await getCase(db, world.author, id);
    expect(view).toMatchObject({ status: "submitted", version });
    expect(await listComments(db, world.author, id)).toEqual([]);
  });
});
