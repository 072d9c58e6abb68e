import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { listMyCases } from "./list-my-cases.ts";
import { shareCase } from "./share-case.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let other: AuthoringCommittee;
const ids = { draft: 0, sharedDraft: 0, submitted: 0, approved: 0, otherApproved: 0 };

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  other = await createAuthoringCommittee(db, { organisationId: world.organisationId });
  ids.draft = (await createWrittenCase(db, world, { title: "Beslutning om kladde" })).id;
  ids.sharedDraft = (await createWrittenCase(db, world, { title: "Drøftelse af delt kladde" })).id;
  await shareCase(db, world.author, { caseId: ids.sharedDraft, userId: world.coAuthor.id });
  ids.submitted = (await createWrittenCase(db, world, { submitTo: world.approver })).id;
  ids.approved = (
    await createWrittenCase(db, world, { submitTo: world.approver, approve: true })
  ).id;
  const elsewhere = await createWrittenCase(db, other, { submitTo: other.approver, approve: true });
  ids.otherApproved = elsewhere.id;
});

describe("listMyCases", () => {
  it("gives an author their own cases and those shared with them, newest change first", async () => {
    const { db } = database.current;
    const mine = await listMyCases(db, world.author);
    expect(mine.authored.map((c) => c.id)).toEqual([
      ids.approved,
      ids.submitted,
      ids.sharedDraft,
      ids.draft,
    ]);
    expect(mine.authored[0]).toMatchObject({
      status: "approved",
      committee: { id: world.committee.id },
      author: { id: world.author.id },
      approver: { id: world.approver.id },
    });
    const shared = await listMyCases(db, world.coAuthor);
    expect(shared.authored.map((c) => c.title)).toEqual(["Drøftelse af delt kladde"]);
    expect(shared.toApprove).toEqual([]);
  });

  it("gives an approver what is sent to them and waiting", async () => {
    const { db } = database.current;
    const mine = await listMyCases(db, world.approver);
    expect(mine.toApprove.map((c) => c.id)).toEqual([ids.submitted]);
    expect((await listMyCases(db, world.otherApprover)).toApprove).toEqual([]);
  });

  it("gives a secretary the approved cases of their committees, ready for an agenda", async () => {
    const { db } = database.current;
    expect((await listMyCases(db, world.secretary)).forAgenda.map((c) => c.id)).toEqual([
      ids.approved,
    ]);
    expect((await listMyCases(db, other.secretary)).forAgenda.map((c) => c.id)).toEqual([
      ids.otherApproved,
    ]);
    expect((await listMyCases(db, world.outsider)).forAgenda).toEqual([]);
  });
});
