import type { Context } from "hono";
import type { MeetingDocument } from "../domain/document/document.ts";
import { documentMessages } from "../i18n/da/document.ts";
import { MEDIA_TYPES, renderDocument } from "../render/render-document.ts";
import { DocumentRenderError } from "../render/render-error.ts";
import { DOWNLOADS, type DownloadFile } from "../web/components/document-downloads.tsx";
import { contentDisposition } from "./content-disposition.ts";
import { PUBLIC_CACHE_CONTROL } from "./middleware/public-cache.ts";
import { renderError } from "./render.ts";
import type { AppEnv } from "./types.ts";

const CACHE = { public: PUBLIC_CACHE_CONTROL, staff: "private, no-store" } as const;

/**
 * A file name for the saved document: the title without characters file systems refuse; the
 * package has a name of its own (»… med bilag.pdf«), so it does not overwrite the agenda.
 */
const fileName = (
  doc: MeetingDocument,
  extension: string,
  kind?: (typeof DOWNLOADS)[DownloadFile],
) =>
  `${(kind === "package" ? documentMessages.packageFileName(doc.title) : doc.title)
    .replace(/[:/\\?*"<>|]/g, "")
    .replace(/\s+/g, " ")
    .trim()}.${extension}`;

async function render(c: Context<AppEnv>, doc: MeetingDocument, file: DownloadFile) {
  const kind = DOWNLOADS[file];
  if (kind !== "package") return renderDocument(doc, kind);
  const { storage, db } = c.get("deps");
  if (!storage) return null;
  const { renderAgendaPackage } = await import("../render/package/render-agenda-package.ts");
  return (await renderAgendaPackage(db, storage, doc)).pdf;
}

/**
 * Sends a meeting's document as PDF, DOCX or PDF with its attachments, as a download. A
 * document that cannot be rendered is our bug: it is logged with the meeting, and the user
 * gets a Danish page naming the item and field and what to change, not a bare 500.
 */
export async function sendDocument(
  c: Context<AppEnv>,
  doc: MeetingDocument,
  file: DownloadFile,
  audience: keyof typeof CACHE,
): Promise<Response> {
  const kind = DOWNLOADS[file];
  let bytes: Uint8Array | null;
  try {
    bytes = await render(c, doc, file);
  } catch (error) {
    if (!(error instanceof DocumentRenderError)) throw error;
    c.get("deps").logger.error(
      { err: error, meetingId: c.req.param("id"), file, variant: doc.variant },
      "document render failed",
    );
    const title = documentMessages.errors.title;
    return renderError(c, 500, { title, message: error.message });
  }
  if (!bytes) return renderError(c, 404);
  const format = kind === "docx" ? "docx" : "pdf";
  c.header("Content-Type", MEDIA_TYPES[format]);
  c.header("Content-Length", String(bytes.byteLength));
  // A PDF opens in the tab (on an iPad: in the browser's reader), as a bilag does, and keeps its
  // name when saved; a Word file is downloaded.
  const disposition = format === "pdf" ? "inline" : "attachment";
  c.header("Content-Disposition", contentDisposition(disposition, fileName(doc, format, kind)));
  c.header("Cache-Control", CACHE[audience]);
  c.header("X-Content-Type-Options", "nosniff");
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}
