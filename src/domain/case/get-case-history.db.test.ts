import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { addComment } from "./add-comment.ts";
import { approveCase } from "./approve-case.ts";
import { getCase } from "./get-case.ts";
import { getCaseHistory } from "./get-case-history.ts";
import { resolveComment } from "./resolve-comment.ts";
import { returnCase } from "./return-case.ts";
import { saveCase } from "./save-case.ts";
import { shareCase } from "./share-case.ts";
import { submitCase } from "./submit-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("getCaseHistory", () => {
  it("lists revisions, status steps, sharing and comments in time order with who did them", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
    await submitCase(db, world.author, { caseId: id, approverId: world.approver.id });
    const comment = await addComment(db, world.approver, {
      caseId: id,
      fieldKey: "resume",
      body: "Kortere",
    });
    const returned = await returnCase(db, world.approver, { caseId: id, comment: "Ret resuméet." });
    const { version } = await getCase(db, world.coAuthor, id);
    await saveCase(db, world.coAuthor, {
      caseId: id,
      version,
      fields: [{ key: "resume", doc: docFromText("Kortere.") }],
    });
    await resolveComment(db, world.coAuthor, { commentId: comment.id });
    await submitCase(db, world.coAuthor, { caseId: id, approverId: world.approver.id });
    await approveCase(db, world.approver, { caseId: id });

    const history = await getCaseHistory(db, world.author, id);
    const summary = history.map((e) => {
      const who = e.actor?.name;
      if (e.kind === "revision") return `revision ${e.number} ${who}`;
      if (e.kind === "status") return `${e.step} ${who}${e.revision ? ` r${e.revision}` : ""}`;
      if (e.kind === "comment") return `comment ${who}: ${e.body}`;
      if (e.kind === "shared" || e.kind === "unshared") return `${e.kind} ${e.user?.name}`;
      return `${e.kind} ${who}`;
    });
    const { author: a, coAuthor: c, approver: g } = world;
    expect(summary).toEqual([
      `created ${a.name} r1`,
      `revision 1 ${a.name}`,
      `revision 2 ${a.name}`,
      `shared ${c.name}`,
      `submitted ${a.name} r2`,
      `comment ${g.name}: Kortere`,
      `comment ${g.name}: Ret resuméet.`,
      `returned ${g.name} r2`,
      `revision 3 ${c.name}`,
      `comment_resolved ${c.name}`,
      `submitted ${c.name} r3`,
      `approved ${g.name} r3`,
    ]);
    const step = history.find((e) => e.kind === "status" && e.step === "returned");
    expect(step).toMatchObject({ commentId: returned.commentId });
    const sent = history.find((e) => e.kind === "status" && e.step === "submitted");
    expect(sent).toMatchObject({ approver: { id: g.id, name: g.name } });
    for (let i = 1; i < history.length; i++) {
      expect(history[i]?.at.getTime()).toBeGreaterThanOrEqual(history[i - 1]?.at.getTime() ?? 0);
    }
  });

  it("is not found for those who cannot read the case", async () => {
    const { db } = database.current;
    const { id } = await createWrittenCase(db, world);
    await expect(getCaseHistory(db, world.outsider, id)).rejects.toMatchObject({ status: 404 });
  });
});
