import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { listNotifications } from "../notification/list-notifications.ts";
import { addComment } from "./add-comment.ts";
import { getCase } from "./get-case.ts";
import { listComments } from "./list-comments.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("addComment", () => {
  it("threads replies under the first comment and keeps its field and anchor", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    const first = await addComment(db, world.approver, {
      caseId: id,
      fieldKey: "resume",
      anchor: "c-1",
      body: "Er tallet rigtigt?",
    });
    const reply = await addComment(db, world.author, {
      caseId: id,
      parentId: first.id,
      fieldKey: "sagsfremstilling",
      body: "Ja, det er tjekket.",
    });
    // A reply to a reply still joins the first comment's thread.
    await addComment(db, world.secretary, { caseId: id, parentId: reply.id, body: "Fint." });
    const threads = await listComments(db, world.author, id);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: first.id, fieldKey: "resume", anchor: "c-1" });
    expect(threads[0]?.replies.map((r) => [r.body, r.author.id, r.fieldKey, r.anchor])).toEqual([
      ["Ja, det er tjekket.", world.author.id, "resume", "c-1"],
      ["Fint.", world.secretary.id, "resume", "c-1"],
    ]);
  });

  it("notifies mentioned colleagues who can read the case and reports the others", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    const result = await addComment(db, world.author, {
      caseId: id,
      body: `@${world.secretary.email.toUpperCase()} og @${world.outsider.email}, se venligst. @ukendt@x.dk.`,
      mentionUserIds: [world.approver.id, world.author.id],
    });
    expect(result.notified.sort()).toEqual([world.approver.id, world.secretary.id].sort());
    expect(result.unreached).toEqual([world.outsider.email.toLowerCase(), "ukendt@x.dk"]);
    const inbox = await listNotifications(db, world.secretary, { unreadOnly: true });
    expect(inbox[0]).toMatchObject({ kind: "mention", caseId: id, commentId: result.id });
    expect(await listNotifications(db, world.outsider)).toEqual([]);
  });

  it("refuses empty bodies, bad anchors, unknown fields and foreign threads in Danish", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    const other = await createWrittenCase(db, world);
    const foreign = await addComment(db, world.author, { caseId: other.id, body: "Andet" });
    const refusals: [Parameters<typeof addComment>[2], string][] = [
      [{ caseId: id, body: "  " }, "Skriv en kommentar."],
      [
        { caseId: id, body: "x", fieldKey: "resume", anchor: "<script>" },
        "Kommentarens markering i teksten er ugyldig.",
      ],
      [
        { caseId: id, body: "x", anchor: "c-1" },
        "En markering i teksten kræver, at feltet er angivet.",
      ],
      [
        { caseId: id, body: "x", fieldKey: "findes-ikke" },
        "Feltet »findes-ikke« findes ikke i sagen.",
      ],
      [
        { caseId: id, body: "x", parentId: foreign.id },
        "Kommentaren, du svarer på, findes ikke i denne sag.",
      ],
    ];
    for (const [input, message] of refusals) {
      await expect(addComment(db, world.author, input)).rejects.toMatchObject({
        status: 400,
        message,
      });
    }
    expect(await listComments(db, world.author, id)).toEqual([]);
  });

  it("lets only those who can read the case comment: drafts stay with the authors", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    for (const who of [world.approver, world.secretary, world.outsider]) {
      await expect(addComment(db, who, { caseId: id, body: "Hej" })).rejects.toMatchObject({
        status: 404,
      });
    }
  });

  it("stores the comment mark for commenters who may not edit, when only marks change", async () => {
    const { db } = database.current;
    const { id, version } = await createWrittenCase(db, world, { submitTo: world.approver });
    const marked = (text: string) => ({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Kort", marks: [{ type: "comment", attrs: { id: "m-1" } }] },
            { type: "text", text },
          ],
        },
      ],
    });
    const input = { caseId: id, fieldKey: "resume", anchor: "m-1", body: "Hvor kort?" };
    await expect(
      addComment(db, world.author, { ...input, markedDoc: marked(" og ændret."), version }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^Teksten er ændret/) });
    await expect(
      addComment(db, world.author, {
        ...input,
        markedDoc: marked(" resumé."),
        version: version - 1,
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await listComments(db, world.author, id)).toEqual([]);
    const result = await addComment(db, world.author, {
      ...input,
      markedDoc: marked(" resumé."),
      version,
    });
    expect(result.version).toBe(version + 1);
    const view = await getCase(db, world.approver, id);
    expect(view.version).toBe(version + 1);
    expect(view.fields.find((f) => f.key === "resume")?.doc).toEqual(marked(" resumé."));
    const [thread] = await listComments(db, world.approver, id);
    expect(thread).toMatchObject({ anchor: "m-1", detached: false });
  });
});
