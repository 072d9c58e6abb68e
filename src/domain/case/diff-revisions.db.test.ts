import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { diffPieces, diffSides } from "../richtext/rich-diff.ts";
import { diffRevisions } from "./diff-revisions.ts";
import { getCase } from "./get-case.ts";
import { listRevisions } from "./list-revisions.ts";
import { returnCase } from "./return-case.ts";
import { saveCase } from "./save-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("diffRevisions", () => {
  it("shows the author the approver's edits word by word, per field, with who and when", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, {
      title: "Beslutning om budget",
      submitTo: world.approver,
    });
    const { version } = await getCase(db, world.approver, id);
    await saveCase(db, world.approver, {
      caseId: id,
      version,
      title: "Beslutning om budget for 2026",
      durationMinutes: 10,
      fields: [{ key: "resume", doc: docFromText("Et kort og klart resumé.") }],
    });
    await returnCase(db, world.approver, { caseId: id, comment: "Se mine rettelser." });
    const [latest, sent] = await listRevisions(db, world.author, id);
    const diff = await diffRevisions(db, world.author, {
      caseId: id,
      from: sent?.number ?? 0,
      to: latest?.number ?? 0,
    });
    expect(diff.to.author).toEqual({ id: world.approver.id, name: world.approver.name });
    expect(diff.to.createdAt).toBeInstanceOf(Date);
    expect(diff.facts.map((f) => [f.label, f.parts.filter((p) => p.kind !== "same")])).toEqual([
      ["Titel", [{ kind: "inserted", text: " for 2026" }]],
      ["Tidsforbrug (minutter)", [{ kind: "inserted", text: "10" }]],
    ]);
    const resume = diff.fields.find((f) => f.key === "resume");
    expect(resume).toMatchObject({ label: "Resumé", changed: true });
    const pieces = diffPieces(resume?.doc ?? { type: "doc", content: [] });
    expect(pieces.filter((p) => p.change)).toEqual([
      { change: "deleted", text: "Kort" },
      { change: "inserted", text: "Et kort og klart" },
    ]);
    expect(diffSides(resume?.doc ?? { type: "doc", content: [] })).toEqual({
      before: "Kort resumé.",
      after: "Et kort og klart resumé.",
    });
    expect(diff.fields.filter((f) => f.changed).map((f) => f.key)).toEqual(["resume"]);
  });

  it("diffs any two revisions, also backwards, from the empty start", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    const diff = await diffRevisions(db, world.author, { caseId: id, from: 2, to: 1 });
    const field = diff.fields.find((f) => f.key === "sagsfremstilling");
    expect(diffPieces(field?.doc ?? { type: "doc", content: [] })).toEqual([
      { change: "deleted", text: "Baggrund og vurdering." },
    ]);
  });

  it("answers unknown revisions and unreadable cases with not found", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    await expect(
      diffRevisions(db, world.author, { caseId: id, from: 1, to: 9 }),
    ).rejects.toMatchObject({
      status: 404,
      message: "Version 9 findes ikke.",
    });
    await expect(
      diffRevisions(db, world.approver, { caseId: id, from: 1, to: 2 }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
