import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.ts";
import { hasPoppler, pdfInfo, pdfText } from "./poppler.ts";

const SEED = new URL("../../shared/seeds/004_de1d4206ea756d9c.txt", import.meta.url).pathname;
const CLOSED = new URL("./fixtures/render/closed-minutes.txt", import.meta.url).pathname;
const poppler = hasPoppler();

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "referat-render-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, " ");

describe.skipIf(!poppler)("referat render (command line)", () => {
  it("--from renders a legacy file as PDF, DOCX and HTML", async () => {
    for (const format of ["pdf", "docx", "html"]) {
      const out = join(work, `seed.${format}`);
      const { code, stderr } = await runCli(
        [
          "render",
          "--from",
          SEED,
          "--format",
          format,
          "--organisation",
          "Albertslund Kommune",
          "-o",
          out,
        ],
        join(work, "unused"),
      );
      expect(code, stderr).toBe(0);
      const bytes = await readFile(out);
      if (format === "pdf") {
        expect((await pdfInfo(bytes)).Tagged).toBe("yes");
        expect(flat(await pdfText(bytes))).toContain("Beslutning om budget 2026 - borgermøde");
      }
      if (format === "docx") expect(bytes.subarray(0, 2).toString()).toBe("PK");
      if (format === "html") {
        const html = bytes.toString("utf8");
        expect(html).toMatch(/^<!DOCTYPE html><html lang="da">/);
        expect(html.match(/<h1[ >]/g)).toHaveLength(1);
        expect(html).toContain("Punkt 8: Beslutning om budget 2026 - borgermøde");
      }
    }
  }, 120_000);

  it("--meeting renders from the database; --public leaves out a closed item's content", async () => {
    const dataDir = join(work, "db");
    const imported = await runCli(["import", "--publish", CLOSED], dataDir);
    expect(imported.code, imported.stderr).toBe(0);

    const publicPdf = join(work, "public.pdf");
    const pub = await runCli(
      ["render", "--meeting", "1", "--format", "pdf", "--public", "-o", publicPdf],
      dataDir,
    );
    expect(pub.code, pub.stderr).toBe(0);
    const text = flat(await pdfText(await readFile(publicPdf)));
    expect(text).toContain("Salg af grund på Vestvej");
    expect(text).toContain("Sagen vedrører forhandlinger om salg af fast ejendom.");
    expect(text).toContain("Salget blev godkendt.");
    expect(text).not.toContain("FORTROLIGT-DEMO-7F3A");

    const internalPdf = join(work, "internal.pdf");
    const internal = await runCli(
      ["render", "--meeting", "1", "--format", "pdf", "-o", internalPdf],
      dataDir,
    );
    expect(internal.code, internal.stderr).toBe(0);
    expect(flat(await pdfText(await readFile(internalPdf)))).toContain("FORTROLIGT-DEMO-7F3A");
  }, 120_000);

  it("refuses what it cannot do with a Danish message and no file written", async () => {
    const dataDir = join(work, "private");
    expect((await runCli(["import", SEED], dataDir)).code).toBe(0);
    const out = join(work, "never.pdf");
    const notPublic = await runCli(
      ["render", "--meeting", "1", "--format", "pdf", "--public", "-o", out],
      dataDir,
    );
    expect(notPublic.code).toBe(1);
    expect(notPublic.stderr).toContain("Mødet 1 er ikke offentliggjort");
    const missing = await runCli(
      ["render", "--meeting", "99", "--format", "pdf", "-o", out],
      dataDir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Mødet 99 findes ikke.");
    const badFormat = await runCli(
      ["render", "--meeting", "1", "--format", "odt", "-o", out],
      dataDir,
    );
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("Angiv --format pdf, docx eller html.");
    await expect(readFile(out)).rejects.toThrow();
  }, 120_000);
});
