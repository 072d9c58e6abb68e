import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { queryRows } from "../db/client.ts";
import { meetings } from "../db/schema/index.ts";
import { storeParsedMinutesBatch } from "../domain/archive/store-parsed-minutes-batch.ts";
import { generateDemoData } from "../domain/demo/generate-demo-data.ts";
import { getMeeting } from "../domain/meeting/get-meeting.ts";
import { getMeetings } from "../domain/meeting/get-meetings.ts";
import { isPublicMeeting } from "../domain/publication/publication.policy.ts";
import { parseMinutesText } from "../import/text/parse-minutes.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { reindexAll } from "./reindex-all.ts";
import { searchArchive } from "./search-archive.ts";

const database = useTestDatabase();
const MARKER = "FORTROLIGT-DEMO-7F3A";
let root: string;
let storage: FileSystemStorage;
let organisationId: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-search-"));
  storage = new FileSystemStorage(root);
  const summary = await generateDemoData(database.current.db, storage, {
    years: 1,
    committees: 4,
    today: "2026-06-15",
  });
  organisationId = summary.organisationId;
});
afterAll(() => rm(root, { recursive: true, force: true }));

const count = async (query: string) => {
  const outcome = await searchArchive(database.current.db, { query, sort: "relevance", page: 1 });
  return outcome.kind === "results" ? outcome.total : 0;
};

async function indexed() {
  return queryRows<{ kind: string; n: number }>(
    database.current.db,
    sql`select kind::text, count(*)::int as n from search_documents group by kind order by kind`,
  );
}

describe("the demo generator's archive in the index", () => {
  it("indexes the published meetings, their items and the text of their bilag", async () => {
    const kinds = Object.fromEntries((await indexed()).map((r) => [r.kind, r.n]));
    expect(kinds.meeting).toBeGreaterThan(20);
    expect(kinds.item).toBeGreaterThan(100);
    expect(kinds.attachment).toBeGreaterThan(20);
    // The demo PDFs say so; only their extracted text has this sentence.
    expect(await count("eksempeldata")).toBeGreaterThan(0);
    expect(await count("budgetopfølgning")).toBeGreaterThan(0);
  });

  it("holds nothing of the closed items' content", async () => {
    const [row] = await queryRows<{ n: number }>(
      database.current.db,
      sql`select count(*)::int as n from search_document_texts
          where body like ${`%${MARKER}%`} or title like ${`%${MARKER}%`}`,
    );
    expect(row?.n).toBe(0);
    for (const query of [MARKER, "FORTROLIGT", "Købstilbud", "helbredsforhold", "højestbydende"]) {
      expect([query, await count(query)]).toEqual([query, 0]);
    }
    expect(await count("Personalesag")).toBeGreaterThan(0);
  });

  it("loads meetings in bulk exactly as one by one", async () => {
    const { db } = database.current;
    const rows = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(isPublicMeeting)
      .orderBy(asc(meetings.id));
    const ids = rows.map((r) => r.id);
    const bulk = await getMeetings(db, ids);
    const single = await Promise.all(ids.map((id) => getMeeting(db, id)));
    expect(bulk).toEqual(single);
  });

  it("rebuilds the same index from scratch", async () => {
    const before = await indexed();
    const summary = await reindexAll(database.current.db, { storage });
    expect(await indexed()).toEqual(before);
    expect(summary.documents).toBe(before.reduce((sum, r) => sum + r.n, 0));
  });
});

describe("imported minutes", () => {
  const text = (date: string, word: string) => `REFERAT Kommunalbestyrelsen d. ${date}
Mødedato Tirsdag d. ${date} kl. 18:00
Mødested Byrådssalen
Mødedeltagere Birgitte Holm (Borgmester)
Punkt 1: Beslutning om ${word}
Sagsfremstilling
Lokalplanen for ${word} giver plads til boliger.
Beslutning
Godkendt.
Punkt 2: Lukket punkt: Salg af grund
Begrundelse for lukning
Forhandlinger om salg af fast ejendom.
Sagsfremstilling
${MARKER} hemmeligtbud${word}
Åben beslutning
Salget blev godkendt.`;

  async function importText(date: string, word: string, publishedAt: Date | null) {
    const parsed = parseMinutesText(text(date, word), `kb-${date}.txt`);
    const file = { parsed, fileName: `kb-${date}.txt`, sha256: `sha-${date}`, publishedAt };
    const [outcome] = await storeParsedMinutesBatch(database.current.db, [file], organisationId);
    expect(outcome?.status).toBe("created");
  }

  it("are searchable when the import publishes them, and not otherwise", async () => {
    await importText("02-09-2025", "skovbrynet", new Date());
    await importText("09-09-2025", "engstykket", null);
    expect(await count("skovbrynet")).toBe(1);
    expect(await count("engstykket")).toBe(0);
    expect(await count("hemmeligtbudskovbrynet")).toBe(0);
  });
});
