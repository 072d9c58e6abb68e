import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createAuthoringCommittee } from "../../../test/factories.ts";
import { auditLog, caseTemplateFields } from "../../db/schema/index.ts";
import { createCase } from "./create-case.ts";
import { getCase } from "./get-case.ts";
import { listRevisions } from "./list-revisions.ts";

const database = useTestDatabase();
let world: Awaited<ReturnType<typeof createAuthoringCommittee>>;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("createCase", () => {
  it("creates a draft with one empty field per template field, in order, flags copied", async () => {
    const { db } = database.current;
    const created = await createCase(db, world.author, {
      committeeId: world.committee.id,
      title: "  Beslutning om   nye åbningstider ",
    });
    const view = await getCase(db, world.author, created.id);
    expect(view).toMatchObject({
      status: "draft",
      version: 1,
      title: "Beslutning om nye åbningstider",
      purpose: "decision",
      author: { id: world.author.id, name: world.author.name },
      approver: null,
      permissions: { edit: true, submit: true, review: false, comment: true, share: true },
    });
    expect(view.fields.map((f) => [f.key, f.label, f.required, f.public, f.kind])).toEqual([
      ["indstilling", "Indstilling", true, true, "recommendations"],
      ["resume", "Resumé", true, true, "text"],
      ["sagsfremstilling", "Sagsfremstilling", true, true, "text"],
      ["noter", "Interne noter", false, false, "text"],
    ]);
    expect(view.fields[1]?.guidance).toBe("Højst fem linjer.");
    expect(view.fields.every((f) => f.text === "" && f.doc.content.length === 0)).toBe(true);
    const revisions = await listRevisions(db, world.author, created.id);
    expect(revisions.map((r) => [r.number, r.author?.id])).toEqual([[1, world.author.id]]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.filter((a) => a.entityType === "case").map((a) => a.action)).toEqual([
      "case.created",
    ]);
  });

  it("keeps the case's fields when the template changes afterwards", async () => {
    const { db } = database.current;
    const created = await createCase(db, world.author, {
      committeeId: world.committee.id,
      title: "Orientering om status",
    });
    await db
      .update(caseTemplateFields)
      .set({ label: "Ny overskrift", required: false })
      .where(eq(caseTemplateFields.templateId, world.template.id));
    await db.delete(caseTemplateFields).where(eq(caseTemplateFields.key, "noter"));
    const view = await getCase(db, world.author, created.id);
    expect(view.fields.map((f) => f.label)).toEqual([
      "Indstilling",
      "Resumé",
      "Sagsfremstilling",
      "Interne noter",
    ]);
    expect(view.fields.filter((f) => f.required)).toHaveLength(3);
  });

  it("refuses users without an authoring role, other committees and empty titles in Danish", async () => {
    const { db } = database.current;
    const input = { committeeId: world.committee.id, title: "Drøftelse af x" };
    await expect(createCase(db, world.approver, input)).rejects.toMatchObject({
      status: 403,
      message: "Du kan ikke oprette sager i dette udvalg. Det kræver rollen sagsproducent.",
    });
    await expect(createCase(db, world.strangerAuthor, input)).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      createCase(db, world.author, { ...input, committeeId: 999_999 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(createCase(db, world.author, { ...input, title: "   " })).rejects.toMatchObject({
      status: 400,
      message: "Skriv en titel.",
    });
    await expect(
      createCase(db, world.author, { ...input, title: "Orientering om x", purpose: "decision" }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/begynder med »Orientering«/) });
  });
});
