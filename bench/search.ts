import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../src/db/client.ts";
import { buildTsquery } from "../src/search/build-tsquery.ts";
import { parseSearchQuery } from "../src/search/parse-search-query.ts";
import type { SearchSort } from "../src/search/search.types.ts";
import { searchArchive } from "../src/search/search-archive.ts";
import { type Archive, archiveDatabase, archivePostgres } from "./lib/archive.ts";
import type { Figure } from "./lib/table.ts";
import { GAP_QUERIES, SEARCH_QUERIES } from "./search-queries.ts";

export interface RecallRow {
  query: string;
  gap: string;
  expected: number;
  found: number;
  recall: number;
  /** Recall of plain websearch_to_tsquery('danish', query), without closing any gap. */
  plainRecall: number;
}

interface Samples {
  wall: number[];
  /** CPU time of this process: on PGlite, the database's work too, whatever else the machine runs. */
  cpu: number[];
}

/** Latency of searchArchive() over the fifty queries: every query once to warm up, then `rounds`. */
async function latency(db: Db, sort: SearchSort, rounds: number): Promise<Samples> {
  const run = (query: string) => searchArchive(db, { query, sort, page: 1 });
  for (const query of SEARCH_QUERIES) await run(query);
  const samples: Samples = { wall: [], cpu: [] };
  for (let r = 0; r < rounds; r++) {
    for (const query of SEARCH_QUERIES) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      await run(query);
      samples.wall.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      samples.cpu.push((used.user + used.system) / 1000);
    }
  }
  return samples;
}

/** Found and expected documents of one gap query over the whole index (no cap, no paging). */
async function recallOf(db: Db, gap: (typeof GAP_QUERIES)[number]): Promise<RecallRow> {
  const tsquery = (await buildTsquery(db, parseSearchQuery(gap.query)))?.match ?? "";
  const [row] = await queryRows<{ expected: number; found: number; hit: number; plain: number }>(
    db,
    sql`with docs as (
      select d.id,
        d.tsv @@ ${tsquery}::tsquery as found,
        d.tsv @@ websearch_to_tsquery('danish'::regconfig, ${gap.query}) as plain,
        translate(lower(t.title || ' ' || t.body || ' ' || t."committeeName"), 'ÆØÅ', 'æøå')
          like ${`%${gap.contains}%`} as expected
      from search_documents d join search_document_texts t on t."documentId" = d.id
    )
    select count(*) filter (where expected)::int as expected,
      count(*) filter (where found)::int as found,
      count(*) filter (where expected and found)::int as hit,
      count(*) filter (where expected and plain)::int as plain
    from docs`,
  );
  const expected = row?.expected ?? 0;
  const ratio = (n: number) => (expected === 0 ? 1 : n / expected);
  return {
    query: gap.query,
    gap: gap.gap,
    expected,
    found: row?.found ?? 0,
    recall: ratio(row?.hit ?? 0),
    plainRecall: ratio(row?.plain ?? 0),
  };
}

async function measure(archive: Archive, label: string): Promise<Figure[]> {
  const { db } = archive.database;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from search_documents`,
  );
  const load = loadavg()[0]?.toFixed(1);
  const note = `${SEARCH_QUERIES.length} queries, ${row?.n} documents, load ${load}; archive ${archive.note}`;
  const relevance = await latency(db, "relevance", 5);
  const date = await latency(db, "date", 3);
  const name = (what: string) => `search 20y×60 (${label}): ${what}`;
  const figures: Figure[] = [
    { name: name("best match first, page 1"), unit: "ms", samples: relevance.wall, note },
    { name: name("newest first, page 1"), unit: "ms", samples: date.wall, note },
  ];
  if (label === "PGlite") {
    const cpuNote = "CPU time of the process (PGlite runs in it): less sensitive to other load";
    figures.push(
      { name: name("best match first, CPU"), unit: "ms", samples: relevance.cpu, note: cpuNote },
      { name: name("newest first, CPU"), unit: "ms", samples: date.cpu, note: cpuNote },
    );
  }
  return figures;
}

/**
 * Search latency on the demo generator's 20 years × 60 committees (PGlite, and PostgreSQL when
 * `postgresUrl` is given), and recall of the stemming-gap queries on PGlite.
 */
export async function searchBench(
  postgresUrl?: string,
): Promise<{ figures: Figure[]; recall: RecallRow[] }> {
  const archive = await archiveDatabase();
  let figures: Figure[];
  const recall: RecallRow[] = [];
  try {
    figures = await measure(archive, "PGlite");
    for (const gap of GAP_QUERIES) recall.push(await recallOf(archive.database.db, gap));
  } finally {
    await archive.close();
  }
  if (postgresUrl) {
    const server = await archivePostgres(postgresUrl);
    try {
      figures.push(...(await measure(server, "PostgreSQL")));
    } finally {
      await server.close();
    }
  }
  return { figures, recall };
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

/** The recall table: per gap query, documents expected by substring, found, recall. */
export function printRecall(rows: RecallRow[]): void {
  console.log(
    "\nRecall of the stemming-gap queries (expected: public text contains the letters)\n",
  );
  console.log("| query | gap | expected | found | recall | plain danish |");
  console.log("|---|---|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.query} | ${r.gap} | ${r.expected} | ${r.found} | ${pct(r.recall)} | ${pct(r.plainRecall)} |`,
    );
  }
}
