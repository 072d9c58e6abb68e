import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../test/factories.ts";
import { indexMeetings } from "../search/index-meetings.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();
const SECRET = "FORTROLIGT-DEMO-7F3A";
const SECRET_WORD = "kvælstofhemmelighed";
const ids = { minutes: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, {
    organisationId: org.id,
    name: "Økonomiudvalget",
    slug: "oekonomiudvalget",
  });
  const base = { organisationId: org.id, committeeId: committee.id };
  const minutes = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-03-12 16:00:00",
    agendaPublishedAt: new Date("2024-03-05T09:00:00Z"),
    minutesPublishedAt: new Date("2024-03-14T10:30:00Z"),
  });
  ids.minutes = minutes.id;
  await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Godkendelse af dagsorden",
    fields: [{ key: "indstilling", label: "Indstilling", text: "at dagsordenen godkendes" }],
    decision: { text: "Økonomiudvalget godkendte dagsordenen." },
  });
  await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Salg af grund i Nordbyen",
    closed: true,
    closureReason: "Forhandlinger om salg af fast ejendom.",
    openDecision: "Salget blev godkendt.",
    fields: [{ label: "Sagsfremstilling", text: `${SECRET} ${SECRET_WORD} grund` }],
    decision: { text: `${SECRET} ${SECRET_WORD}` },
    attachments: [{ name: `${SECRET} Købstilbud` }],
  });
  for (let n = 1; n <= 23; n++) {
    await createAgendaItem(db, {
      meetingId: minutes.id,
      title: `Vejsag nummer ${n}`,
      journalNumber: `05.01.00-P15-${n}-24`,
      fields: [{ label: "Sagsfremstilling", text: `Vejbelysning på strækning ${n}.` }],
    });
  }
  const hidden = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-04-09 16:00:00",
    agendaPublishedAt: null,
    minutesPublishedAt: null,
  });
  await createAgendaItem(db, {
    meetingId: hidden.id,
    title: "Upubliceret vindmølleplan",
    fields: [{ label: "Sagsfremstilling", text: "vindmøller" }],
  });
  await indexMeetings(db, [minutes.id, hidden.id]);
});

const get = async (path: string) => {
  const response = await testApp(database.current.db).request(path);
  return { status: response.status, html: await response.text() };
};
const q = (text: string, more = "") => `/soeg?q=${encodeURIComponent(text)}${more}`;

