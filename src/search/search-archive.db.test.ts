import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../test/factories.ts";
import { queryRows } from "../db/client.ts";
import { meetings } from "../db/schema/index.ts";
import { indexMeetings } from "./index-meetings.ts";
import type { SearchOutcome, SearchRequest } from "./search.types.ts";
import { searchArchive } from "./search-archive.ts";

const database = useTestDatabase();
const SECRET = "FORTROLIGT-DEMO-7F3A";
const SECRET_WORD = "kvælstofhemmelighed";
const ids = { published: 0, unpublished: 0, agenda: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const kb = await createCommittee(db, {
    organisationId: org.id,
    name: "Kommunalbestyrelsen",
    slug: "kommunalbestyrelsen",
  });
  const base = { organisationId: org.id, committeeId: kb.id };
  const published = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-05-21 18:00:00",
  });
  ids.published = published.id;
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Godkendelse af dagsorden",
    fields: [{ key: "indstilling", label: "Indstilling", text: "at dagsordenen godkendes" }],
    decision: { text: "Kommunalbestyrelsen godkendte dagsordenen." },
  });
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Beslutning om trafiksikkerhed ved skolerne",
    journalNumber: "05.01.00-P15-3-24",
    fields: [
      {
        key: "sagsfremstilling",
        label: "Sagsfremstilling",
        text: "Sagen blev drøftet på byrådsmødet i april. Planen skal godkende nye cykelstier.",
      },
      { key: "intern", label: "Intern note", text: "internnotatord", public: false },
    ],
    decision: { text: "Godkendt." },
    attachments: [{ name: "Trafikplan.pdf" }, { name: "privatbilagord.pdf", public: false }],
  });
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Temadag for udvalgene",
    fields: [{ label: "Resumé", text: "Programmet fastlægges på byrådets møde i juni." }],
  });
  // Words inside longer words: a compound (ældreområdet, byrådet) or not (kældre, området).
  for (const [title, text] of [
    ["Klimasikring af kældre", "Skybrud satte vand i kældre på Vestvej."],
    ["Plan for ældreområdet", "Ældreområdet får nye plejeboliger til ældre borgere."],
    ["Valg af forældrerepræsentanter", "Forældrerepræsentanterne vælges for to år."],
    ["Kort over området", "Området ved havnen i den gamle by kortlægges."],
  ] as const) {
    await createAgendaItem(db, {
      meetingId: published.id,
      title,
      fields: [{ label: "Resumé", text }],
    });
  }
  // A word as typed, and many words that only begin like it.
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Politikker for kultur og politikområder",
    fields: [
      {
        label: "Resumé",
        text: "Politikken og politikkerne: kulturpolitik, politikområder og en politik for hver politikker.",
      },
    ],
  });
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Trafik ved skolerne",
    fields: [{ label: "Resumé", text: "Politiet har set på krydset ved skolen." }],
  });
  // Two words of a query far apart in one long text.
  const filler = (word: string) =>
    Array.from({ length: 45 }, (_, i) => `${word}${i % 7}`).join(" ");
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Høring om havnens fremtid",
    fields: [
      {
        label: "Sagsfremstilling",
        text: `${filler("indledning")}. Borgere uden digital post får fortsat planen på papir. ${filler("midte")}. Også her: planen på papir. ${filler("slut")}. Borgeren, der havde klaget over papirplanerne, får svar.`,
      },
    ],
  });
  await createAgendaItem(db, {
    meetingId: published.id,
    title: "Salg af kommunal grund",
    closed: true,
    closureReason: "Forhandlinger om salg af fast ejendom.",
    openDecision: "Salget blev godkendt.",
    fields: [
      { key: "sagsfremstilling", label: "Sagsfremstilling", text: `${SECRET} ${SECRET_WORD}` },
    ],
    decision: { text: `${SECRET} ${SECRET_WORD} accepteret` },
    attachments: [{ name: `${SECRET} Købstilbud` }],
  });
  const unpublished = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2024-06-18 18:00:00",
    agendaPublishedAt: null,
    minutesPublishedAt: null,
  });
  ids.unpublished = unpublished.id;
  await createAgendaItem(db, {
    meetingId: unpublished.id,
    title: "Upubliceret punkt om vindmøller",
    fields: [{ label: "Sagsfremstilling", text: "vindmølleplanen er et udkast" }],
  });
  const agenda = await createMeeting(db, {
    ...base,
    status: "agenda_published",
    startsAt: "2025-01-28 18:00:00",
  });
  ids.agenda = agenda.id;
  await createAgendaItem(db, {
    meetingId: agenda.id,
    title: "Orientering om affaldsordningen",
    fields: [
      { key: "resume", label: "Resumé", text: "Ny ordning for haveaffald." },
      { key: "beslutning", label: "Beslutning", text: "forhåndsbeslutningord" },
    ],
    decision: { text: "forhåndsbeslutningord" },
  });
  await indexMeetings(db, [ids.published, ids.unpublished, ids.agenda]);
});

