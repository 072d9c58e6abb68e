import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.ts";
import { readSeed, SEED_FILES } from "./fixtures/import/seeds.ts";

let work: string;
let file: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "referat-cli-privacy-"));
  file = join(work, "chefforum.txt");
  const text = readSeed(SEED_FILES.chefforum2021Nov).replace(
    "Anledning",
    "Anledning\nBorgeren 070761-4285 har klaget.\n",
  );
  await writeFile(file, text);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("referat import --json: privacy", () => {
  it("lists CPR-shaped numbers under privacy, with the serial hidden", async () => {
    const { code, stdout } = await runCli(
      ["import", "--json", "--publish", file],
      join(work, "data"),
    );
    expect(code).toBe(0);
    const [row] = JSON.parse(stdout);
    expect(row.status).toBe("created");
    expect(row.privacy).toEqual([
      expect.objectContaining({ shown: "070761-XXXX", form: "hyphen", modulus11: true }),
    ]);
    expect(stdout).not.toContain("4285");
  }, 120_000);

  it("--dry-run --json has the same list beside the parsed file", async () => {
    const { code, stdout } = await runCli(
      ["import", "--dry-run", "--json", file],
      join(work, "dry"),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).privacy).toHaveLength(1);
  });
});
