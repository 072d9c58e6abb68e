import { readFileSync, statSync } from "node:fs";
import { importMessages } from "../i18n/da/import.ts";
import { decodeText } from "./decode-text.ts";
import { detectFormat } from "./detect-format.ts";
import { ImportError, type ParsedMinutes } from "./model.ts";
import { parseMinutesText } from "./text/parse-minutes.ts";

/** Files larger than this are refused before they are read. */
export const MAX_LEGACY_FILE_BYTES = 20 * 1024 * 1024;

const errors = importMessages.errors;

function tooLarge(fileName: string, bytes: number): ImportError {
  const sizeMb = (bytes / (1024 * 1024)).toLocaleString("da-DK", { maximumFractionDigits: 1 });
  return new ImportError(fileName, errors.tooLarge(sizeMb, MAX_LEGACY_FILE_BYTES / (1024 * 1024)));
}

async function extractText(buf: Buffer, fileName: string): Promise<string> {
  const format = detectFormat(buf);
  switch (format.kind) {
    case "rejected":
      throw new ImportError(fileName, format.reason);
    case "pdf": {
      const { extractPdfText } = await import("./pdf/extract-text.ts");
      return extractPdfText(buf, fileName);
    }
    case "docx": {
      const { extractDocxText } = await import("./docx/extract-text.ts");
      return extractDocxText(buf, fileName);
    }
    case "text":
      return decodeText(buf);
  }
}

/**
 * Parses a legacy minutes file held in memory (plain text, PDF or DOCX, recognised by its
 * content). Every failure the file causes is an ImportError with a Danish reason.
 */
export async function parseLegacyBuffer(buf: Buffer, fileName: string): Promise<ParsedMinutes> {
  if (buf.length > MAX_LEGACY_FILE_BYTES) throw tooLarge(fileName, buf.length);
  try {
    const text = buf.length === 0 ? "" : await extractText(buf, fileName);
    if (text.trim() === "") throw new ImportError(fileName, errors.empty);
    return parseMinutesText(text, fileName);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(fileName, errors.unexpected(detail));
  }
}

/** Reads and parses a legacy minutes file; refuses files over 20 MB before reading them. */
export async function readLegacyFile(path: string): Promise<ParsedMinutes> {
  return parseLegacyBuffer(await readLegacyBytes(path), path);
}

/**
 * The bytes of a legacy minutes file; refuses files over 20 MB before reading them. Read at
 * once (the command line and its reader thread call this): for files this size the thread
 * pool's round trips cost more than the read.
 */
export async function readLegacyBytes(path: string): Promise<Buffer> {
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new ImportError(path, errors.notAFile);
    if (info.size > MAX_LEGACY_FILE_BYTES) throw tooLarge(path, info.size);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new ImportError(path, missing ? errors.notFound : errors.unreadable);
  }
}
