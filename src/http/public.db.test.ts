import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();

const MARKER = {
  field: "MARKØR-SAGSFELT-LUKKET",
  decision: "MARKØR-BESLUTNING-LUKKET",
  attachment: "MARKØR-BILAG-LUKKET",
  privateField: "MARKØR-IKKE-OFFENTLIGT-FELT",
  privateAttachment: "MARKØR-IKKE-OFFENTLIGT-BILAG",
};

const ids = { minutes: 0, agenda: 0, held: 0, orgId: 0, committeeId: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Albertslund Kommune" });
  const committee = await createCommittee(db, {
    organisationId: org.id,
    name: "Chefforum",
    slug: "chefforum",
  });
  await createCommittee(db, { organisationId: org.id, name: "Hemmeligt Forum", slug: "hemmeligt" });
  const base = { organisationId: org.id, committeeId: committee.id };
  const minutes = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2021-11-25 09:00:00",
    location: "Mødelokale 1",
    participants: [
      { name: "Henrik Harder", title: "Kommunaldirektør", attendance: "present" },
      { name: "Tine Buch Juhl", title: "Afdelingschef Børn & Familie", attendance: "absent" },
    ],
  });
  await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Godkendelse af dagsorden og referat",
    journalNumber: "00.01.00-P35-7-23",
    fields: [
      {
        key: "indstilling",
        label: "Indstilling",
        text: "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes",
      },
      { key: "intern", label: "Intern bemærkning", text: MARKER.privateField, public: false },
    ],
    decision: { text: "Chefforum godkendte dagsorden og referat." },
    attachments: [
      { name: "Bilag 1 - Referat.pdf" },
      { name: MARKER.privateAttachment, public: false },
    ],
  });
  await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Personalesag vedrørende en leder",
    journalNumber: "81.00.00-G01-1-21",
    closed: true,
    closureReason: "Lukket efter styrelseslovens § 10, stk. 2 (personoplysninger).",
    openDecision: "Chefforum tiltrådte indstillingen.",
    fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", text: MARKER.field }],
    decision: { text: MARKER.decision },
    attachments: [{ name: MARKER.attachment }],
  });
  const agenda = await createMeeting(db, {
    ...base,
    status: "agenda_published",
    startsAt: "2025-03-12 09:00:00",
  });
  await createAgendaItem(db, {
    meetingId: agenda.id,
    title: "Beslutning om budget 2026",
    fields: [{ key: "indstilling", label: "Indstilling", text: "at budgettet drøftes" }],
    decision: { text: "MARKØR-BESLUTNING-FØR-MØDET" },
  });
  // Held without a published agenda: nothing of it is public.
  const held = await createMeeting(db, {
    ...base,
    status: "held",
    startsAt: "2025-04-01 09:00:00",
    agendaPublishedAt: null,
  });
  const hidden = await createCommittee(db, { organisationId: org.id, slug: "skjult" });
  await createMeeting(db, { organisationId: org.id, committeeId: hidden.id, status: "planned" });
  Object.assign(ids, {
    minutes: minutes.id,
    agenda: agenda.id,
    held: held.id,
    orgId: org.id,
    committeeId: committee.id,
  });
});

