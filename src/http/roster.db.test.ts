import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { type AuthoringCommittee, createAuthoringCommittee } from "../../test/factories.ts";
import { addMembership } from "../domain/roster/add-membership.ts";
import { listRoster } from "../domain/roster/list-roster.ts";
import { getAs, postAs, sessionOf as sessionAs, testApp, type Who } from "./testing.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let stranger: AuthoringCommittee;
const app = () => testApp(database.current.db);

const sessionOf = (userId: number) => sessionAs(database.current.db, userId);

const get = (path: string, who: Who) => getAs(app(), path, who);
const post = (path: string, who: Who, fields: Record<string, string>) =>
  postAs(app(), path, who, fields);

let secretary: Who;
let admin: Who;
let author: Who;
let foreignAdmin: Who;
let base: string;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  stranger = await createAuthoringCommittee(db);
  secretary = await sessionOf(world.secretary.user.id);
  admin = await sessionOf(world.admin.user.id);
  author = await sessionOf(world.author.user.id);
  foreignAdmin = await sessionOf(stranger.admin.user.id);
  base = `/app/udvalg/${world.committee.id}/medlemmer`;
});

const member = (fields: Record<string, string>) => ({
  person: "",
  navn: "Mette Frost",
  titel: "",
  parti: "Ø",
  email: "",
  bruger: "",
  rolle: "member",
  fra: "2026-01-01",
  til: "",
  stedfortraeder_for: "",
  ...fields,
});

describe("the roster page", () => {
  it("adds a person, lists, edits and ends a membership without scripts", async () => {
    const added = await post(base, secretary, member({ bruger: String(world.author.user.id) }));
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe(`${base}?ok=tilfoejet`);
    const page = await (await get(`${base}?ok=tilfoejet`, secretary)).text();
    expect(page).toContain("Personen er tilføjet udvalget.");
    expect(page).toContain("Mette Frost");
    expect(page).toContain("1. januar 2026 – (fortsat)");
    const [entry] = (await listRoster(database.current.db, world.committee.id, "2026-02-01"))
      .current;
    expect(entry?.userId).toBe(world.author.user.id);
    const edit = await get(`${base}/${entry?.membershipId}`, admin);
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain('value="Mette Frost"');
    const saved = await post(
      `${base}/${entry?.membershipId}`,
      admin,
      member({ rolle: "chair", titel: "Rådmand" }),
    );
    expect(saved.status).toBe(303);
    const ended = await post(`${base}/${entry?.membershipId}/afslut`, admin, {
      til: "2026-03-31",
    });
    expect(ended.status).toBe(303);
    const roster = await listRoster(database.current.db, world.committee.id, "2026-06-01");
    expect(roster.past.map((x) => [x.name, x.title, x.role, x.endsOn])).toEqual([
      ["Mette Frost", "Rådmand", "chair", "2026-03-31"],
    ]);
  });

  it("answers an end before the start with a Danish 400 and an overlap with a 409", async () => {
    const backwards = await post(base, secretary, member({ navn: "Niels Bak", til: "2025-12-31" }));
    expect(backwards.status).toBe(400);
    const text = await backwards.text();
    expect(text).toContain("Medlemskabet kan ikke slutte, før det begynder.");
    expect(text).toContain('value="Niels Bak"');
    const { personId } = await addMembership(database.current.db, world.admin, {
      committeeId: world.committee.id,
      person: { name: "Ole Dahl" },
      role: "member",
      startsOn: "2026-01-01",
    });
    const twice = await post(
      base,
      secretary,
      member({ person: String(personId), fra: "2027-01-01" }),
    );
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Ole Dahl er allerede medlem af udvalget");
    const bad = await post(
      base,
      secretary,
      member({ fra: "31-12-2026", email: "ikke-en-adresse" }),
    );
    expect(bad.status).toBe(400);
    const problems = await bad.text();
    expect(problems).toContain("Skriv startdatoen som en gyldig dato");
    expect(problems).toContain("E-mailadressen er ikke gyldig");
  });

  it("is refused to non-managers (403) and hidden from other organisations (404)", async () => {
    expect((await get(base, author)).status).toBe(403);
    expect((await post(base, author, member({ navn: "Pia Post" }))).status).toBe(403);
    expect((await get(base, foreignAdmin)).status).toBe(404);
    expect((await post(base, foreignAdmin, member({ navn: "Pia Post" }))).status).toBe(404);
    const theirs = await addMembership(database.current.db, stranger.admin, {
      committeeId: stranger.committee.id,
      person: { name: "Rune Fremmed" },
      role: "member",
      startsOn: "2026-01-01",
    });
    expect((await get(`${base}/${theirs.membershipId}`, admin)).status).toBe(404);
    const end = await post(`${base}/${theirs.membershipId}/afslut`, admin, { til: "2026-02-01" });
    expect(end.status).toBe(404);
    const names = (await listRoster(database.current.db, world.committee.id, "2026-02-01")).current;
    expect(names.map((x) => x.name)).not.toContain("Pia Post");
  });

  it("shows the planner the roster a meeting will invite instead of member checkboxes", async () => {
    const page = await (await get(`/app/moeder/ny?udvalg=${world.committee.id}`, secretary)).text();
    expect(page).toContain("Udvalgets medlemmer på mødedatoen inviteres");
    expect(page).toContain("Ole Dahl, medlem");
    expect(page).not.toContain('name="deltager"');
    expect(page).toContain(`href="${base}"`);
  });
});
