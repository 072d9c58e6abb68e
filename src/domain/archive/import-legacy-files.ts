import type { Db } from "../../db/client.ts";
import { type ImportedFile, type ReadFile, readForImport } from "./import-legacy-file.ts";
import { storeParsedMinutesBatch } from "./store-parsed-minutes-batch.ts";

/** A file that could not be read (nothing stored) or stored (nothing of it written). */
export interface FailedFile {
  file: string;
  stage: "read" | "store";
  error: unknown;
}

/**
 * Reads and parses legacy minutes files, then stores the readable ones several per
 * transaction, and answers what became of each file in the order given. `open` gives the
 * database and organisation, and is called only when at least one file is readable. A file
 * that cannot be read or stored fails alone.
 */
export async function importLegacyFiles(
  paths: string[],
  open: () => Promise<{ db: Db; organisationId: number }>,
  options: { publish?: boolean } = {},
): Promise<(ImportedFile | FailedFile)[]> {
  const publishedAt = options.publish ? new Date() : null;
  const entries: (ReadFile | FailedFile)[] = [];
  for (const file of paths) {
    entries.push(
      await readForImport(file).catch((error: unknown) => ({
        file,
        stage: "read" as const,
        error,
      })),
    );
  }
  const reads = entries.filter((e): e is ReadFile => "sha256" in e);
  if (reads.length === 0) return entries as FailedFile[];
  const { db, organisationId } = await open();
  const outcomes = await storeParsedMinutesBatch(
    db,
    reads.map((read) => ({ ...read, publishedAt })),
    organisationId,
  );
  let next = 0;
  return entries.map((entry) => {
    if (!("sha256" in entry)) return entry;
    const outcome = outcomes[next++];
    if (!outcome || outcome.status === "failed") {
      return { file: entry.file, stage: "store", error: outcome?.error };
    }
    return { file: entry.file, parsed: entry.parsed, result: outcome };
  });
}
