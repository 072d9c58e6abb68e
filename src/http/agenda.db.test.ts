import { and, eq } from "drizzle-orm";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  createWrittenCase,
} from "../../test/factories.ts";
import { agendaItems, auditLog, caseFields, meetings, memberNotes } from "../db/schema/index.ts";
import { sendCorrectedAgenda } from "../domain/agenda/send-corrected-agenda.ts";
import { withdrawAgendaItem } from "../domain/agenda/withdraw-agenda-item.ts";
import { getPublicItem } from "../domain/publication/get-public-item.ts";
import { listCaseHistory } from "../domain/publication/list-case-history.ts";
import { webMessages } from "../i18n/da/web.ts";
import {
  csrfFieldOf,
  formPost,
  getAs,
  ORIGIN,
  postAs,
  sessionOf as sessionAs,
  setCookies,
  testApp,
  type Who,
} from "./testing.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
const app = () => testApp(database.current.db);

const sessionOf = (userId: number) => sessionAs(database.current.db, userId);

let secretary: Who;
let member: Who;
let otherMember: Who;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  secretary = await sessionOf(world.secretary.user.id);
  const roles = [{ role: "member" as const, committeeId: world.committee.id }];
  const m1 = await createUser(db, { organisationId: world.organisationId, name: "Mads", roles });
  const m2 = await createUser(db, { organisationId: world.organisationId, name: "Aisha", roles });
  member = await sessionOf(m1.id);
  otherMember = await sessionOf(m2.id);
});

const get = (path: string, who: Who) => getAs(app(), path, who);
const post = (path: string, who: Who, fields: Record<string, string>) =>
  postAs(app(), path, who, fields);

let roomNo = 0;
async function planned(): Promise<number> {
  const response = await post("/app/moeder/ny", secretary, {
    udvalg: String(world.committee.id),
    dato: "2031-04-09",
    start: "09:00",
    slut: "10:00",
    sted: `Lokale ${++roomNo}`,
    deltager: String(member.userId),
  });
  expect(response.status).toBe(303);
  const match = /^\/app\/moeder\/(\d+)\?ok=planlagt$/.exec(response.headers.get("location") ?? "");
  expect(match).not.toBeNull();
  return Number(match?.[1]);
}

async function approved(title: string) {
  return (
    await createWrittenCase(database.current.db, world, {
      title,
      submitTo: world.approver,
      approve: true,
    })
  ).id;
}

describe("planning over HTTP", () => {
  it("shows the form and answers bad input with the Danish problems and a 400, keeping the input", async () => {
    const form = await get(`/app/moeder/ny?udvalg=${world.committee.id}`, secretary);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain("<h1>Planlæg møde</h1>");
    expect(html).toContain('name="deltager"');
    const bad = await post("/app/moeder/ny", secretary, {
      udvalg: String(world.committee.id),
      dato: "i morgen",
      start: "10:00",
      slut: "09:00",
      sted: "Byrådssalen",
    });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain("Skriv datoen som ÅÅÅÅ-MM-DD, fx 2025-03-12.");
    expect(page).toContain("Sluttidspunktet skal ligge efter starttidspunktet.");
    expect(page).toContain('value="Byrådssalen"');
  });

  it("refuses a room booked at the same time with a 409, and members cannot plan", async () => {
    const id = await planned();
    expect(id).toBeGreaterThan(0);
    const clash = await post("/app/moeder/ny", secretary, {
      udvalg: String(world.committee.id),
      dato: "2031-04-09",
      start: "09:30",
      slut: "10:30",
      sted: `Lokale ${roomNo}`,
    });
    expect(clash.status).toBe(409);
    expect(await clash.text()).toContain(`Lokale ${roomNo} er allerede booket på det tidspunkt`);
    expect((await get("/app/moeder/ny", member)).status).toBe(403);
    const forged = await app().request(
      "/app/moeder/ny",
      formPost(
        { _csrf: "forkert", udvalg: String(world.committee.id) },
        { cookie: secretary.cookie },
      ),
    );
    expect(forged.status).toBe(403);
  });
});

