import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * True when poppler-utils (pdfinfo, pdftotext) is installed. Outside CI a missing install skips
 * the PDF checks with a loud message; in CI it is an error, because CI installs it.
 */
export function hasPoppler(): boolean {
  if (existsSync("/usr/bin/pdfinfo") && existsSync("/usr/bin/pdftotext")) return true;
  if (process.env.CI === "true") throw new Error("poppler-utils (pdfinfo, pdftotext) mangler i CI");
  console.warn("\n*** poppler-utils er ikke installeret: PDF-tjek springes over ***\n");
  return false;
}

async function withFile<T>(bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "referat-pdf-"));
  try {
    const path = join(dir, "document.pdf");
    await writeFile(path, bytes);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const maxBuffer = 64 * 1024 * 1024;

/** `pdfinfo` of the bytes as a map of its fields ("Tagged" -> "yes"). */
export function pdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  return withFile(bytes, async (path) => {
    const { stdout } = await run("pdfinfo", [path], { maxBuffer });
    const fields: Record<string, string> = {};
    for (const line of stdout.split("\n")) {
      const at = line.indexOf(":");
      if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return fields;
  });
}

/** The XMP metadata stream, as `pdfinfo -meta` prints it. */
export function pdfMetadata(bytes: Uint8Array): Promise<string> {
  return withFile(
    bytes,
    async (path) => (await run("pdfinfo", ["-meta", path], { maxBuffer })).stdout,
  );
}

/** The structure tree, as `pdfinfo -struct` prints it (tags such as H1, H2, P, L, Table). */
export function pdfStructure(bytes: Uint8Array): Promise<string> {
  return withFile(
    bytes,
    async (path) => (await run("pdfinfo", ["-struct", path], { maxBuffer })).stdout,
  );
}

/** The fonts of the PDF, as `pdffonts` lists them: name and whether the file holds it. */
export function pdfFonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  return withFile(bytes, async (path) => {
    const { stdout } = await run("pdffonts", [path], { maxBuffer });
    // name, type (may hold spaces), encoding, then the columns emb, sub, uni, object, id.
    return stdout
      .split("\n")
      .slice(2)
      .flatMap((line) => {
        const m = /^(\S+)\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        return m ? [{ name: m[1] ?? "", embedded: m[2] === "yes" }] : [];
      });
  });
}

/** The text of the PDF, as `pdftotext` extracts it (reading order, no layout). */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return withFile(
    bytes,
    async (path) => (await run("pdftotext", [path, "-"], { maxBuffer })).stdout,
  );
}

/** Each word of the PDF with its page and left edge, as `pdftotext -bbox` places it. */
export function pdfWords(bytes: Uint8Array): Promise<{ page: number; x: number; text: string }[]> {
  return withFile(bytes, async (path) => {
    const xml = (await run("pdftotext", ["-bbox", path, "-"], { maxBuffer })).stdout;
    const words: { page: number; x: number; text: string }[] = [];
    let page = 0;
    for (const line of xml.split("\n")) {
      if (line.includes("<page ")) page++;
      const m = /<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
      if (m) words.push({ page, x: Number(m[1]), text: m[2] ?? "" });
    }
    return words;
  });
}

/** The headings of the structure tree in reading order: `H2 "Punkt 1: …"` -> { level: 2, … }. */
export async function pdfHeadings(bytes: Uint8Array): Promise<{ level: number; text: string }[]> {
  const tree = await pdfStructure(bytes);
  return [...tree.matchAll(/^\s*H([1-6])\b(?: "(.*)")?/gm)].map((m) => ({
    level: Number(m[1]),
    text: m[2] ?? "",
  }));
}

/** Levels that go down more than one step from the heading before (H2 then H4), as "H2 -> H4". */
export function skippedHeadingLevels(levels: number[]): string[] {
  return levels.flatMap((level, i) => {
    const before = i === 0 ? 0 : (levels[i - 1] ?? 0);
    return level > before + 1 ? [`H${before} -> H${level}`] : [];
  });
}
