import { inArray } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../../test/factories.ts";
import { cases } from "../../db/schema/index.ts";
import { HANDED_ON_PAGE_SIZE, listMyCases } from "./list-my-cases.ts";
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

  it("lists cases on agendas apart, a page at a time, every one on exactly one page", async () => {
    const { db } = database.current;
    const author = await createAuthoringCommittee(db, { organisationId: world.organisationId });
    const active = (await createWrittenCase(db, author, { title: "Beslutning om noget nyt" })).id;
    const handedOn: number[] = [];
    for (let n = 0; n < 2 * HANDED_ON_PAGE_SIZE + 3; n++) {
      handedOn.push((await createWrittenCase(db, author, { title: `Beslutning om ${n}` })).id);
    }
    const [onAgenda, decided] = [0, 1].map((odd) => handedOn.filter((_, i) => i % 2 === odd));
    await db
      .update(cases)
      .set({ status: "scheduled" })
      .where(inArray(cases.id, onAgenda ?? []));
    await db
      .update(cases)
      .set({ status: "decided" })
      .where(inArray(cases.id, decided ?? []));
    const first = await listMyCases(db, author.author);
    expect(first.authored.map((c) => c.id)).toEqual([active]);
    expect([first.handedOn.total, first.handedOn.pageCount]).toEqual([handedOn.length, 3]);
    const pages = [];
    for (let page = 1; page <= first.handedOn.pageCount; page++) {
      pages.push(...(await listMyCases(db, author.author, page)).handedOn.cases.map((c) => c.id));
    }
    // Newest change first (the last made), each once.
    expect(pages).toEqual([...handedOn].reverse());
    // Any page asked for answers a page that exists.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -5, max: 1_000_000 }), async (asked) => {
        const { handedOn: shown } = await listMyCases(db, author.author, asked);
        expect(shown.page).toBe(Math.min(Math.max(1, asked), 3));
        expect(shown.cases.length).toBe(shown.page === 3 ? 3 : HANDED_ON_PAGE_SIZE);
      }),
      { numRuns: 15 },
    );
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
