import { cpus, totalmem } from "node:os";

export interface Figure {
  name: string;
  unit: string;
  samples: number[];
  /** true when a larger number is better (throughput), for the note column. */
  higherIsBetter?: boolean;
  note?: string;
  /** The 1-minute load average before and after the section that measured it. */
  load?: string;
}

/**
 * What the figures should reach on the bench machine, by figure name (also matching the name
 * followed by " (…)", e.g. the database it ran on): the median of its samples, or with
 * `percentile` that percentile of a latency figure's samples.
 */
export const TARGETS: { name: string; max?: number; min?: number; percentile?: number }[] = [
  { name: "cold start: empty data dir -> first 200 /healthz (incl. demo data)", max: 5 },
  { name: "server RSS after cold start", max: 400 },
  { name: "server RSS after warm start", max: 300 },
  { name: "render 10-item minutes: PDF (Typst)", max: 30 },
  { name: "import: parse + store (PGlite)", min: 500 },
  { name: "import: parse + store (PostgreSQL)", min: 1000 },
  { name: "live view: decision POST sent -> event at each viewer", max: 1000, percentile: 99 },
];

/** The figures (and latency figures) that miss their target, each as one line. */
export function missedTargets(figures: Figure[], latencies: Figure[] = []): string[] {
  return TARGETS.flatMap((t) =>
    [...figures, ...latencies]
      .filter((f) => f.name === t.name || f.name.startsWith(`${t.name} (`))
      .flatMap((f) => {
        const p = t.percentile;
        const m = p === undefined ? median(f.samples) : percentile(f.samples, p);
        const what = p === undefined ? "" : ` p${p}`;
        if (t.max !== undefined && m > t.max) {
          return [`${f.name}:${what} ${fmt(m)} ${f.unit} > ${t.max}`];
        }
        if (t.min !== undefined && m < t.min) {
          return [`${f.name}:${what} ${fmt(m)} ${f.unit} < ${t.min}`];
        }
        return [];
      }),
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? "ukendt CPU"} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Prints the results as a Markdown table: machine, figure, median, min, max, samples. */
export function printTable(figures: Figure[]): void {
  const m = machine();
  console.log(`\nMachine: ${m}\n`);
  console.log("| machine | figure | median | min | max | unit | n | load | note |");
  console.log("|---|---|---:|---:|---:|---|---:|---|---|");
  for (const f of figures) {
    const min = Math.min(...f.samples);
    const max = Math.max(...f.samples);
    console.log(
      `| ${m.split(",")[0]} | ${f.name} | ${fmt(median(f.samples))} | ${fmt(min)} | ${fmt(max)} | ${f.unit} | ${f.samples.length} | ${f.load ?? ""} | ${f.note ?? ""} |`,
    );
  }
}

/** The p-th percentile (0-100) by the nearest-rank method. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Latency figures as a Markdown table: machine, figure, p50, p95, p99, max, samples. */
export function printPercentiles(figures: Figure[]): void {
  const m = machine().split(",")[0];
  console.log("\n| machine | figure | p50 | p95 | p99 | max | unit | n | load | note |");
  console.log("|---|---|---:|---:|---:|---:|---|---:|---|---|");
  for (const f of figures) {
    const [p50, p95, p99] = [50, 95, 99].map((p) => fmt(percentile(f.samples, p)));
    const max = fmt(Math.max(...f.samples));
    console.log(
      `| ${m} | ${f.name} | ${p50} | ${p95} | ${p99} | ${max} | ${f.unit} | ${f.samples.length} | ${f.load ?? ""} | ${f.note ?? ""} |`,
    );
  }
}
