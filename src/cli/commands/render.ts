import { rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { buildDocument } from "../../domain/document/build-document.ts";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { meetingFromParsed } from "../../domain/document/meeting-from-parsed.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { cliMessages } from "../../i18n/da/cli.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  renderDocument,
} from "../../render/render-document.ts";
import { DocumentRenderError } from "../../render/render-error.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseOptions, positiveInt } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const m = cliMessages.render;

/** Work failed for a reason the user can act on; exit 1 with this message. */
class RenderFailure extends Error {}

const isFormat = (value: string | undefined): value is DocumentFormat =>
  DOCUMENT_FORMATS.includes(value as DocumentFormat);

/** Writes next to the target and renames, so a failed run never leaves a broken file. */
async function writeOut(path: string, bytes: Uint8Array): Promise<void> {
  if (path === "-") {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/**
 * `referat render (--from FIL | --meeting ID) --format pdf|docx|html [--public] [--package]
 * [--organisation NAVN] -o UD`
 */
export async function runRender(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    from: { type: "string" },
    meeting: { type: "string" },
    format: { type: "string" },
    public: { type: "boolean", default: false },
    package: { type: "boolean", default: false },
    organisation: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if ((values.from === undefined) === (values.meeting === undefined)) {
    throw new UsageError(m.sourceRequired);
  }
  if (!isFormat(values.format)) throw new UsageError(m.formatRequired);
  if (!values.output) throw new UsageError(m.outputRequired);
  if (values.package && (values.meeting === undefined || values.format !== "pdf")) {
    throw new UsageError(m.packageNeedsMeeting);
  }
  const variant = values.public ? "public" : "internal";
  try {
    const bytes =
      values.from !== undefined
        ? await renderDocument(
            await fromFile(values.from, variant, values.organisation),
            values.format,
          )
        : await fromDatabase(positiveInt(values.meeting, "--meeting", 0), variant, values);
    await writeOut(values.output, bytes);
    if (values.output !== "-") console.error(m.written(values.output, bytes.byteLength));
    return 0;
  } catch (error) {
    if (error instanceof RenderFailure || error instanceof DocumentRenderError) {
      console.error(cliMessages.failed(error.message));
      return 1;
    }
    throw error;
  }
}

async function fromFile(
  path: string,
  variant: MeetingDocument["variant"],
  organisation: string | undefined,
): Promise<MeetingDocument> {
  const parsed = await readLegacyFile(path);
  // A parsed file is treated as published minutes, so its public variant always exists.
  return buildDocument(meetingFromParsed(parsed, organisation ?? ""), variant) as MeetingDocument;
}

async function fromDatabase(
  id: number,
  variant: MeetingDocument["variant"],
  options: { format?: string; package?: boolean },
): Promise<Uint8Array> {
  const { database, storage } = await openWorkspace();
  try {
    const meeting = await getMeeting(database.db, id);
    if (!meeting) throw new RenderFailure(m.meetingNotFound(id));
    const doc = buildDocument(meeting, variant);
    if (!doc) throw new RenderFailure(m.notPublic(id));
    if (!options.package) return await renderDocument(doc, options.format as DocumentFormat);
    const { renderAgendaPackage } = await import("../../render/package/render-agenda-package.ts");
    const result = await renderAgendaPackage(database.db, storage, doc);
    for (const note of result.notes) console.error(m.note(note));
    return result.pdf;
  } finally {
    await database.close();
  }
}
