import type { Context } from "hono";
import type { MeetingDocument } from "../domain/document/document.ts";
import { MEDIA_TYPES, renderDocument } from "../render/render-document.ts";
import { DOWNLOADS, type DownloadFile } from "../web/components/document-downloads.tsx";
import { contentDisposition } from "./content-disposition.ts";
import { renderError } from "./render.ts";
import type { AppEnv } from "./types.ts";

const CACHE = { public: "public, max-age=300", staff: "private, no-store" } as const;

/** A file name for the saved document: the title without characters file systems refuse. */
const fileName = (doc: MeetingDocument, extension: string) =>
  `${doc.title
    .replace(/[:/\\?*"<>|]/g, "")
    .replace(/\s+/g, " ")
    .trim()}.${extension}`;

/** Sends a meeting's document as PDF, DOCX or PDF with its attachments, as a download. */
export async function sendDocument(
  c: Context<AppEnv>,
  doc: MeetingDocument,
  file: DownloadFile,
  audience: keyof typeof CACHE,
): Promise<Response> {
  const kind = DOWNLOADS[file];
  let bytes: Uint8Array;
  if (kind === "package") {
    const { storage, db } = c.get("deps");
    if (!storage) return renderError(c, 404);
    const { renderAgendaPackage } = await import("../render/package/render-agenda-package.ts");
    bytes = (await renderAgendaPackage(db, storage, doc)).pdf;
  } else {
    bytes = await renderDocument(doc, kind);
  }
  const format = kind === "docx" ? "docx" : "pdf";
  c.header("Content-Type", MEDIA_TYPES[format]);
  c.header("Content-Length", String(bytes.byteLength));
  c.header("Content-Disposition", contentDisposition("attachment", fileName(doc, format)));
  c.header("Cache-Control", CACHE[audience]);
  c.header("X-Content-Type-Options", "nosniff");
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}