describe("the agenda page", () => {
  it("lets the secretary add, move and publish; an empty required field blocks with a 400", async () => {
    const { db } = database.current;
    const meetingId = await planned();
    const a = await approved("Beslutning om A");
    const b = await approved("Beslutning om B");
    const page = await (await get(`/app/moeder/${meetingId}`, secretary)).text();
    expect(page).toContain("Sammensæt dagsordenen");
    expect(page).toContain(`name="sag" value="${a}"`);
    expect(csrfFieldOf(page)).toBe(secretary.csrf);
    const added = await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, {
      sag: String(a),
    });
    expect(added.status).toBe(303);
    await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, { sag: String(b) });
    const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    const itemB = items.find((i) => i.caseId === b);
    const moved = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${itemB?.id}/flyt`,
      secretary,
      { retning: "op" },
    );
    expect(moved.headers.get("location")).toBe(
      `/app/moeder/${meetingId}?flyttet=1#dp-${itemB?.id}`,
    );
    const after = await (await get(`/app/moeder/${meetingId}?flyttet=1`, secretary)).text();
    expect(after).toContain("Punktet er nu punkt 1.");
    expect(after.indexOf("Beslutning om B")).toBeLessThan(after.indexOf("Beslutning om A"));
    const badMove = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${itemB?.id}/flyt`,
      secretary,
      { retning: "sidelæns" },
    );
    expect(badMove.status).toBe(400);
    // An edit refused for two reasons links each to its field in the item's form.
    const badEdit = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${itemB?.id}`,
      secretary,
      {
        titel: "",
        minutter: "tyve",
        lukket: "1",
        begrundelse: "",
        aaben_beslutning: "",
      },
    );
    expect(badEdit.status).toBe(400);
    const refusal = await badEdit.text();
    for (const control of ["titel", "minutter", "begrundelse"]) {
      expect(refusal).toContain(`<a href="#${control}-${itemB?.id}">`);
      expect(refusal).toContain(`id="${control}-${itemB?.id}"`);
    }

    await db
      .update(caseFields)
      .set({ text: "" })
      .where(and(eq(caseFields.caseId, a), eq(caseFields.key, "sagsfremstilling")));
    const blocked = await post(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary, {});
    expect(blocked.status).toBe(400);
    const message = await blocked.text();
    expect(message).toContain("Dagsordenen kan ikke udsendes");
    expect(message).toContain("Punkt 2: feltet »Sagsfremstilling« er tomt.");
    // The preview says so before the secretary presses anything, and offers no button.
    const preview = await (
      await get(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary)
    ).text();
    expect(preview).toContain("Dagsordenen kan ikke udsendes endnu: 1 ting mangler");
    expect(preview).toContain("Punkt 2: feltet »Sagsfremstilling« er tomt.");
    expect(preview).not.toContain("Udsend dagsordenen nu");
    await db
      .update(caseFields)
      .set({ text: "Baggrund." })
      .where(and(eq(caseFields.caseId, a), eq(caseFields.key, "sagsfremstilling")));
    const published = await post(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary, {});
    expect(published.headers.get("location")).toBe(
      `/app/moeder/${meetingId}?ok=udsendt#agenda-status`,
    );
    // The notice says who was told; the status says what went out; nothing waits.
    const sentPage = await (await get(`/app/moeder/${meetingId}?ok=udsendt`, secretary)).text();
    expect(sentPage).toContain(
      "Dagsordenen er udsendt, og deltagerne med en bruger i Referat har fået besked.",
    );
    expect(sentPage.split("Dagsordenen er udsendt.").length - 1).toBe(1);
    expect(sentPage).toContain("Alt er udsendt.");
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "meeting"), eq(auditLog.entityId, meetingId)));
    expect(audit.map((x) => x.action)).toEqual([
      "meeting.planned",
      "agenda.reordered",
      "agenda.published",
      "publication.changed",
    ]);
  });

  it("shows members no assembly tools and no item before its supplement is sent; refuses their actions", async () => {
    const meetingId = await planned();
    const caseC = await approved("Beslutning om C");
    await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, { sag: String(caseC) });
    await post(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary, {});
    const lateCase = await approved("Beslutning om et sent punkt");
    await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, { sag: String(lateCase) });
    // The late item moved above C: the public item 1 is still C, with C's case behind it.
    const [late] = await database.current.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.caseId, lateCase));
    const moved = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${late?.id}/flyt`,
      secretary,
      {
        retning: "op",
      },
    );
    const landing = await (await get(moved.headers.get("location") ?? "", secretary)).text();
    expect(landing).toContain(
      "Punktet er nu punkt 1. De nye numre står under »Rettelser« og udsendes med en rettet dagsorden.",
    );
    const first = await getPublicItem(database.current.db, meetingId, 1);
    expect([first?.item.title, first?.caseId]).toEqual([expect.stringContaining("C"), caseC]);
    expect(await getPublicItem(database.current.db, meetingId, 2)).toBeNull();
    expect(await listCaseHistory(database.current.db, lateCase, false)).toEqual([]);
    const html = await (await get(`/app/moeder/${meetingId}`, member)).text();
    expect(html).toContain("Beslutning om C");
    expect(html).not.toContain("Beslutning om et sent punkt");
    expect(html).not.toContain("Sammensæt dagsordenen");
    expect(html).not.toContain("/dagsorden/udsend");
    const refused = await post(`/app/moeder/${meetingId}/dagsorden/udsend`, member, {});
    expect(refused.status).toBe(403);
    const secretaryView = await (await get(`/app/moeder/${meetingId}`, secretary)).text();
    expect(secretaryView).toContain("1 nyt punkt er ikke udsendt endnu.");
    // C's new number is a correction; it goes out with the supplement, through its preview.
    expect(secretaryView).toContain("Udsend tillægsdagsorden");
    expect(secretaryView).toContain(
      "1 rettelse er ikke udsendt til medlemmerne endnu. Den udsendes med tillægsdagsordenen.",
    );
    expect(secretaryView).not.toContain("Udsend rettet dagsorden");
    expect(secretaryView).toContain("flytter du et punkt, får punkterne nye numre");
    expect(secretaryView).toContain("Punkt 1 »Beslutning om C« er flyttet og er nu punkt 2");
    // Not sent means not public either: the portal, search and a member's document leave it out.
    const portal = await (await app().request(`/moeder/${meetingId}`)).text();
    expect(portal).toContain("Beslutning om C");
    expect(portal).not.toContain("Beslutning om et sent punkt");
    const search = await (await app().request("/soeg?q=sent+punkt")).text();
    expect(search).not.toContain("Beslutning om et sent punkt");
    const docxOf = async (who: Who) => {
      const res = await get(`/app/moeder/${meetingId}/dokument.docx`, who);
      expect(res.status).toBe(200);
      const buffer = Buffer.from(await res.arrayBuffer());
      return (await mammoth.extractRawText({ buffer })).value;
    };
    expect(await docxOf(member)).not.toContain("Beslutning om et sent punkt");
    expect(await docxOf(secretary)).toContain("Beslutning om et sent punkt");
    // The supplement's preview shows the correction it carries, as well as the new item.
    const preview = await (
      await get(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary)
    ).text();
    expect(preview).toContain("1 punkt udsendes");
    // The new item has no time estimate, and the secretary is told before it goes out.
    expect(preview).toMatch(
      /Punkt \d+ har intet tidsforbrug, så dagsordenen viser ingen tid for det/,
    );
    expect(preview).toContain("1 rettelse udsendes med");
    expect(preview).toMatch(
      /<li>Punkt 1 »Beslutning om C« er flyttet og er nu punkt 2 \(ændret [^<)]+\)\.<\/li>/,
    );
    await post(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary, {});
    const now = await (await get(`/app/moeder/${meetingId}`, member)).text();
    expect(now).toContain("Beslutning om et sent punkt");
    expect(now).toContain("Punkt 1 »Beslutning om C« er flyttet og er nu punkt 2");
    expect(now).not.toContain("ikke udsendt endnu");
    const sent = await (await get(`/app/moeder/${meetingId}`, secretary)).text();
    expect(sent).toContain("Dagsordenen og 1 tillægsdagsorden er udsendt.");
    // A »Rettet dagsorden« is counted as what it is, not as another supplement.
    await withdrawAgendaItem(database.current.db, world.secretary, {
      meetingId,
      agendaVersion: 2,
      itemId: late?.id ?? 0,
      reason: "Sagen er ikke klar.",
    });
    await sendCorrectedAgenda(database.current.db, world.secretary, {
      meetingId,
      agendaVersion: 2,
    });
    const corrected = await (await get(`/app/moeder/${meetingId}`, secretary)).text();
    expect(corrected).toContain(
      "Dagsordenen, 1 tillægsdagsorden og 1 rettet dagsorden er udsendt.",
    );
  });

  it("shows the secretary what sending will do, with the CPR-shaped numbers, before it goes out", async () => {
    const { db } = database.current;
    const meetingId = await planned();
    const caseId = await approved("Beslutning om klage over afgørelse");
    await db
      .update(caseFields)
      .set({ text: "Klageren (CPR 120376-1234) har klaget over afgørelsen." })
      .where(and(eq(caseFields.caseId, caseId), eq(caseFields.key, "sagsfremstilling")));
    await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, { sag: String(caseId) });
    const path = `/app/moeder/${meetingId}/dagsorden/udsend`;
    // A meeting that does not exist: the standard title, the reason, no way to it.
    const missing = await get("/app/moeder/999999/dagsorden/udsend", secretary);
    expect(missing.status).toBe(404);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain(`<h1>${webMessages.errors.notFoundTitle}</h1>`);
    expect(missingHtml).toContain("Mødet findes ikke, eller du har ikke adgang til det.");
    expect(missingHtml).not.toContain('href="/app/moeder/999999"');
    const preview = await get(path, secretary);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("<h1>Udsend dagsordenen</h1>");
    expect(html).toContain("Beslutning om klage over afgørelse");
    expect(html).toContain(
      "1 deltager får besked i Referat og på mail (efter sine egne indstillinger).",
    );
    expect(html).toContain("1 tal i dagsordenens offentlige tekster ligner et CPR-nummer.");
    expect(html).toContain(`href="/app/moeder/${meetingId}/persondata"`);
    expect(html).not.toContain("120376-1234");
    // Looking sends nothing; the page's own button does.
    expect((await get(`/app/moeder/${meetingId}`, member)).status).toBe(200);
    expect(await (await app().request(`/moeder/${meetingId}`)).text()).not.toContain(
      "Beslutning om klage over afgørelse",
    );
    expect(csrfFieldOf(html)).toBe(secretary.csrf);
    const sent = await post(path, secretary, { version: "0" });
    expect(sent.headers.get("location")).toBe(`/app/moeder/${meetingId}?ok=udsendt#agenda-status`);
    // Nothing new to send: back to the agenda page. Not the secretary's to send: refused.
    const again = await get(path, secretary);
    expect([again.status, again.headers.get("location")]).toEqual([
      303,
      `/app/moeder/${meetingId}#sammensaetning`,
    ]);
    const refused = await get(path, member);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Kun udvalgets sekretær eller en administrator");
    // Once the meeting is held there is nothing to send: the page says why, once, and leads back.
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, meetingId));
    const held = await get(path, secretary);
    const heldPage = await held.text();
    expect(held.status).toBe(409);
    expect(heldPage).toContain("<h1>Det kan ikke lade sig gøre nu</h1>");
    expect(heldPage).toContain("Mødet er afholdt.");
    expect(heldPage).toContain(`<a href="/app/moeder/${meetingId}">Tilbage til dagsordenen</a>`);
  });

  it("keeps a member's note private and marks what changed since they read the agenda", async () => {
    const { db } = database.current;
    const meetingId = await planned();
    await post(`/app/moeder/${meetingId}/dagsorden/sager`, secretary, {
      sag: String(await approved("Beslutning om D")),
    });
    await post(`/app/moeder/${meetingId}/dagsorden/udsend`, secretary, {});
    const [item] = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.standing, false)));
    const saved = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${item?.id}/note`,
      member,
      { note: "MIN-PRIVATE-NOTE" },
    );
    expect(saved.status).toBe(303);
    expect(await (await get(`/app/moeder/${meetingId}`, member)).text()).toContain(
      "MIN-PRIVATE-NOTE",
    );
    for (const other of [otherMember, secretary]) {
      expect(await (await get(`/app/moeder/${meetingId}`, other)).text()).not.toContain(
        "MIN-PRIVATE-NOTE",
      );
    }
    const tooLong = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${item?.id}/note`,
      member,
      { note: "x".repeat(10_001) },
    );
    expect(tooLong.status).toBe(400);
    expect((await db.select().from(memberNotes)).map((n) => n.body)).toContain("MIN-PRIVATE-NOTE");

    await post(`/app/moeder/${meetingId}/dagsorden/laest`, member, {});
    expect(await (await get(`/app/moeder/${meetingId}`, member)).text()).toContain(
      "Intet er ændret, siden du sidst markerede mødet som læst.",
    );
    // A sent item's title changes only as a visible correction with a reason: the form shows it
    // read-only and says where it is corrected.
    const desk = await (await get(`/app/moeder/${meetingId}`, secretary)).text();
    expect(desk).toMatch(new RegExp(`id="titel-${item?.id}"[^>]*readonly`));
    expect(desk).toContain("så titlen rettes med »Ret eller træk punkt");
    // One control per purpose: the sent item's form is named for what it still changes, not
    // »Ret punktet« beside »Ret eller træk punkt«.
    expect(desk).toMatch(
      /<summary>Tidsforbrug og lukning<span class="visually-hidden"> \(punkt \d+\)/,
    );
    expect(desk).not.toContain("<summary>Ret punktet");
    const silent = await post(`/app/moeder/${meetingId}/dagsorden/punkter/${item?.id}`, secretary, {
      titel: "Beslutning om D, ny udgave",
      minutter: "25",
      begrundelse: "",
      aaben_beslutning: "",
    });
    expect(silent.status).toBe(409);
    const corrected = await post(
      `/app/moeder/${meetingId}/dagsorden/punkter/${item?.id}/ret`,
      secretary,
      { titel: "Beslutning om D, ny udgave", begrundelse: "Ny udgave af sagen.", version: "1" },
    );
    expect(corrected.status).toBe(303);
    const changed = await (await get(`/app/moeder/${meetingId}`, member)).text();
    expect(changed).toContain("Ændret, siden du sidst læste");
    expect(changed).toContain("Beslutning om D, ny udgave");
    // The link leads to the changed item's own heading, not to the note below it.
    const anchor = /<a href="#(punkt-\d+)">\d+\. Beslutning om D, ny udgave<\/a>/.exec(
      changed,
    )?.[1];
    expect(changed).toContain(`<section id="${anchor}" class="item"`);
    expect(changed.split(`id="${anchor}"`)[1]?.slice(0, 300)).toContain(
      "Beslutning om D, ny udgave",
    );
  });
});

