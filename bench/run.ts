import { execFile } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadConfig } from "../src/config.ts";
import { type Figure, missedTargets, printPercentiles, printTable, TARGETS } from "./lib/table.ts";
import type { RecallRow } from "./search.ts";

/**
 * `npm run bench`: every speed figure of Referat, with median, min, max and the load average.
 * Each section runs in a process of its own, so no section measures the garbage, caches or
 * threads another left behind; `npm run bench -- render` runs one section.
 */
interface SectionResult {
  figures: Figure[];
  percentiles?: Figure[];
  recall?: RecallRow[];
}

const { database } = loadConfig();
const postgresUrl = database.kind === "postgres" ? database.url : undefined;

const sections: Record<string, () => Promise<SectionResult>> = {
  import: async () => {
    const m = await import("./import-throughput.ts");
    const figures = [await m.parseThroughput(), await m.storeThroughput()];
    if (postgresUrl) figures.push(await m.storeThroughputPostgres(postgresUrl));
    return { figures };
  },
  render: async () => ({ figures: await (await import("./render.ts")).renderTimes() }),
  "cold-start": async () => ({ figures: await (await import("./cold-start.ts")).coldStart() }),
  writing: async () => ({ figures: await (await import("./writing.ts")).writingTimes() }),
  portal: async () => ({ figures: await (await import("./portal.ts")).portalThroughput() }),
  agenda: async () => ({ figures: [await (await import("./agenda-page.ts")).agendaPageTimes()] }),
  case: async () => (await import("./case-page.ts")).casePageTimes(),
  search: async () => {
    const s = await (await import("./search.ts")).searchBench(postgresUrl);
    return { figures: [], percentiles: s.figures, recall: s.recall };
  },
  live: async () => (await import("./live-latency.ts")).liveLatency(postgresUrl),
};

const RESULT = "BENCH-RESULT ";
const load = () => loadavg()[0]?.toFixed(2) ?? "?";

/** In the child: run one section and print its figures, each with the load around it. */
async function runSection(name: string): Promise<void> {
  const section = sections[name];
  if (!section) throw new Error(`unknown bench section ${name}`);
  const before = load();
  const result = await section();
  const stamp = (f: Figure): Figure => ({ ...f, load: `${before}–${load()}` });
  result.figures = result.figures.map(stamp);
  result.percentiles = result.percentiles?.map(stamp);
  console.log(RESULT + JSON.stringify(result));
}

/** In the parent: each section in its own process, one after another; then the tables. */
async function runAll(only: string[]): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const all: SectionResult = { figures: [], percentiles: [], recall: [] };
  for (const name of only.length > 0 ? only : Object.keys(sections)) {
    process.stderr.write(`bench: ${name} …\n`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...process.execArgv, script, "--section", name],
      { maxBuffer: 64 * 2 ** 20, env: process.env },
    );
    const line = stdout.split("\n").find((l) => l.startsWith(RESULT));
    if (!line) throw new Error(`bench section ${name} printed no result:\n${stdout}`);
    const result = JSON.parse(line.slice(RESULT.length)) as SectionResult;
    all.figures.push(...result.figures);
    all.percentiles?.push(...(result.percentiles ?? []));
    all.recall?.push(...(result.recall ?? []));
  }
  printTable(all.figures);
  if (all.percentiles?.length) printPercentiles(all.percentiles);
  if (all.recall?.length) (await import("./search.ts")).printRecall(all.recall);
  const missed = missedTargets(all.figures, all.percentiles);
  console.log(`\nTargets: ${TARGETS.length}, missed: ${missed.length}`);
  for (const line of missed) console.log(`- MISSED ${line}`);
}

const args = process.argv.slice(2);
if (args[0] === "--section") await runSection(args[1] ?? "");
else await runAll(args);
