import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { auditLog, committees } from "../../db/schema/index.ts";
import { createCase } from "../case/create-case.ts";
import { getCase } from "../case/get-case.ts";
import { getCommitteeTemplate } from "./get-committee-template.ts";
import { updateTemplate } from "./update-template.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

const fields = [
  {
    key: "resume",
    label: " Resumé ",
    guidance: "Højst fem linjer.",
    example: "Sagen handler om …",
    required: true,
  },
  { key: "oekonomi", label: "Økonomi", guidance: "Beløb og år.", required: true, public: false },
  { key: "indstilling", label: "Indstilling", required: true, kind: "recommendations" as const },
];

describe("updateTemplate", () => {
  it("replaces the fields for new cases; existing cases keep theirs", async () => {
    const { db } = database.current;
    const existing = await createWrittenCase(db, world);
    const result = await updateTemplate(db, world.admin, {
      committeeId: world.committee.id,
      name: "Sagsskabelon 2026",
      fields,
    });
    expect(result).toEqual({ templateId: world.template.id, forked: false });
    const template = await getCommitteeTemplate(db, world.author, world.committee.id);
    expect(template?.name).toBe("Sagsskabelon 2026");
    expect(template?.fields).toEqual([
      {
        key: "resume",
        label: "Resumé",
        guidance: "Højst fem linjer.",
        example: "Sagen handler om …",
        required: true,
        public: true,
        kind: "text",
      },
      {
        key: "oekonomi",
        label: "Økonomi",
        guidance: "Beløb og år.",
        example: "",
        required: true,
        public: false,
        kind: "text",
      },
      {
        key: "indstilling",
        label: "Indstilling",
        guidance: "",
        example: "",
        required: true,
        public: true,
        kind: "recommendations",
      },
    ]);
    const old = await getCase(db, world.author, existing.id);
    expect(old.fields.map((f) => f.key)).toEqual([
      "indstilling",
      "resume",
      "sagsfremstilling",
      "noter",
    ]);
    expect(old.fields.find((f) => f.key === "sagsfremstilling")?.text).toBe(
      "Baggrund og vurdering.",
    );
    const created = await createCase(db, world.author, {
      committeeId: world.committee.id,
      title: "Orientering om ny skabelon",
    });
    const fresh = await getCase(db, world.author, created.id);
    expect(fresh.fields.map((f) => [f.key, f.public])).toEqual([
      ["resume", true],
      ["oekonomi", false],
      ["indstilling", true],
    ]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "template.updated"));
    expect(audit).toMatchObject({ actorId: world.admin.id, entityId: world.template.id });
  });

  it("copies a template other committees use, so only this committee changes", async () => {
    const { db } = database.current;
    const sibling = await createCommittee(db, {
      organisationId: world.organisationId,
      caseTemplateId: world.template.id,
    });
    const result = await updateTemplate(db, world.admin, {
      committeeId: world.committee.id,
      fields: [{ key: "anledning", label: "Anledning" }],
    });
    expect(result.forked).toBe(true);
    expect(result.templateId).not.toBe(world.template.id);
    const [s] = await db.select().from(committees).where(eq(committees.id, sibling.id));
    expect(s?.caseTemplateId).toBe(world.template.id);
    const mine = await getCommitteeTemplate(db, world.admin, world.committee.id);
    expect(mine?.fields.map((f) => f.key)).toEqual(["anledning"]);
  });

  it("is for administrators only and refuses bad fields in Danish, changing nothing", async () => {
    const { db } = database.current;
    const before = await getCommitteeTemplate(db, world.admin, world.committee.id);
    const input = { committeeId: world.committee.id, fields };
    for (const who of [world.secretary, world.author]) {
      await expect(updateTemplate(db, who, input)).rejects.toMatchObject({
        status: 403,
        message: "Kun en administrator kan ændre udvalgets sagsskabelon.",
      });
    }
    await expect(updateTemplate(db, world.outsider, input)).rejects.toMatchObject({ status: 404 });
    const bad: [unknown[], string][] = [
      [[], "Skabelonen skal have mindst ét felt."],
      [
        [{ key: "Økonomi", label: "Økonomi" }],
        "Feltnøglen »Økonomi« er ugyldig. Brug små bogstaver a-z, tal og bindestreg (højst 40 tegn).",
      ],
      [
        [
          { key: "a", label: "A" },
          { key: "a", label: "B" },
        ],
        "Feltnøglen »a« er brugt mere end én gang.",
      ],
      [[{ key: "a", label: "  " }], "Felt nr. 1 mangler en overskrift."],
      [
        [
          { key: "a", label: "A", kind: "recommendations" },
          { key: "b", label: "B", kind: "recommendations" },
        ],
        "Skabelonen må højst have ét indstillingsfelt.",
      ],
    ];
    for (const [badFields, message] of bad) {
      await expect(
        updateTemplate(db, world.admin, { ...input, fields: badFields as typeof fields }),
      ).rejects.toMatchObject({ status: 400, message });
    }
    expect(await getCommitteeTemplate(db, world.admin, world.committee.id)).toEqual(before);
  });
});