const search = (query: string, options: Partial<SearchRequest> = {}) =>
  searchArchive(database.current.db, { query, sort: "relevance", page: 1, ...options });

function hitsOf(outcome: SearchOutcome) {
  if (outcome.kind !== "results") throw new Error(`no results: ${outcome.kind}`);
  return outcome.hits;
}

const titles = async (query: string, options: Partial<SearchRequest> = {}) =>
  hitsOf(await search(query, options)).map((h) => h.plainTitle);

const shown = (outcome: SearchOutcome) =>
  outcome.kind === "results"
    ? outcome.hits
        .map((h) =>
          [h.plainTitle, ...h.title, { text: " " }, ...h.snippet]
            .map((p) => (typeof p === "string" ? p : p.text))
            .join(""),
        )
        .join("\n")
    : "";

describe("the ranking", () => {
  it("puts the word as typed before words that only begin like it", async () => {
    const [first] = hitsOf(await search("politiet"));
    expect(first?.plainTitle).toBe("Trafik ved skolerne");
  });
});

describe("a quoted word", () => {
  it("finds that word only, not longer words or compounds that hold it", async () => {
    expect(await titles("møde")).toEqual(
      expect.arrayContaining([
        "Temadag for udvalgene",
        "Beslutning om trafiksikkerhed ved skolerne",
      ]),
    );
    expect(await titles('"møde"')).toEqual(["Temadag for udvalgene"]);
    expect(await titles("politi")).toContain("Politikker for kultur og politikområder");
    expect(await titles("»politi«")).toEqual(["Trafik ved skolerne"]);
  });
});

describe("a snippet", () => {
  it("shows and marks each word of the query, also when they stand far apart", async () => {
    const [hit] = hitsOf(await search("klaget papirplanerne"));
    expect(hit?.plainTitle).toBe("Høring om havnens fremtid");
    const marked = hit?.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["klaget", "papirplanerne"]));
  });
});

describe("the stemming gaps are closed", () => {
  it("finds dagsordenen when searching for dagsorden, and the other way round", async () => {
    expect(await titles("dagsorden")).toContain("Godkendelse af dagsorden");
    const hits = hitsOf(await search("dagsordenen"));
    expect(hits.map((h) => h.plainTitle)).toContain("Godkendelse af dagsorden");
  });

  it("finds godkendte and godkendt when searching for godkende, and godkende for godkendte", async () => {
    const hits = hitsOf(await search("godkende"));
    const body = hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text));
    expect(body.map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(["godkendte", "godkende"]),
    );
    expect(await titles("godkendte")).toContain("Beslutning om trafiksikkerhed ved skolerne");
  });

  it("finds byrådsmødet when searching for møde, and trafiksikkerhed for sikkerhed", async () => {
    const hits = hitsOf(await search("møde"));
    expect(hits.map((h) => h.plainTitle)).toContain("Beslutning om trafiksikkerhed ved skolerne");
    const marked = hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text));
    expect(marked).toContain("byrådsmødet");
    expect(await titles("sikkerhed")).toContain("Beslutning om trafiksikkerhed ved skolerne");
  });

  it("finds byrådsmødet when searching for byraadsmoedet, written without å and ø", async () => {
    const hits = hitsOf(await search("byraadsmoedet"));
    expect(hits.map((h) => h.plainTitle)).toContain("Beslutning om trafiksikkerhed ved skolerne");
    expect(hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text))).toContain(
      "byrådsmødet",
    );
  });
});

