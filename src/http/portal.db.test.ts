import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../test/factories.ts";
import { committees } from "../db/schema/index.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();
const SECRET = "HEMMELIG-PORTAL-9Q";
const ids = { a: 0, b: 0, c: 0, held: 0, planned: 0, soon: 0 };
const app = () => testApp(database.current.db);
const text = async (path: string) => (await app().request(path)).text();

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, {
    organisationId: org.id,
    name: "Økonomiudvalget",
    slug: "oekonomiudvalget",
  });
  const base = { organisationId: org.id, committeeId: committee.id };
  const a = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-02-13 16:00:00",
  });
  const first = await createAgendaItem(db, {
    meetingId: a.id,
    title: "Beslutning om ny skolestruktur",
    fields: [{ key: "resume", label: "Resumé", text: "Tre skoler lægges sammen." }],
    decision: { text: "Punktet blev udsat.", outcome: "postponed" },
  });
  const caseId = first.case?.id as number;
  await createAgendaItem(db, {
    meetingId: a.id,
    title: "Salg af grund",
    closed: true,
    closureReason: "Forhandlinger om salg af fast ejendom.",
    openDecision: "Salget blev godkendt.",
    fields: [{ key: "sag", label: "Sagsfremstilling", text: `${SECRET} bud` }],
    decision: { text: `${SECRET} beslutning` },
    attachments: [{ name: `${SECRET}.pdf` }],
  });
  const b = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-03-12 16:00:00",
  });
  await createAgendaItem(db, {
    meetingId: b.id,
    caseId,
    title: "Beslutning om ny skolestruktur",
    decision: { text: "Indstillingen blev godkendt." },
  });
  const c = await createMeeting(db, {
    ...base,
    status: "agenda_published",
    startsAt: "2025-01-14 16:00:00",
  });
  await createAgendaItem(db, { meetingId: c.id, caseId, title: "Opfølgning på skolestruktur" });
  const held = await createMeeting(db, {
    ...base,
    status: "held",
    startsAt: "2024-04-09 16:00:00",
    agendaPublishedAt: null,
  });
  await createAgendaItem(db, {
    meetingId: held.id,
    caseId,
    title: `Skolestruktur ${SECRET}`,
    decision: { text: `${SECRET} upubliceret` },
  });
  const planned = await createMeeting(db, {
    ...base,
    status: "planned",
    startsAt: "2099-05-05 09:00:00",
    endsAt: "2099-05-05 11:00:00",
    location: "Byrådssalen, 1. sal",
  });
  await createAgendaItem(db, { meetingId: planned.id, title: `Planlagt ${SECRET}` });
  const soon = await createMeeting(db, {
    ...base,
    status: "agenda_published",
    startsAt: "2099-01-06 09:00:00",
    location: "Udvalgsværelset",
  });
  Object.assign(ids, {
    a: a.id,
    b: b.id,
    c: c.id,
    held: held.id,
    planned: planned.id,
    soon: soon.id,
  });
});

describe("committee page by year", () => {
  it("shows the newest year begun, links every year, the calendar and the feed", async () => {
    const html = await text("/udvalg/oekonomiudvalget");
    // 2099 has only a coming meeting, listed under »Kommende møder«; the minutes come first.
    expect(html).toContain('<h2 id="moeder-aar">Møder i 2025</h2>');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
    for (const year of [2099, 2025, 2024])
      expect(html).toContain(`href="/udvalg/oekonomiudvalget/${year}"`);
    expect(html).toContain('href="/udvalg/oekonomiudvalget/feed.atom"');
    expect(html).toContain('href="/udvalg/oekonomiudvalget/kalender.ics"');
    expect(html).toContain("Kommende møder");
    expect(html).toContain("tirsdag den 5. maj 2099 kl. 09.00");
    expect(html).toContain("Dagsordenen er ikke offentliggjort endnu");
    expect(html).not.toContain(`/moeder/${ids.planned}"`);
    expect(html).toContain(`/moeder/${ids.soon}"`);
  });

  it("lists one year's public meetings only", async () => {
    const html = await text("/udvalg/oekonomiudvalget/2024");
    expect(html).toContain('<h2 id="moeder-aar">Møder i 2024</h2>');
    expect(html).toContain(`/moeder/${ids.a}"`);
    expect(html).toContain(`/moeder/${ids.b}"`);
    expect(html).not.toContain(`/moeder/${ids.c}"`);
    expect(html).not.toContain(`/moeder/${ids.held}"`);
    expect(html).toContain('aria-current="page">2024');
  });

  it("answers bad years with a Danish 400 and years without meetings with 404", async () => {
    for (const year of ["abc", "-1", "1000000000", "20245", "2024.0"]) {
      const response = await app().request(`/udvalg/oekonomiudvalget/${year}`);
      expect(response.status, year).toBe(400);
      expect(await response.text()).toContain("Ugyldigt år");
    }
    const none = await app().request("/udvalg/oekonomiudvalget/1999");
    expect(none.status).toBe(404);
    expect(await none.text()).toContain("ingen offentliggjorte møder i 1999");
    expect((await app().request("/udvalg/findes-ikke/2024")).status).toBe(404);
  });

  it("ignores unknown and hostile query parameters", async () => {
    const plain = await text("/udvalg/oekonomiudvalget/2024");
    for (const query of ["?page=-1", "?page=1000000000", "?preview=1&intern=1", "?aar=1999"]) {
      const response = await app().request(`/udvalg/oekonomiudvalget/2024${query}`);
      expect(response.status, query).toBe(200);
      expect(await response.text()).toBe(plain);
    }
  });
});