describe("/soeg", () => {
  it("is linked from every portal page by the header's search form", async () => {
    for (const path of ["/", "/udvalg/oekonomiudvalget", `/moeder/${ids.minutes}`, "/soeg"]) {
      const { html } = await get(path);
      expect(html).toMatch(/<form role="search" method="get" action="\/soeg"/);
      expect(html).toContain("Søg i dagsordener og referater");
    }
  });

  it("shows the form with filters and a hint before anything is searched for", async () => {
    const { status, html } = await get("/soeg");
    expect(status).toBe(200);
    expect(html).toContain('<label for="soeg-q">Søg i dagsordener og referater</label>');
    expect(html).toContain('<option value="oekonomiudvalget">Økonomiudvalget</option>');
    expect(html).toContain('<option value="2024">2024</option>');
    expect(html).toContain("Journalnummer begynder med");
  });

  it("has one search field: its own form, not the header's as well", async () => {
    const { html } = await get(q("budget"));
    expect(html).not.toContain('id="site-search-q"');
    expect((await get("/udvalg/oekonomiudvalget")).html).toContain('id="site-search-q"');
  });

  it("folds the filters away under a search without them, and shows how many are set", async () => {
    expect((await get("/soeg")).html).toContain('<details class="search-more" open="">');
    const plain = (await get(q("dagsorden"))).html;
    expect(plain).toContain('<details class="search-more"><summary>Afgræns søgningen</summary>');
    // The order of the results narrows nothing and is not counted.
    const sorted = (await get(q("vejsag", "&sortering=dato"))).html;
    expect(sorted).toContain('<details class="search-more"><summary>Afgræns søgningen</summary>');
    const filtered = (await get(q("vejsag", "&sortering=dato&journal=05.01"))).html;
    expect(filtered).toContain(
      '<details class="search-more" open=""><summary>Afgræns søgningen (1 valgt)</summary>',
    );
    // The open filters have a button of their own, under them.
    expect(filtered).toMatch(
      /<\/fieldset><button type="submit" class="button search-apply">Vis resultater<\/button><\/details>/,
    );
    const two = (await get(q("vejsag", "&aar=2024&journal=05.01"))).html;
    expect(two).toContain("<summary>Afgræns søgningen (2 valgte)</summary>");
    // The results say they are narrowed, with the way back to all of them.
    expect(filtered).toMatch(
      /Søgningen er afgrænset\. <a href="\/soeg\?q=vejsag[^"]*">Søg uden afgrænsninger<\/a>/,
    );
    expect(plain).not.toContain("Søgningen er afgrænset.");
  });

  it("lists matches with committee, date, a link to the item and marked words", async () => {
    const { status, html } = await get(q("dagsorden"));
    expect(status).toBe(200);
    expect(html).toContain("1 resultat for »dagsorden«");
    expect(html).toContain(`href="/moeder/${ids.minutes}#punkt-1"`);
    expect(html).toContain("<mark>dagsordenen</mark>");
    expect(html).toContain("Økonomiudvalget");
    expect(html).toContain('<time datetime="2024-03-12T16:00">12. marts 2024</time>');
  });

  it("pages through many matches with rel links and keeps the filters", async () => {
    const first = await get(q("vejsag", "&sortering=dato&journal=05.01"));
    expect(first.html).toContain("23 resultater for »vejsag«");
    expect(first.html).toContain("Side 1 af 2");
    expect(first.html).toContain(
      'rel="next" href="/soeg?q=vejsag&amp;journal=05.01&amp;sortering=dato&amp;side=2"',
    );
    expect(first.html).toContain('<option value="dato" selected="">Nyeste først</option>');
    const second = await get(q("vejsag", "&sortering=dato&journal=05.01&side=2"));
    expect(second.html).toContain('<ol class="search-results" start="21">');
    expect(second.html).toContain('rel="prev"');
    expect(second.html).not.toContain('rel="next"');
    // Beyond the last page: the last page.
    expect((await get(q("vejsag", "&side=25"))).html).toContain("Side 2 af 2");
    expect((await get(q("vejsag", "&side=26"))).html).toContain("Side 2 af 2");
    expect((await get(q("vejsag", "&side=999"))).html).toContain("Side 2 af 2");
  });

  it("helps when nothing is found", async () => {
    const { status, html } = await get(q("ubrugeligtordxyz", "&aar=2024"));
    expect(status).toBe(200);
    expect(html).toContain("Ingen resultater");
    expect(html).toContain("Kontrollér stavningen");
    expect(html).toContain('href="/soeg?q=ubrugeligtordxyz">Søg uden afgrænsninger</a>');
  });

  it("never shows closed content or unpublished meetings, whatever is searched for", async () => {
    for (const text of [SECRET, SECRET_WORD, "Købstilbud", "vindmøller", "upubliceret"]) {
      const { html } = await get(q(text));
      expect(html).toContain("Ingen resultater");
    }
    for (const text of ["grund", "salg", "godkendt", "Nordbyen", "sagsfremstilling"]) {
      const { html } = await get(q(text));
      expect(html).not.toContain(SECRET);
      expect(html).not.toContain(SECRET_WORD);
    }
    expect((await get(q("salg grund"))).html).toContain("Forhandlinger om <mark>salg</mark>");
  });
});

