import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createHoldWorld, type HoldWorld } from "../../test/meeting-hold-world.ts";
import { attendance, decisions, meetings, votes } from "../db/schema/index.ts";
import { getMeeting } from "../domain/meeting/get-meeting.ts";
import { addMembership } from "../domain/roster/add-membership.ts";
import { getAs, ORIGIN, sessionOf, testApp, type Who } from "./testing.ts";

const database = useTestDatabase();
let w: HoldWorld;
let app: ReturnType<typeof testApp>;
let secretary: Who;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
  app = testApp(database.current.db);
  secretary = await sessionOf(database.current.db, w.users.secretary.id);
});

/** A background save as the page's script sends it: a form body, asking for JSON. */
const save = (path: string, fields: Record<string, string>, who: Who = secretary) =>
  app.request(`/app/moeder/${w.meeting.id}/afvikling${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      origin: ORIGIN,
      cookie: who.cookie,
    },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });

const item = (i: number) => (w.items[i] as (typeof w.items)[number]).id;

describe("meeting mode's JSON answers", () => {
  it("saves a decision as JSON with its version, and a stale version is a 409 with both texts", async () => {
    const path = `/punkt/${item(1)}/beslutning`;
    const first = await save(path, { version: "0", udfald: "decided", tekst: "Godkendt." });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, version: 1 });
    const second = await save(path, {
      version: "1",
      udfald: "decided",
      tekst: "Godkendt, rettet.",
    });
    expect(await second.json()).toMatchObject({ ok: true, version: 2 });
    const stale = await save(path, { version: "1", udfald: "noted", tekst: "Min tekst." });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({
      stored: { version: 2, text: "Godkendt, rettet." },
      attempted: { text: "Min tekst." },
    });
    expect(body.error).toContain("Beslutningen er blevet gemt af Sofie Sekretær");
    expect(body.problems).toEqual([body.error]);
    const [row] = await database.current.db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(1)));
    expect(row?.text).toBe("Godkendt, rettet.");
  });

  it("answers refusals as JSON with the same status codes as the forms", async () => {
    const empty = await save(`/punkt/${item(1)}/beslutning`, {
      version: "0",
      udfald: "decided",
      tekst: " ",
    });
    expect(empty.status).toBe(400);
    // With the field it is about, for the page to mark.
    expect(await empty.json()).toEqual({
      error: "Skriv beslutningen.",
      problems: ["Skriv beslutningen."],
      fields: ["text"],
    });
    const noAuthor = await save(`/punkt/${item(1)}/protokol`, { forfatter: "", tekst: "Note" });
    expect(noAuthor.status).toBe(400);
    expect(await noAuthor.json()).toMatchObject({ fields: ["author"] });
    const member = await sessionOf(database.current.db, w.users.member.id);
    const forbidden = await save(`/punkt/${item(1)}/start`, {}, member);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error).toContain("Kun udvalgets sekretær");
    const elsewhere = await save(`/punkt/${w.laterEventuelt.id}/start`, {});
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({ error: "Punktet findes ikke på dette møde." });
    const notStarted = await save("/rum/slut", {});
    expect(notStarted.status).toBe(409);
    expect((await notStarted.json()).error).toBe("Mødet er ikke startet endnu. Start mødet først.");
  });

  it("steers the room and the current item; a form post without JSON still redirects", async () => {
    const db = database.current.db;
    expect(await (await save("/rum/start", {})).json()).toMatchObject({
      ok: true,
      roomStatus: "running",
    });
    expect(await (await save(`/punkt/${item(0)}/start`, {})).json()).toMatchObject({
      ok: true,
      currentItemId: item(0),
    });
    const plain = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/punkt/${item(1)}/start`,
      {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: ORIGIN,
          cookie: secretary.cookie,
        },
        body: new URLSearchParams({ _csrf: secretary.csrf }).toString(),
      },
    );
    expect(plain.status).toBe(303);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row).toMatchObject({ roomStatus: "running", currentItemId: item(1) });
    const page = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    expect(page).toContain("Mødet er i gang.");
    expect(page).toContain("Afslut punktet");
  });

  it("after »Slut mødet« points the minute taker to »Registrér mødet som afholdt«, which the minutes wait for", async () => {
    await save("/rum/start", {});
    await save("/rum/slut", {});
    const page = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    expect(page).toContain("Mødet er slut.");
    expect(page).toContain('<a href="#afslut">Gå til »Registrér mødet som afholdt«</a>');
    expect(page).toContain('id="afslut"');
    const minutes = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/referat`, secretary)
    ).text();
    expect(minutes).toContain(`href="/app/moeder/${w.meeting.id}/afvikling#afslut"`);
    await save("/afslut", {});
    const held = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    expect(held).not.toContain("Gå til »Registrér mødet som afholdt«");
  });

  it("says before the meeting's day that starting or ending it now would date it too early", async () => {
    const path = `/app/moeder/${w.meeting.id}/afvikling`;
    const early =
      "og mødedagen er ikke kommet endnu. Registrér det først som afholdt, når det er holdt";
    const today = await (await getAs(app, path, secretary)).text();
    expect(today).not.toContain(early);
    expect(today).toContain(`/afvikling/punkt/${w.items[0]?.id}/start"`);
    await database.current.db
      .update(meetings)
      .set({ startsAt: "2099-06-03 09:00:00" })
      .where(eq(meetings.id, w.meeting.id));
    const page = await (await getAs(app, path, secretary)).text();
    expect(page).toContain(`Mødet er planlagt til 3. juni 2099, ${early}`);
    // Starting it is warned of the same way, beside the button.
    expect(page).toContain(
      '<p class="notice" id="start-foer-tid">Mødet er planlagt til 3. juni 2099. Vent med at starte det til mødedagen',
    );
    // No item is taken up before the meeting is started: that would pass by the question.
    expect(page).not.toContain(`/afvikling/punkt/${w.items[0]?.id}/start"`);
  });

  it("records the attendance grid: a substitute for a present member is a Danish 409; notes can go in the minutes", async () => {
    const db = database.current.db;
    const people = w.meeting.participants;
    const [anne, mads, bent] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    const grid = (over: Record<string, string>) => ({
      deltager: String(anne.id),
      [`fremmoede-${anne.id}`]: "present",
      [`fra-${anne.id}`]: "",
      [`foer-${anne.id}`]: "",
      [`note-${anne.id}`]: "",
      ...over,
    });
    const refused = await save("/fremmoede", {
      ...grid({}),
      [`stedfortraeder-${anne.id}`]: String(mads.id),
    });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toBe(
      "Mads Medlem er til stede. En stedfortræder kan kun træde ind for et medlem, der har meldt afbud.",
    );
    const body = new URLSearchParams({ _csrf: secretary.csrf });
    for (const p of [anne, bent]) {
      body.append("deltager", String(p.id));
      body.set(`fremmoede-${p.id}`, p === bent ? "absent" : "present");
      body.set(`fra-${p.id}`, "");
      body.set(`foer-${p.id}`, "");
    }
    body.set(`note-${bent.id}`, "syg");
    body.set(`vis-${bent.id}`, "ja");
    body.set(`stedfortraeder-${anne.id}`, String(bent.id));
    const ok = await app.request(`/app/moeder/${w.meeting.id}/afvikling/fremmoede`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        origin: ORIGIN,
        cookie: secretary.cookie,
      },
      body: body.toString(),
    });
    expect(ok.status).toBe(200);
    const full = await getMeeting(db, w.meeting.id);
    expect(full?.participants.find((p) => p.id === anne.id)?.substituteForId).toBe(bent.id);
    const rows = await db.select().from(attendance).where(eq(attendance.participantId, bent.id));
    expect(rows).toEqual([
      expect.objectContaining({ status: "absent", note: "syg", showInMinutes: true }),
    ]);
  });

  it("adds a named vote from the grid and counts per party", async () => {
    const db = database.current.db;
    const [anne, mads] = w.meeting.participants as unknown as [
      { id: number; name: string },
      { id: number; name: string },
    ];
    const res = await save(`/punkt/${item(2)}/afstemning`, {
      [`stemme-${anne.id}`]: "for",
      [`navn-${anne.id}`]: anne.name,
      [`stemme-${mads.id}`]: "imod",
      [`navn-${mads.id}`]: mads.name,
      "parti-for-A": "3",
      "parti-undlod-V": "2",
    });
    expect(res.status).toBe(200);
    const [vote] = await db
      .select()
      .from(votes)
      .where(eq(votes.agendaItemId, item(2)));
    expect(vote).toMatchObject({
      inFavour: [anne.name, "A (3)"],
      against: [mads.name],
      abstaining: ["V (2)"],
      forCount: 3,
      abstainCount: 2,
    });
  });

  it("offers the named vote only to those who may vote at the item", async () => {
    const [anne, mads] = w.meeting.participants as unknown as [{ id: number }, { id: number }];
    const res = await save(`/punkt/${item(2)}/inhabilitet`, { deltager: String(anne.id) });
    expect(res.status).toBe(200);
    const page = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    const paneOf = (i: number) => {
      const start = page.indexOf(`id="afvikling-punkt-${item(i)}"`);
      const rest = page.slice(start + 1);
      const next = rest.search(/id="afvikling-punkt-\d+"/);
      return page.slice(start, next === -1 ? undefined : start + 1 + next);
    };
    expect(paneOf(2)).not.toContain(`name="stemme-${anne.id}"`);
    expect(paneOf(2)).toContain(`name="stemme-${mads.id}"`);
  });

  it("calls a substitute in from the roster for a member with afbud", async () => {
    const db = database.current.db;
    const { personId } = await addMembership(db, w.secretary, {
      committeeId: w.committee.id,
      person: { name: "Willy Stedfortræder" },
      role: "substitute",
      startsOn: "2025-01-01",
    });
    const page = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    expect(page).toContain("Indkald en stedfortræder");
    expect(page).toContain(`<option value="${personId}">Willy Stedfortræder</option>`);
    const bent = w.meeting.participants.find((p) => p.name === "Bent Byrådsmedlem")?.id ?? 0;
    /** The choices of »Træder ind for«. */
    const coverable = (html: string) => {
      const at = html.indexOf('<select id="indkald-medlem"');
      return at < 0 ? "" : html.slice(at, html.indexOf("</select>", at));
    };
    // Nobody has afbud: no member is chosen for the secretary, and none is taken unchosen.
    expect(coverable(page)).toMatch(/^<select[^>]*><option value="">Vælg medlemmet<\/option>/);
    const unchosen = await save("/stedfortraeder", { person: String(personId), medlem: "" });
    expect(unchosen.status).toBe(400);
    expect((await unchosen.json()).error).toBe(
      "Vælg det medlem, der har meldt afbud, som stedfortræderen træder ind for.",
    );
    const called = await save("/stedfortraeder", {
      person: String(personId),
      medlem: String(bent),
    });
    expect(called.status).toBe(200);
    const { participantId } = (await called.json()) as { participantId: number };
    const full = await getMeeting(db, w.meeting.id);
    expect(full?.participants.find((p) => p.id === participantId)).toMatchObject({
      name: "Willy Stedfortræder",
      substituteForId: bent,
    });
    // In the attendance grid only the substitute says whom they stand in for; a member holds
    // a seat of their own and is not offered the choice.
    const grid = await (
      await getAs(app, `/app/moeder/${w.meeting.id}/afvikling`, secretary)
    ).text();
    expect(grid).toContain(`name="stedfortraeder-${participantId}"`);
    expect(grid).not.toContain(`name="stedfortraeder-${bent}"`);
    // Covered now, Bent is no longer offered.
    expect(coverable(grid)).not.toContain(`value="${bent}"`);
    const again = await save("/stedfortraeder", { person: String(personId), medlem: String(bent) });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toBe("Willy Stedfortræder deltager allerede i mødet.");
  });
});