describe("item page", () => {
  it("is linked from the meeting page", async () => {
    const html = await text(`/moeder/${ids.a}`);
    expect(html).toContain(`href="/moeder/${ids.a}/punkt/1"`);
    expect(html).toContain(`href="/moeder/${ids.a}/punkt/2"`);
  });

  it("shows an open item and every public meeting of its case, never an unpublished one", async () => {
    const html = await text(`/moeder/${ids.b}/punkt/1`);
    expect(html).toContain("<h1>Punkt 1: Beslutning om ny skolestruktur</h1>");
    // The meeting it is from, by committee and date, not the document's »Referat: …« again.
    expect(html).toMatch(
      new RegExp(
        `Fra mødet: <a href="/moeder/${ids.b}#punkt-1">[^<:]+ \\d+\\. [a-zæøå]+ \\d{4}</a>`,
      ),
    );
    expect(html).toContain("Indstillingen blev godkendt.");
    expect(html).toContain("Sagens forløb");
    expect(html).toContain(`href="/moeder/${ids.a}/punkt/1"`);
    expect(html).toContain("Udsat: Punktet blev udsat.");
    expect(html).toContain(`href="/moeder/${ids.c}/punkt/1"`);
    expect(html).toContain("På dagsordenen, endnu ikke behandlet");
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(`/moeder/${ids.held}`);
  });

  it("shows a closed item's title, reason and open decision only", async () => {
    const html = await text(`/moeder/${ids.a}/punkt/2`);
    expect(html).toContain("Lukket punkt");
    expect(html).toContain("Forhandlinger om salg af fast ejendom.");
    expect(html).toContain("Salget blev godkendt.");
    expect(html).not.toContain(SECRET);
    // A closed item is not tied to the open items of other meetings.
    expect(html).not.toContain(`/moeder/${ids.b}/punkt`);
  });

  it("answers 404 for unpublished meetings and items that are not there", async () => {
    for (const path of [
      `/moeder/${ids.held}/punkt/1`,
      `/moeder/${ids.planned}/punkt/1`,
      `/moeder/${ids.a}/punkt/3`,
      `/moeder/${ids.a}/punkt/0`,
      `/moeder/${ids.a}/punkt/-1`,
      `/moeder/${ids.a}/punkt/abc`,
      `/moeder/${ids.a}/punkt/99999999999`,
      "/moeder/987654/punkt/1",
    ]) {
      const response = await app().request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    }
  });
});

