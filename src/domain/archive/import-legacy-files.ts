import type { Db } from "../../db/client.ts";
import type { ImportedFile } from "./import-legacy-file.ts";
import { readAhead } from "./read-ahead.ts";
import { STORE_CHUNK_SIZE, storeParsedMinutesBatch } from "./store-parsed-minutes-batch.ts";

/** A file that could not be read (nothing stored) or stored (nothing of it written). */
export interface FailedFile {
  file: string;
  stage: "read" | "store";
  error: unknown;
}

export interface ImportOptions {
  /** Publish the new meetings at once (agenda and minutes). */
  publish?: boolean;
  /** The number of files of chunk n (from 0), stored in one transaction. */
  chunkSize?: (n: number) => number;
}

/**
 * Files per transaction: the first files are stored (and reported) soon, the rest in full
 * chunks. A crash loses at most the chunk being stored; a re-run imports it again.
 */
const rampUp = (n: number) => Math.min(STORE_CHUNK_SIZE, 5 * 2 ** n);

/**
 * Reads and parses legacy minutes files on a thread of their own while the files before them
 * are stored, a chunk of files per transaction, and tells `onChunk` what became of each file
 * of a chunk, in the order given, once its transaction has committed. `open` gives the
 * database and organisation, and is called at the first readable file. A file that cannot be
 * read or stored fails alone; a chunk is stored whole or not at all, so an import stopped
 * half-way leaves whole files behind and a re-run stores the rest.
 */
export async function importLegacyFiles(
  paths: string[],
  open: () => Promise<{ db: Db; organisationId: number }>,
  options: ImportOptions,
  onChunk: (entries: (ImportedFile | FailedFile)[]) => void | Promise<void>,
): Promise<void> {
  const publishedAt = options.publish ? new Date() : null;
  const sizeOf = options.chunkSize ?? rampUp;
  const reader = readAhead(paths);
  try {
    for (let start = 0, n = 0; start < paths.length; n++) {
      const end = Math.min(paths.length, start + Math.max(1, sizeOf(n)));
      const entries = [];
      for (let i = start; i < end; i++) entries.push(await reader.next());
      start = end;
      const reads = entries.flatMap((e) => ("sha256" in e ? [{ ...e, publishedAt }] : []));
      if (reads.length === 0) {
        await onChunk(entries as FailedFile[]);
        continue;
      }
      const { db, organisationId } = await open();
      const outcomes = await storeParsedMinutesBatch(db, reads, organisationId, reads.length);
      let next = 0;
      await onChunk(
        entries.map((entry): ImportedFile | FailedFile => {
          if (!("sha256" in entry)) return entry;
          const outcome = outcomes[next++];
          if (!outcome || outcome.status === "failed") {
            return { file: entry.file, stage: "store", error: outcome?.error };
          }
          return { file: entry.file, parsed: entry.parsed, result: outcome };
        }),
      );
    }
  } finally {
    await reader.close();
  }
}