describe("standing items", () => {
  it("are kept in the committee's settings and put on every new agenda", async () => {
    const { db } = database.current;
    const base = `/app/udvalg/${world.committee.id}/faste-punkter`;
    const bad = await post(base, secretary, { titel: " ", placering: "midt", minutter: "x" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("Skriv punktets titel.");
    expect(html).toContain("Vælg, om punktet skal stå først eller sidst.");
    const added = await post(base, secretary, {
      titel: "Eventuelt",
      placering: "last",
      minutter: "10",
    });
    expect(added.headers.get("location")).toBe(`${base}?ok=gemt`);
    expect((await post(base, member, { titel: "X", placering: "first" })).status).toBe(403);
    const meetingId = await planned();
    const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    expect(items.map((i) => [i.title, i.standing, i.slotStart])).toEqual([
      ["Eventuelt", true, "09:00"],
    ]);
    const page = await (await get(base, secretary)).text();
    const id = /faste-punkter\/(\d+)\/fjern/.exec(page)?.[1];
    expect((await post(`${base}/${id}/fjern`, secretary, {})).status).toBe(303);
    expect(await (await get(base, secretary)).text()).not.toContain("<strong>Eventuelt</strong>");
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "committee"), eq(auditLog.entityId, world.committee.id)));
    expect(audit.map((a) => a.action)).toEqual(["standing_item.added", "standing_item.removed"]);
  });
});