describe("a word typed with a, o and a for æ, ø and å", () => {
  it("finds the word as written with them, and marks it", async () => {
    for (const [query, word] of [
      ["droftet", "drøftet"],
      ["byradsmodet", "byrådsmødet"],
      ["fastlagges", "fastlægges"],
    ]) {
      const hits = hitsOf(await search(query as string));
      const marked = hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text));
      expect(marked, query).toContain(word);
    }
  });

  it("finds nothing for a closed item's word typed so", async () => {
    const outcome = await search("kvalstofhemmelighed");
    expect(outcome.kind === "results" ? outcome.total : 0).toBe(0);
  });
});

describe("a query word inside a longer word", () => {
  it("is found after what could be a word, not after a letter or a stop word", async () => {
    const elderly = await titles("ældre");
    expect(elderly).toContain("Plan for ældreområdet");
    expect(elderly).not.toContain("Klimasikring af kældre");
    expect(elderly).not.toContain("Valg af forældrerepræsentanter");
    const council = await titles("råd");
    expect(council).toContain("Temadag for udvalgene"); // byrådets
    expect(council).not.toContain("Kort over området");
    // A stem of three letters hides in many words: before it only a word the index holds.
    expect(council).not.toContain("Plan for ældreområdet");
    expect(await titles("område")).toEqual(
      expect.arrayContaining(["Plan for ældreområdet", "Kort over området"]),
    );
  });
});

describe("a compound query word", () => {
  it("also finds its two words near each other, and marks them", async () => {
    const hits = hitsOf(await search("byrådsmøde"));
    expect(hits.map((h) => h.plainTitle)).toEqual(
      expect.arrayContaining([
        "Temadag for udvalgene",
        "Beslutning om trafiksikkerhed ved skolerne",
      ]),
    );
    const temadag = hits.find((h) => h.plainTitle === "Temadag for udvalgene");
    expect(temadag?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["byrådets", "møde"]);
    // »Programmet fastlægges på byrådets …«: the two words, but too far apart.
    expect(await titles("byrådsprogram")).toEqual([]);
    expect(await titles("udvalgstemadag")).toEqual(["Temadag for udvalgene"]);
  });
});

