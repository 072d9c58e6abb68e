import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../../db/client.ts";
import { organisations } from "../../db/schema/index.ts";
import type { ImportedFile } from "../../domain/archive/import-legacy-file.ts";
import { type FailedFile, importLegacyFiles } from "../../domain/archive/import-legacy-files.ts";
import { findOrCreateOrganisation } from "../../domain/organisation/find-or-create-organisation.ts";
import { scanParsedMinutes } from "../../domain/privacy/scan-parsed-minutes.ts";
import { cliMessages as m } from "../../i18n/da/cli.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseOptions } from "../parse-options.ts";
import { withProgress } from "../progress.ts";
import { UsageError } from "../usage-error.ts";

const DEFAULT_ORGANISATION = "Min kommune";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `referat import [--dry-run] [--json] [--publish] [--organisation NAVN] STI` */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    organisation: { type: "string" },
    publish: { type: "boolean", default: false },
  });
  const path = positionals[0];
  if (!path) throw new UsageError(m.missingPath);
  const files = await filesAt(path);
  const json = values.json ?? false;
  if (values["dry-run"]) return dryRun(files, json, path);

  // The database is opened at the first readable file, so bad files alone write nothing.
  let workspace: { db: Db; organisationId: number; close(): Promise<void> } | null = null;
  const open = async () => {
    if (!workspace) {
      const { database } = await openWorkspace();
      const organisationId = await organisationFor(database.db, values.organisation).catch(
        async (error) => {
          await database.close();
          throw error;
        },
      );
      workspace = { db: database.db, organisationId, close: () => database.close() };
    }
    return workspace;
  };
  const tally = { created: 0, unchanged: 0, duplicate: 0, failed: 0 };
  const rows: unknown[] = [];
  try {
    const options = { publish: values.publish ?? false };
    await withProgress(files.length, m.progress, async (log, advance) => {
      await importLegacyFiles(files, open, options, (entries) => {
        report(entries, log);
        advance(entries.length);
      });
    });
  } finally {
    await (workspace as { close(): Promise<void> } | null)?.close();
  }
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (files.length > 1) {
    console.log(m.summary(tally.created, tally.unchanged, tally.duplicate, tally.failed));
  }
  return tally.failed > 0 ? 1 : 0;

  function report(entries: (ImportedFile | FailedFile)[], log: (line: string) => void) {
    for (const entry of entries) {
      if ("error" in entry) {
        tally.failed++;
        const { file, stage } = entry;
        const message = messageOf(entry.error);
        const error = stage === "read" ? message : m.notStored(file, message);
        if (json) rows.push({ file, error });
        else console.error(m.failed(error));
        continue;
      }
      tally[entry.result.status]++;
      const privacy = scanParsedMinutes(entry.parsed);
      if (json) rows.push({ file: entry.file, ...entry.result, privacy });
      else {
        log(describe(entry));
        if (privacy.length > 0) log(m.privacyFound(entry.file, privacy.length));
      }
    }
  }
}

async function filesAt(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(m.pathNotFound(path));
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath ?? path, e.name))
    .sort();
  if (files.length === 0) throw new UsageError(m.emptyFolder(path));
  return files;
}

async function dryRun(files: string[], json: boolean, path: string): Promise<number> {
  const single = files.length === 1 && files[0] === path;
  const results = [];
  for (const file of files) {
    try {
      const parsed = await readLegacyFile(file);
      results.push({ file, parsed: { ...parsed, privacy: scanParsedMinutes(parsed) } });
    } catch (error) {
      if (single) throw error;
      results.push({ file, error: messageOf(error) });
    }
  }
  if (json) {
    const body = single ? results[0]?.parsed : results;
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (!("parsed" in r) || !r.parsed) {
        console.error(m.failed(r.error ?? ""));
        continue;
      }
      const { meeting, items, warnings, privacy } = r.parsed;
      console.log(m.dryRunHeader(meeting.committee, meeting.date, items.length));
      if (privacy.length > 0) console.log(m.privacyFound(r.file, privacy.length));
      for (const item of items)
        console.log(m.dryRunItem(item.number, item.title, item.journalNumber));
      for (const w of [...warnings, ...items.flatMap((i) => i.warnings)]) console.log(m.warning(w));
    }
  }
  return results.some((r) => "error" in r) ? 1 : 0;
}

async function organisationFor(db: Db, name: string | undefined): Promise<number> {
  if (name) return findOrCreateOrganisation(db, name);
  const rows = await db.select({ id: organisations.id }).from(organisations).limit(2);
  if (rows.length > 1) throw new UsageError(m.manyOrganisations);
  return rows[0]?.id ?? findOrCreateOrganisation(db, DEFAULT_ORGANISATION);
}

function describe({ file, parsed, result }: ImportedFile): string {
  if (result.status === "created") {
    return m.created(file, parsed.meeting.committee, parsed.meeting.date, result.items);
  }
  if (result.status === "unchanged") return m.unchanged(file, result.meetingId);
  return m.duplicate(file, result.meetingId, result.importedFrom);
}
