import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CANDIDATES = [
  "/usr/bin/libreoffice",
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
];

/** The LibreOffice binary, or null when it is not installed (it is optional). */
export function findLibreOffice(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The PDF export filter with tagged PDF switched on, so headings become H1, H2 … tags. */
export const TAGGED_PDF_FILTER =
  'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/**
 * Converts a document (DOCX, ODT …) to PDF with LibreOffice in headless mode, in a private
 * profile and folder so parallel conversions do not collide. Throws when LibreOffice is missing
 * or the conversion fails.
 */
export async function convertToPdf(
  bytes: Uint8Array,
  fileName: string,
  options: { filter?: string; timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const binary = findLibreOffice();
  if (!binary) throw new Error("LibreOffice is not installed");
  const dir = await mkdtemp(join(tmpdir(), "referat-lo-"));
  try {
    const input = join(dir, basename(fileName) || "document.docx");
    await writeFile(input, bytes);
    await run(
      binary,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        options.filter ?? TAGGED_PDF_FILTER,
        "--outdir",
        dir,
        input,
      ],
      { timeout: options.timeoutMs ?? 120_000 },
    );
    return await readFile(join(dir, `${basename(input, extname(input))}.pdf`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