describe("what the public may not see is never found", () => {
  it("never answers or snippets a closed item's content, whatever the query", async () => {
    for (const query of [SECRET, SECRET_WORD, "FORTROLIGT", "7F3A", "Købstilbud", "accepteret"]) {
      const outcome = await search(query);
      expect(outcome.kind === "results" ? outcome.total : 0).toBe(0);
    }
    const closed = await search("salg grund");
    expect(hitsOf(closed).map((h) => h.plainTitle)).toEqual(["Salg af kommunal grund"]);
    expect(shown(closed)).toContain("Forhandlinger om salg af fast ejendom");
    for (const query of ["salg", "godkendt", "grund", "sagsfremstilling", "*", "kommunal"]) {
      expect(shown(await search(query))).not.toContain(SECRET);
    }
  });

  it("holds no closed, private or unpublished text in the index at all", async () => {
    const [row] = await queryRows<{ text: string }>(
      database.current.db,
      sql`select string_agg(title || ' ' || body || ' ' || "committeeName", ' ') as text
          from search_document_texts`,
    );
    for (const word of [SECRET, SECRET_WORD, "internnotatord", "privatbilagord", "vindmølle"]) {
      expect(row?.text).not.toContain(word);
    }
    expect(row?.text).not.toContain("forhåndsbeslutningord");
  });

  it("does not find private fields, private bilag, unpublished meetings or agenda decisions", async () => {
    for (const query of [
      "internnotatord",
      "privatbilagord",
      "vindmøller",
      "forhåndsbeslutningord",
    ]) {
      const outcome = await search(query);
      expect(outcome.kind === "results" ? outcome.total : -1).toBe(0);
    }
    expect(await titles("haveaffald")).toEqual(["Orientering om affaldsordningen"]);
  });

  it("drops a meeting that stops being public, and takes it back when it is published again", async () => {
    const { db } = database.current;
    const published = { minutesPublishedAt: new Date(), agendaPublishedAt: new Date() };
    await db
      .update(meetings)
      .set({ minutesPublishedAt: null, agendaPublishedAt: null })
      .where(eq(meetings.id, ids.published));
    // Not yet reindexed: the search still answers only what is public now.
    expect(await titles("trafiksikkerhed")).toEqual([]);
    await indexMeetings(db, [ids.published]);
    const [left] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from search_documents where "meetingId" = ${ids.published}`,
    );
    expect(left?.n).toBe(0);
    await db.update(meetings).set(published).where(eq(meetings.id, ids.published));
    await indexMeetings(db, [ids.published]);
    expect(await titles("trafiksikkerhed")).toEqual(["Beslutning om trafiksikkerhed ved skolerne"]);
  });
});

describe("results", () => {
  it("link items to their anchor and mark the matched words", async () => {
    const [hit] = hitsOf(await search("cykelstier"));
    expect(hit).toMatchObject({ kind: "item", meetingId: ids.published, itemOrdinal: 2 });
    expect(hit?.snippet.some((p) => p.hit && p.text === "cykelstier")).toBe(true);
    // Each field's label stands apart from its text.
    const shown = hit?.snippet.map((p) => p.text).join("") ?? "";
    expect(shown).toMatch(
      /Sagsfremstilling: Sagen blev drøftet|cykelstier\.\s+Beslutning: Godkendt/,
    );
    expect(hit?.journalNumber).toBe("05.01.00-P15-3-24");
  });

  it("filter by committee, year, purpose and journal number, and sort by date", async () => {
    expect(await titles("godkendt", { year: 2023 })).toEqual([]);
    expect((await titles("godkendt", { year: 2024 })).length).toBeGreaterThan(0);
    expect(await titles("godkendt", { committee: "findes-ikke" })).toEqual([]);
    expect(await titles("trafik", { purpose: "decision" })).toEqual([
      "Beslutning om trafiksikkerhed ved skolerne",
    ]);
    expect(await titles("trafik", { purpose: "orientation" })).toEqual([]);
    expect(await titles("godkende", { journal: "05.01" })).toEqual([
      "Beslutning om trafiksikkerhed ved skolerne",
    ]);
    expect(await titles("godkende", { journal: "%" })).toEqual([]);
    const byDate = hitsOf(await search("ordning OR godkende", { sort: "date" }));
    expect(byDate[0]?.plainTitle).toBe("Orientering om affaldsordningen");
  });

  it("find items by a journal number typed alone, whole or its start, or given as the filter", async () => {
    const trafik = ["Beslutning om trafiksikkerhed ved skolerne"];
    expect(await titles("05.01.00-P15-3-24")).toEqual(trafik);
    expect(await titles(" 05.01.00 ")).toEqual(trafik);
    expect(await titles("05.01")).toEqual(trafik);
    expect(await titles("", { journal: "05.01.00-p15" })).toEqual(trafik);
    expect(await titles("05.01.00-P15-3-25")).toEqual([]);
    // Found without words, a hit shows the start of its public text.
    const [hit] = hitsOf(await search("05.01.00-P15-3-24"));
    expect(hit?.snippet.map((p) => p.text).join("")).toContain("Sagen blev drøftet");
    expect((await search("")).kind).toBe("no-terms");
  });

  it("answer the last page for a page beyond it", async () => {
    const outcome = await search("godkende", { page: 40 });
    expect(outcome).toMatchObject({ kind: "results", page: 1, pageCount: 1 });
  });

  it("take any text without failing", async () => {
    for (const query of [
      "'; drop table meetings; --",
      "a & b | !c",
      ":* <-> <2> !!",
      '"unbalanced',
      "x".repeat(10_000),
      "ord ".repeat(2500),
      "\u0000\u0002\u0003",
      "(((((",
    ]) {
      const outcome = await search(query);
      expect(["results", "no-terms"]).toContain(outcome.kind);
    }
    expect((await search("og i at")).kind).toBe("no-terms");
    expect((await search("-godkende")).kind).toBe("no-terms");
  });
});
