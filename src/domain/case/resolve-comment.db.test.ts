import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { auditLog } from "../../db/schema/index.ts";
import { addComment } from "./add-comment.ts";
import { listComments } from "./list-comments.ts";
import { reopenComment } from "./reopen-comment.ts";
import { resolveComment } from "./resolve-comment.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("resolveComment and reopenComment", () => {
  it("resolve and reopen the whole thread, by whom, audited; repeating changes nothing", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    const first = await addComment(db, world.approver, {
      caseId: id,
      fieldKey: "resume",
      body: "Kortere?",
    });
    const reply = await addComment(db, world.author, {
      caseId: id,
      parentId: first.id,
      body: "Rettet.",
    });
    expect(await resolveComment(db, world.author, { commentId: reply.id })).toEqual({
      threadId: first.id,
      changed: true,
    });
    expect(await resolveComment(db, world.approver, { commentId: first.id })).toMatchObject({
      changed: false,
    });
    const [resolved] = await listComments(db, world.approver, id);
    expect(resolved?.resolvedAt).toBeInstanceOf(Date);
    expect(resolved?.resolvedBy).toEqual({ id: world.author.id, name: world.author.name });
    expect(await reopenComment(db, world.approver, { commentId: first.id })).toMatchObject({
      changed: true,
    });
    expect(await reopenComment(db, world.approver, { commentId: first.id })).toMatchObject({
      changed: false,
    });
    const [open] = await listComments(db, world.approver, id);
    expect(open).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "comment"), eq(auditLog.entityId, first.id)));
    expect(audit).toEqual([
      { action: "comment.added", actorId: world.approver.id },
      { action: "comment.resolved", actorId: world.author.id },
      { action: "comment.reopened", actorId: world.approver.id },
    ]);
  });

  it("is not found for people who cannot see the case", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    const comment = await addComment(db, world.author, { caseId: id, body: "Note til mig selv" });
    for (const who of [world.approver, world.outsider, world.strangerAuthor]) {
      await expect(resolveComment(db, who, { commentId: comment.id })).rejects.toMatchObject({
        status: 404,
        message: "Kommentaren findes ikke, eller du har ikke adgang til den.",
      });
    }
    await expect(reopenComment(db, world.author, { commentId: 0 })).rejects.toMatchObject({
      status: 404,
    });
  });
});