describe("feed and calendar", () => {
  it("lists published agendas and minutes with item titles in an Atom feed", async () => {
    const response = await app().request("/udvalg/oekonomiudvalget/feed.atom");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml.match(/<entry>/g)).toHaveLength(4);
    expect(xml).toContain(
      `<link rel="alternate" type="text/html" href="http://localhost/moeder/${ids.a}"/>`,
    );
    expect(xml).toContain("Referat: Økonomiudvalget 13. februar 2024");
    expect(xml).toContain("Punkt 2: Salg af grund");
    expect(xml).toMatch(
      /<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/,
    );
    expect(xml).not.toContain(SECRET);
    expect(xml).not.toContain(`/moeder/${ids.held}"`);
    expect(xml).not.toContain(`/moeder/${ids.planned}"`);
  });

  it("answers a browser opening a feed with a Danish page about it, and readers with Atom", async () => {
    const path = "/udvalg/oekonomiudvalget/feed.atom";
    // One app, so its page cache holds each answer: neither is given for the other.
    const shared = app();
    const navigate = {
      accept: "text/html,application/xhtml+xml,*/*;q=0.8",
      "sec-fetch-mode": "navigate",
    };
    const browser = await shared.request(path, { headers: navigate });
    expect(browser.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await browser.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain("Kopiér adressen herunder ind i en feedlæser");
    expect(html).toContain(`<code class="feed-address">http://localhost${path}</code>`);
    expect(html).toContain("Punkt 2: Salg af grund");
    expect(html).not.toContain(SECRET);
    // A feed reader asking for anything, or a script's fetch, gets the feed.
    const readers: Record<string, string>[] = [
      { accept: "*/*" },
      { accept: "text/html,*/*", "sec-fetch-mode": "cors" },
    ];
    for (const headers of [...readers, ...readers]) {
      const reader = await shared.request(path, { headers });
      expect(reader.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
      expect(reader.headers.get("vary")).toContain("Sec-Fetch-Mode");
    }
    const again = await shared.request(path, { headers: navigate });
    expect(again.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("explains feeds and calendars on »Abonnér« with each committee's addresses", async () => {
    const response = await app().request("/abonner");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Abonnér på dagsordener og referater</h1>");
    expect(html).toContain('href="http://localhost/udvalg/oekonomiudvalget/feed.atom"');
    expect(html).toContain('data-copy="http://localhost/udvalg/oekonomiudvalget/kalender.ics"');
    expect(html).toContain('<a href="/abonner">Abonnér</a>');
    expect(html).not.toContain(SECRET);
  });

  it("gives upcoming meetings as iCalendar: date, place, agenda link once published", async () => {
    // A meeting held last month stays in a subscriber's calendar; those of 2024 are gone.
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const [committee] = await database.current.db.select().from(committees);
    const recent = await createMeeting(database.current.db, {
      organisationId: committee?.organisationId ?? 0,
      committeeId: committee?.id ?? 0,
      status: "minutes_published",
      startsAt: `${lastMonth} 16:00:00`,
    });
    const response = await app().request("/udvalg/oekonomiudvalget/kalender.ics");
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:moede-${ids.planned}@localhost`);
    expect(unfolded).toContain("DTSTART:20990505T070000Z"); // 9.00 summer time in Copenhagen
    expect(unfolded).toContain("DTEND:20990505T090000Z");
    expect(unfolded).toContain("DTSTART:20990106T080000Z"); // 9.00 winter time
    expect(unfolded).toContain("LOCATION:Byrådssalen\\, 1. sal");
    expect(unfolded).toContain(`URL:http://localhost/moeder/${ids.soon}`);
    expect(unfolded).not.toContain(`/moeder/${ids.planned}`);
    expect(unfolded).toContain(`UID:moede-${recent.id}@localhost`);
    expect(unfolded).toContain(`URL:http://localhost/moeder/${recent.id}`);
    expect(unfolded).not.toContain(`UID:moede-${ids.a}@`);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(unfolded).not.toContain(SECRET);
  });

  it("answers 404 for the feeds of unknown committees", async () => {
    for (const path of [
      "/udvalg/findes-ikke/feed.atom",
      "/udvalg/x/kalender.ics",
      "/udvalg/%2E%2E/feed.atom",
    ]) {
      expect((await app().request(path)).status, path).toBe(404);
    }
  });
});

describe("open data page", () => {
  it("is linked from every footer and leads to the OParl API and the feeds", async () => {
    const html = await text("/aabne-data");
    expect(html).toContain("<h1>Åbne data</h1>");
    expect(html).toContain('<a href="/oparl/v1.1">http://localhost/oparl/v1.1</a>');
    expect(html).toContain('href="/abonner"');
    for (const path of ["/", "/udvalg/oekonomiudvalget", "/findes-ikke"]) {
      expect(await text(path), path).toContain('<a href="/aabne-data">Åbne data</a>');
    }
  });
});

describe("accessibility statement", () => {
  it("is linked from every page's footer", async () => {
    const html = await text("/tilgaengelighed");
    expect(html).toContain("<h1>Tilgængelighedserklæring</h1>");
    expect(html).toContain("WCAG 2.1");
    for (const path of ["/", "/udvalg/oekonomiudvalget", `/moeder/${ids.a}`, "/findes-ikke"]) {
      expect(await text(path), path).toContain('href="/tilgaengelighed"');
    }
  });

  it("gives the written and the telephone contact the municipality configured", async () => {
    const configured = testApp(database.current.db, {
      REFERAT_CONTACT_EMAIL: "digitalisering@kommune.dk",
      REFERAT_CONTACT_PHONE: "43 68 68 68",
    });
    const html = await (await configured.request("/tilgaengelighed")).text();
    expect(html).toContain(
      '<a href="mailto:digitalisering@kommune.dk">digitalisering@kommune.dk</a>',
    );
    expect(html).toContain('<a href="tel:43686868">43 68 68 68</a>');
    expect(html).toContain('href="https://digst.dk/digital-inklusion/webtilgaengelighed/');
    // Without them it says where to look instead of pretending.
    const plain = testApp(database.current.db, { REFERAT_DEMO: "0" });
    const none = await (await plain.request("/tilgaengelighed")).text();
    expect(none).toContain("Kommunen har ikke angivet en kontakt til siden endnu.");
  });
});
