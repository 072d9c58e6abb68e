import type {
  DocumentAttachment,
  DocumentItem,
  DocumentSection,
  MeetingDocument,
} from "../domain/document/document.ts";
import { documentMessages } from "../i18n/da/document.ts";

const e = documentMessages.errors;

export type RenderFormat = keyof typeof e.formats;

/** Where in a document a render failed; all null when it fails as a whole. */
export interface FailurePlace {
  item: DocumentItem | null;
  section: DocumentSection | null;
  attachment?: DocumentAttachment | null;
}

/**
 * A document that could not be rendered. Our bug, not the user's, but the Danish message says
 * where (item, field) and what to change to get the file; `place` is for the log.
 */
export class DocumentRenderError extends Error {
  constructor(
    message: string,
    readonly format: RenderFormat,
    readonly place: FailurePlace,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DocumentRenderError";
  }
}

const MEETING_RECORD = new Set([
  "decision",
  "votes",
  "protocol_notes",
  "quorum",
  "absence",
  "conflicts",
]);

function adviceFor(place: FailurePlace): string {
  if (place.attachment) return e.advice.attachment;
  if (place.section?.kind === "field") return e.advice.field;
  if (place.section && MEETING_RECORD.has(place.section.kind)) return e.advice.meeting;
  return place.item ? e.advice.item : e.advice.document;
}

function where(place: FailurePlace): string | null {
  const { item, section, attachment } = place;
  if (!item) return null;
  const parts = [e.item(item.number, item.title ?? item.heading)];
  if (attachment) parts.push(e.attachment(attachment.title));
  else if (section?.kind === "field") parts.push(e.field(section.heading));
  else if (section) parts.push(e.section(section.heading));
  return parts.join(", ");
}

/** The technical reason in one short line. */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/g, " ").trim();
  if (!line) return e.unknownDetail;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The Danish message for a failure at `place`. */
export function renderFailure(
  format: RenderFormat,
  place: FailurePlace,
  cause: unknown,
): DocumentRenderError {
  const message = e.failed(where(place), e.formats[format], detailOf(cause), adviceFor(place));
  return new DocumentRenderError(message, format, place, { cause });
}

/**
 * The smaller documents to try, one at a time, to find what fails: each item alone, then each
 * section of the first item that fails alone. The caller answers each with true when it fails
 * too; the result is the place found.
 */
export function* narrowFailure(
  doc: MeetingDocument,
): Generator<MeetingDocument, FailurePlace, boolean> {
  for (const item of doc.items) {
    if (!(yield { ...doc, items: [item] })) continue;
    for (const section of item.sections) {
      const alone = { ...item, sections: [section], attachments: [] };
      if (yield { ...doc, items: [alone] }) return { item, section };
    }
    return { item, section: null };
  }
  return { item: null, section: null };
}

/** Renders `doc`; on failure, the DocumentRenderError naming where it fails. */
export function renderExplained<T>(
  doc: MeetingDocument,
  format: RenderFormat,
  render: (doc: MeetingDocument) => T,
): T {
  try {
    return render(doc);
  } catch (error) {
    if (error instanceof DocumentRenderError) throw error;
    const search = narrowFailure(doc);
    let step = search.next();
    while (!step.done) {
      let failed = false;
      try {
        render(step.value);
      } catch {
        failed = true;
      }
      step = search.next(failed);
    }
    throw renderFailure(format, step.value, error);
  }
}

/** renderExplained for a renderer that answers a promise. */
export async function renderExplainedAsync<T>(
  doc: MeetingDocument,
  format: RenderFormat,
  render: (doc: MeetingDocument) => Promise<T>,
): Promise<T> {
  try {
    return await render(doc);
  } catch (error) {
    if (error instanceof DocumentRenderError) throw error;
    const search = narrowFailure(doc);
    let step = search.next();
    while (!step.done) {
      step = search.next(
        await render(step.value).then(
          () => false,
          () => true,
        ),
      );
    }
    throw renderFailure(format, step.value, error);
  }
}
