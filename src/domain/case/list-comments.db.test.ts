import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { addComment } from "./add-comment.ts";
import { getCase } from "./get-case.ts";
import { listComments } from "./list-comments.ts";
import { saveCase } from "./save-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

const marked = (text: string, anchor: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [{ type: "text", text, marks: [{ type: "comment", attrs: { id: anchor } }] }],
    },
  ],
});

describe("listComments", () => {
  it("shows threads in order and says when their marked text is gone", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world);
    await saveCase(db, world.author, {
      caseId: id,
      version,
      fields: [{ key: "resume", doc: marked("Kort resumé.", "a-1") }],
    });
    await addComment(db, world.author, {
      caseId: id,
      fieldKey: "resume",
      anchor: "a-1",
      body: "Første",
    });
    await addComment(db, world.author, {
      caseId: id,
      fieldKey: "resume",
      anchor: "a-2",
      body: "Anden",
    });
    await addComment(db, world.author, { caseId: id, body: "Om hele sagen" });
    let threads = await listComments(db, world.author, id);
    expect(threads.map((t) => [t.body, t.detached])).toEqual([
      ["Første", false],
      ["Anden", true],
      ["Om hele sagen", false],
    ]);
    const { version: now } = await getCase(db, world.author, id);
    await saveCase(db, world.author, {
      caseId: id,
      version: now,
      fields: [{ key: "resume", doc: docFromText("Noget helt andet står her nu.") }],
    });
    threads = await listComments(db, world.author, id);
    expect(threads[0]?.detached).toBe(true);
  });

  it("keeps a thread anchored through a save that drops its mark but keeps its text", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world);
    await saveCase(db, world.author, {
      caseId: id,
      version,
      fields: [{ key: "resume", doc: marked("Kort resumé.", "b-1") }],
    });
    await addComment(db, world.author, {
      caseId: id,
      fieldKey: "resume",
      anchor: "b-1",
      body: "Uddyb",
    });
    // E.g. the field comes back from Word: the text edited around the mark, the mark gone.
    const { version: now } = await getCase(db, world.author, id);
    await saveCase(db, world.author, {
      caseId: id,
      version: now,
      fields: [{ key: "resume", doc: docFromText("Et kort resumé. Med en ny sætning.") }],
    });
    const [thread] = await listComments(db, world.author, id);
    expect(thread?.detached).toBe(false);
    const view = await getCase(db, world.author, id);
    const resume = view.fields.find((f) => f.key === "resume");
    expect(JSON.stringify(resume?.doc)).toContain('"id":"b-1"');
  });

  it("is not found for those who cannot read the case", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    await expect(listComments(db, world.secretary, id)).rejects.toMatchObject({ status: 404 });
  });
});
