import type { Tx } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import { renderDocument } from "../../render/render-document.ts";
import { DocumentRenderError } from "../../render/render-error.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { buildDocument } from "../document/build-document.ts";
import type { MeetingDocument } from "../document/document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";

export interface PreflightOptions {
  /** Bilag bytes for the package; without it the package lists them as missing. */
  storage?: BlobStorage | undefined;
  logger?: Logger | undefined;
}

/** Every output of one document: HTML, DOCX, and the PDF with its bilag (the PDF included). */
async function renderAll(tx: Tx, doc: MeetingDocument, storage: BlobStorage | undefined) {
  await renderDocument(doc, "html");
  await renderDocument(doc, "docx");
  // pdf-lib loads on first use, as the other renderers do.
  const { renderAgendaPackage } = await import("../../render/package/render-agenda-package.ts");
  // No Word conversion: a bilag that cannot be converted is a note in the package, never a failure.
  await renderAgendaPackage(tx, storage, doc, {});
}

/**
 * Renders every document of the meeting as it reads inside the publishing transaction (the
 * internal one and the public one, in HTML, DOCX, PDF and the PDF with bilag) before anything
 * goes out. When one fails, publishing is refused with `refuse(message)`: the Danish message
 * names the item, the field and what to change, and the failure is logged with the meeting id.
 * Thrown inside the transaction, the refusal rolls the publication back.
 */
export async function preflightMeeting(
  tx: Tx,
  meetingId: number,
  options: PreflightOptions,
  refuse: (message: string) => Error,
): Promise<void> {
  const meeting = await getMeeting(tx, meetingId);
  if (!meeting) return;
  const docs = [buildDocument(meeting, "internal"), buildDocument(meeting, "public")];
  for (const doc of docs) {
    if (!doc) continue;
    try {
      await renderAll(tx, doc, options.storage);
    } catch (error) {
      if (!(error instanceof DocumentRenderError)) throw error;
      options.logger?.error(
        { err: error, meetingId, variant: doc.variant, format: error.format },
        "publishing refused: a document cannot be rendered",
      );
      throw refuse(error.message);
    }
  }
}
