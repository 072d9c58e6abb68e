import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.ts";
import { buildCaseDocx } from "./fixtures/writing/build-case-docx.ts";

const fixture = (name: string) => new URL(`./fixtures/writing/${name}`, import.meta.url).pathname;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "referat-check-"));
  await writeFile(join(work, "case.docx"), await buildCaseDocx());
  await writeFile(join(work, "broken.docx"), "not a zip file");
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function checkJson(path: string) {
  const { code, stdout, stderr } = await runCli(["check", "--json", path], join(work, "data"));
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

/** What the .html and the .docx fixture hold, in document order. */
const RICH_FINDINGS: [rule: string, message: string][] = [
  ["fake-heading", "“Baggrund” ligner en overskrift"],
  ["fake-heading", "“Økonomi” ligner en overskrift"],
  ["link-text", "Linkteksten “her”"],
  ["skipped-heading-level", "Brug »Underoverskrift« før »Overskrift 3«"],
  ["image-alt", "mangler en alternativ tekst"],
  ["table-header", "ingen overskriftsrække"],
];

describe("referat check (command line)", { timeout: 120_000 }, () => {
  it("checks a text file: LIX and spelling, in the JSON contract", async () => {
    const result = await checkJson(fixture("case.txt"));
    expect(Object.keys(result)).toEqual(["lix", "spelling", "accessibility"]);
    // 18 words, 5 sentences (two headings on their own line, three periods), 9 long words
    // (Indstilling Kommunaldirektøren indstiller kommunalbestyrelsn godkender
    // Sagsfremstilling truffet beslutnig budgettet): 18/5 + 100·9/18 = 3.6 + 50 = 53.6
    expect(result.lix).toBe(53.6);
    expect(
      result.spelling.map((s: { word: string; suggestions: string[] }) => [
        s.word,
        s.suggestions[0],
      ]),
    ).toEqual([
      ["kommunalbestyrelsn", "kommunalbestyrelsen"],
      ["beslutnig", "beslutning"],
    ]);
    expect(result.accessibility).toEqual([]);
  });

  for (const [name, path] of [
    ["an HTML file", () => fixture("case.html")],
    ["a Word file", () => join(work, "case.docx")],
  ] as const) {
    it(`checks ${name}: fake headings, alt text, link text, headings, tables and spelling`, async () => {
      const result = await checkJson(path());
      expect(Object.keys(result)).toEqual(["lix", "spelling", "accessibility"]);
      expect(typeof result.lix).toBe("number");
      expect(result.spelling.map((s: { word: string }) => s.word)).toEqual([
        "Kommunalbestyrelsn",
        "beslutnig",
      ]);
      expect(result.spelling[1].suggestions).toContain("beslutning");
      const found = result.accessibility.map((a: { rule: string; message: string }) => [
        a.rule,
        a.message,
      ]);
      expect(found).toHaveLength(RICH_FINDINGS.length);
      RICH_FINDINGS.forEach(([rule, message], i) => {
        expect(found[i]).toEqual([rule, expect.stringContaining(message)]);
      });
    });
  }

  it("prints a Danish report without --json", async () => {
    const { code, stdout } = await runCli(["check", fixture("case.html")], join(work, "data"));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^LIX \d+,\d \((meget let|let|middel|svær|meget svær)\): \d+ ord i \d+ sætninger$/m,
    );
    expect(stdout).toContain("beslutnig (forslag: beslutning)");
    expect(stdout).toContain("Tilgængelighed: 6 fund");
    expect(stdout).not.toContain("CPR");
  });

  it("names the CPR numbers in a text in its report, and keeps the JSON contract", async () => {
    const path = join(work, "cpr.txt");
    await writeFile(path, "Beslutning\n\nBorgeren (CPR 010190-1234) får hjælp fra 1. maj.\n");
    const { code, stdout } = await runCli(["check", path], join(work, "data"));
    expect(code).toBe(0);
    expect(stdout).toContain("CPR-numre: 1 i teksten\n  010190-1234");
    expect(Object.keys(await checkJson(path))).toEqual(["lix", "spelling", "accessibility"]);
  });

  it("exits 1 for a file it cannot read and 2 for wrong usage", async () => {
    const data = join(work, "data");
    const missing = await runCli(["check", join(work, "findes-ikke.txt")], data);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      expect.stringContaining("filen findes ikke"),
    ]);
    const broken = await runCli(["check", join(work, "broken.docx")], data);
    expect([broken.code, broken.stderr]).toEqual([
      1,
      expect.stringContaining("ikke et Word-dokument"),
    ]);
    const pdf = await runCli(["check", "referat.pdf"], data);
    expect([pdf.code, pdf.stderr]).toEqual([2, expect.stringContaining(".txt")]);
    expect((await runCli(["check"], data)).code).toBe(2);
    const unknown = await runCli(["check", "--xml", fixture("case.txt")], data);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringMatching(/^Ukendt valg: --xml\n\nBrug: referat/),
    ]);
    const help = await runCli(["check", "--help"], data);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining("check [--json] FIL")]);
  });
});