describe("/soeg with bad input", () => {
  it("answers 400 in Danish to values it cannot use", async () => {
    const cases: [string, string][] = [
      [q("x".repeat(10_000)), "Søgningen er for lang"],
      [q("budget", "&side=-1"), "Sidetallet skal være et helt tal fra 1 og opefter, fx 2."],
      [q("budget", "&side=1000000000"), "Sidetallet skal være et helt tal fra 1 og opefter"],
      [q("budget", "&side=abc"), "Sidetallet"],
      [q("budget", "&aar=tyve"), "Året skal være et årstal"],
      [q("budget", "&formaal=hemmelig"), "Vælg et formål fra listen"],
      [q("budget", "&sortering=pris"), "Vælg sortering"],
      [q("budget", `&journal=${encodeURIComponent("%' or 1=1 --")}`), "Journalnummeret"],
      [q("budget", "&udvalg=../../etc"), "Udvalget findes ikke"],
      // Well formed, but no committee of the archive: refused, not searched to nothing.
      [q("budget", "&udvalg=nope"), "Udvalget findes ikke"],
    ];
    for (const [path, message] of cases) {
      const { status, html } = await get(path);
      expect([path, status]).toEqual([path, 400]);
      expect(html).toContain(message);
      expect(html).toContain('<form role="search"');
    }
    // Refused filters show their first choice and are not counted as chosen.
    const { html } = await get("/soeg?side=-1&aar=abc&udvalg=nope&sortering=x");
    expect(html).toContain("<summary>Afgræns søgningen</summary>");
    expect(html).toContain('<option value="" selected="">Alle udvalg</option>');
  });

  it("answers sensibly to SQL, tsquery syntax, markup and unknown parameters", async () => {
    for (const text of [
      "'; drop table meetings; --",
      "dagsorden & !godkendt",
      "dagsorden:* <-> referat",
      '"dagsorden',
      "(((",
      "!!! ||| &&&",
      "og i at",
    ]) {
      const { status, html } = await get(q(text, "&ukendt=1&filter[x]=y"));
      expect([text, status]).toEqual([text, 200]);
      expect(html).not.toContain("Der opstod en fejl");
    }
    // Signs only: the message says there is no word, not that the words are too common.
    for (const text of ["%", "*", "!!! ||| &&&", "(((", "— … »«"]) {
      expect((await get(q(text))).html).toContain(
        "Søgningen indeholder ingen bogstaver eller tal.",
      );
    }
    expect((await get(q("og i at"))).html).toContain("kun meget almindelige ord");
    const { html } = await get(q("<script>alert(1)</script>"));
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("/soeg by journal number", () => {
  it("finds the items of a journal number typed alone or given as the only filter", async () => {
    for (const [path, said] of [
      [q("05.01.00-P15-1-24"), "1 resultat for »05.01.00-P15-1-24«"],
      [
        "/soeg?journal=05.01.00-P15-1-24",
        "1 resultat med journalnummer, der begynder med »05.01.00-P15-1-24«",
      ],
    ] as const) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.html).toContain(said);
      expect(page.html).toContain("<title>05.01.00-P15-1-24 – Søg i dagsordener og referater");
    }
  });
});

describe("/soeg by filters alone", () => {
  it("lists what a year or a committee holds, newest first, closed content left out", async () => {
    for (const path of ["/soeg?aar=2024", "/soeg?udvalg=oekonomiudvalget&sortering=relevans"]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      // The published meeting's documents, newest first; nothing of the unpublished one.
      expect(page.html).toMatch(/<h2 id="resultater">\d+ resultater<\/h2>/);
      expect(page.html).toContain("Side 1 af 2");
      // No choice of order that would change nothing: the order is told.
      expect(page.html).not.toContain("Bedste match først");
      expect(page.html).toContain("Uden søgeord står resultaterne med de nyeste først.");
      for (const hidden of [SECRET, SECRET_WORD, "Upubliceret"]) {
        expect(page.html).not.toContain(hidden);
      }
    }
    // The chosen order comes back with the first word.
    expect((await get("/soeg?aar=2024&sortering=dato")).html).toContain(
      '<input type="hidden" name="sortering" value="dato"/>',
    );
    const none = await get("/soeg?aar=2031");
    expect(none.status).toBe(200);
    expect(none.html).toContain("Der er intet i arkivet med de valgte afgrænsninger.");
    // A journal number found nowhere is told as one, not as a misspelt word.
    const journal = await get("/soeg?journal=99.99");
    expect(journal.html).toContain(
      "Der er intet i arkivet med journalnummer, der begynder med »99.99«.",
    );
    expect(journal.html).not.toContain("Kontrollér stavningen");
    // Words found, but not within the filters: the filters are named, and leaving them out
    // is the first way on.
    const words = await get(q("vejbelysning", "&aar=2023"));
    expect(words.html).toContain(
      "Vi fandt intet, der matcher »vejbelysning« inden for de valgte afgrænsninger.",
    );
    expect(words.html).toMatch(
      /<ul><li><a href="\/soeg\?q=vejbelysning">Søg uden afgrænsninger<\/a>/,
    );
    expect(none.html).not.toContain("Kontrollér stavningen");
  });
});

describe("/soeg/feed.atom", () => {
  it("offers the search as an Atom feed of the newest hits, with public snippets only", async () => {
    const page = await get(q("grund"));
    expect(page.html).toContain('href="/soeg/feed.atom?q=grund"');
    const response = await testApp(database.current.db).request("/soeg/feed.atom?q=grund");
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    expect(xml).toContain("<title>Søgning: grund</title>");
    expect(xml).toContain("Salg af grund i Nordbyen");
    // Each entry is as new as the publishing of the minutes it was found in.
    const entries = xml.split("<entry>").slice(1);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toContain("<updated>2024-03-14T10:30:00Z</updated>");
    expect(xml).toMatch(
      /<link rel="alternate" type="text\/html" href="http:\/\/localhost\/moeder\/\d+#punkt-2"\/>/,
    );
    expect(xml).not.toContain(SECRET);
    expect(xml).not.toContain(SECRET_WORD);
  });

  it("answers an invalid filter with 400 and an empty query with an empty feed", async () => {
    const bad = await testApp(database.current.db).request("/soeg/feed.atom?q=grund&aar=abc");
    expect(bad.status).toBe(400);
    const empty = await testApp(database.current.db).request("/soeg/feed.atom?q=");
    expect(empty.status).toBe(200);
    const xml = await empty.text();
    expect(xml).not.toContain("<entry>");
    expect(xml).toContain("<title>Søg i dagsordener og referater</title>");
    expect(xml).not.toContain("1970");
  });
});