describe("public meeting page", () => {
  it("shows the header in Danish: committee, date, place, participants and who was absent", async () => {
    const response = await testApp(database.current.db).request(`/moeder/${ids.minutes}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<h1>Referat: Chefforum 25. november 2021</h1>");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain("torsdag den 25. november 2021 kl. 09.00");
    expect(html).toContain("Mødelokale 1");
    expect(html).toMatch(/Mødedeltagere<\/dt><dd>Henrik Harder \(Kommunaldirektør\)<\/dd>/);
    expect(html).toMatch(
      /Fraværende<\/dt><dd>Tine Buch Juhl \(Afdelingschef Børn &amp; Familie\)<\/dd>/,
    );
  });

  it("shows an open item with its number, journal number, sections, decision and Bilag", async () => {
    const html = await (
      await testApp(database.current.db).request(`/moeder/${ids.minutes}`)
    ).text();
    expect(html).toContain("Punkt 1: Godkendelse af dagsorden og referat");
    expect(html).toContain("00.01.00-P35-7-23");
    expect(html).toContain("<h3>Indstilling</h3>");
    expect(html).toContain("Chefforum godkendte dagsorden og referat.");
    expect(html).toContain("Bilag 1 - Referat");
  });

  it("shows a closed item's title, reason and open decision, and nothing of its content", async () => {
    const html = await (
      await testApp(database.current.db).request(`/moeder/${ids.minutes}`)
    ).text();
    expect(html).toContain("Punkt 2: Personalesag vedrørende en leder");
    expect(html).toContain("Lukket punkt");
    expect(html).toContain("Lukket efter styrelseslovens § 10, stk. 2 (personoplysninger).");
    expect(html).toContain("Chefforum tiltrådte indstillingen.");
    for (const marker of Object.values(MARKER)) expect(html).not.toContain(marker);
    expect(html).not.toContain("81.00.00-G01-1-21");
  });

  it("hides closed content from logged-in staff on the public page too", async () => {
    const { db } = database.current;
    const user = await createUser(db, {
      organisationId: ids.orgId,
      roles: [{ role: "admin", committeeId: null }],
    });
    const { token } = await createSession(db, user.id);
    const response = await testApp(db).request(`/moeder/${ids.minutes}`, {
      headers: { cookie: sessionCookie(token) },
    });
    const html = await response.text();
    expect(html).toContain("Log ud");
    for (const marker of Object.values(MARKER)) expect(html).not.toContain(marker);
    // The page carries the user's name and CSRF token, so no cache may keep it.
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const anonymous = await testApp(db).request(`/moeder/${ids.minutes}`);
    expect(anonymous.headers.get("cache-control") ?? "").not.toContain("private");
  });

  it("publishes an agenda without decisions", async () => {
    const response = await testApp(database.current.db).request(`/moeder/${ids.agenda}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<h1>Dagsorden: Chefforum 12. marts 2025</h1>");
    expect(html).toContain("at budgettet drøftes");
    expect(html).not.toContain("MARKØR-BESLUTNING-FØR-MØDET");
  });

  it("answers a Danish 404 for unpublished, unknown and malformed meetings", async () => {
    const app = testApp(database.current.db);
    for (const path of [
      `/moeder/${ids.held}`,
      "/moeder/987654",
      "/moeder/abc",
      "/moeder/99999999999",
      "/moeder/0",
      "/moeder/1.5",
      "/moeder/%E0%A4%A",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain("Siden findes ikke");
    }
  });
});

describe("public lists", () => {
  it("lists only committees with published meetings on the front page", async () => {
    const response = await testApp(database.current.db).request("/");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<a href="/udvalg/chefforum">Chefforum</a>');
    expect(html).toContain("2 offentliggjorte møder");
    expect(html).not.toContain("Hemmeligt Forum");
    expect(html).not.toContain("/udvalg/skjult");
  });

  it("lists a committee's public meetings by year, newest year first, without unpublished ones", async () => {
    const app = testApp(database.current.db);
    const html = await (await app.request("/udvalg/chefforum")).text();
    expect(html).toContain(`/moeder/${ids.agenda}"`);
    expect(html).toContain('href="/udvalg/chefforum/2021"');
    expect(html).not.toContain(`/moeder/${ids.minutes}"`);
    const older = await (await app.request("/udvalg/chefforum/2021")).text();
    expect(older).toContain(`/moeder/${ids.minutes}"`);
    for (const page of [html, older]) expect(page).not.toContain(`/moeder/${ids.held}"`);
  });

  it("answers 404 for committees without public meetings and for odd slugs", async () => {
    const app = testApp(database.current.db);
    for (const path of [
      "/udvalg/skjult",
      "/udvalg/findes-ikke",
      "/udvalg/a%20b",
      "/udvalg/-x",
      "/udvalg/ÆØÅ",
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});
