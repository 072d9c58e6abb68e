import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createAuthoringCommittee, createWrittenCase } from "../../../test/factories.ts";
import { addComment } from "../case/add-comment.ts";
import { listNotifications } from "./list-notifications.ts";
import { markNotificationsRead } from "./mark-notifications-read.ts";

const database = useTestDatabase();

describe("markNotificationsRead", () => {
  it("marks the given or all of one's own notifications read, never someone else's", async () => {
    const { db } = database.current;
    const world = await createAuthoringCommittee(db);
    const { id } = await createWrittenCase(db, world, { submitTo: world.approver });
    await addComment(db, world.author, { caseId: id, body: `@${world.approver.email} se her` });
    const inbox = await listNotifications(db, world.approver, { unreadOnly: true });
    expect(inbox.map((n) => n.kind)).toEqual(["mention", "case.submitted"]);
    expect(await markNotificationsRead(db, world.author, { ids: [inbox[0]?.id ?? 0] })).toBe(0);
    expect(await markNotificationsRead(db, world.approver, { ids: [inbox[0]?.id ?? 0] })).toBe(1);
    expect(
      (await listNotifications(db, world.approver, { unreadOnly: true })).map((n) => n.kind),
    ).toEqual(["case.submitted"]);
    expect(await markNotificationsRead(db, world.approver)).toBe(1);
    expect(await listNotifications(db, world.approver, { unreadOnly: true })).toEqual([]);
    expect(await listNotifications(db, world.approver)).toHaveLength(2);
  });

  it("marks only the notifications about one case when asked for that case", async () => {
    const { db } = database.current;
    const world = await createAuthoringCommittee(db);
    const first = await createWrittenCase(db, world, { submitTo: world.approver });
    const second = await createWrittenCase(db, world, { submitTo: world.approver });
    expect(await markNotificationsRead(db, world.approver, { caseId: first.id })).toBe(1);
    const unread = await listNotifications(db, world.approver, { unreadOnly: true });
    expect(unread.map((n) => n.caseId)).toEqual([second.id]);
  });
});
