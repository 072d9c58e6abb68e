import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "referat-reindex-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("referat reindex", () => {
  it("rebuilds the search index of the public meetings and says how much it holds", async () => {
    const demo = await runCli(["demo", "--years", "1", "--committees", "2"], dataDir);
    expect(demo.code).toBe(0);
    const result = await runCli(["reindex"], dataDir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const counts =
      /^Søgeindekset er bygget: (\d+) offentlige møder, (\d+) dokumenter på [\d.]+ s\n$/.exec(
        result.stdout,
      );
    expect(counts, result.stdout).not.toBeNull();
    // The demo's published meetings are in it, each with more than one document (its items).
    const [meetings, documents] = [Number(counts?.[1]), Number(counts?.[2])];
    expect(meetings).toBeGreaterThan(0);
    expect(documents).toBeGreaterThan(meetings);
  }, 120_000);

  it("refuses arguments with a Danish message and exit 2", async () => {
    const result = await runCli(["reindex", "alt"], dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("reindex tager ingen argumenter.");
  });

  it("is listed in the usage text", async () => {
    const result = await runCli(["help"], dataDir);
    expect(result.stdout).toContain("reindex");
    expect(result.stdout).toContain("Bygger søgeindekset forfra");
  });
});
