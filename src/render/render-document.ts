import type { MeetingDocument } from "../domain/document/document.ts";

export const DOCUMENT_FORMATS = ["pdf", "docx", "html"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
};

/** A document in one of the formats; renderers load on first use (Typst, docx are large). */
export async function renderDocument(
  doc: MeetingDocument,
  format: DocumentFormat,
): Promise<Uint8Array> {
  switch (format) {
    case "pdf":
      return (await import("./pdf/render-pdf.ts")).renderPdf(doc);
    case "docx":
      return (await import("./docx/render-docx.ts")).renderDocx(doc);
    case "html":
      return new TextEncoder().encode(
        await (await import("./html/render-html.tsx")).renderHtml(doc),
      );
  }
}