describe("calendars", () => {
  it("shows a committee's year and serves a private iCal feed by token only", async () => {
    const meetingId = await planned();
    const year = await get(`/app/udvalg/${world.committee.id}/kalender/2031`, member);
    expect(year.status).toBe(200);
    expect(await year.text()).toContain(`href="/app/moeder/${meetingId}"`);
    expect((await get(`/app/udvalg/${world.committee.id}/kalender/31`, member)).status).toBe(404);
    // Post/redirect/get: the link is shown once, by the GET the POST leads to.
    const made = await post("/app/kalender", member, {});
    expect(made.status).toBe(303);
    expect(made.headers.get("location")).toBe("/app/kalender");
    const carried = setCookies(made).get("referat_new_calendar_link");
    expect(carried?.raw).toMatch(/HttpOnly/);
    const withLink = { cookie: `${member.cookie}; referat_new_calendar_link=${carried?.value}` };
    const shown = await app().request("/app/kalender", { headers: withLink });
    const html = await shown.text();
    const url = /value="(http:\/\/localhost\/kalender\/[A-Za-z0-9_-]{43}\.ics)"/.exec(html)?.[1];
    expect(url).toBeDefined();
    expect(setCookies(shown).get("referat_new_calendar_link")?.raw).toMatch(/Max-Age=0/);
    // A reload shows that a link exists, not the link, and makes no new one.
    const reloaded = await (await get("/app/kalender", member)).text();
    expect(reloaded).not.toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics/);
    expect(reloaded).toContain("Du har et kalenderlink.");
    // A carried token that is not the current one (an older link) is never shown.
    const stale = await app().request("/app/kalender", {
      headers: { cookie: `${member.cookie}; referat_new_calendar_link=${"x".repeat(43)}` },
    });
    expect(await stale.text()).not.toContain("x".repeat(43));
    const feed = await app().request(new URL(url ?? "").pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("cache-control")).toBe("private, no-store");
    const ics = await feed.text();
    expect(ics).toContain(`URL:${ORIGIN}/app/moeder/${meetingId}`);
    expect(ics).toContain("DTSTART:20310409T070000Z");
    // A new link replaces the old one.
    await post("/app/kalender", member, {});
    expect((await app().request(new URL(url ?? "").pathname)).status).toBe(404);
    expect((await app().request("/kalender/ikke-et-token.ics")).status).toBe(404);
  });
});
