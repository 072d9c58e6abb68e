import type { MeetingDocument } from "../domain/document/document.ts";
import { renderExplainedAsync } from "./render-error.ts";

export const DOCUMENT_FORMATS = ["pdf", "docx", "html"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
};

/**
 * A document in one of the formats; renderers load on first use (Typst, docx are large). A
 * failure is a DocumentRenderError whose Danish message names the item and field.
 */
export async function renderDocument(
  doc: MeetingDocument,
  format: DocumentFormat,
): Promise<Uint8Array> {
  switch (format) {
    case "pdf":
      return (await import("./pdf/render-pdf.ts")).renderPdf(doc);
    case "docx": {
      const { renderDocx } = await import("./docx/render-docx.ts");
      return renderExplainedAsync(doc, "docx", renderDocx);
    }
    case "html": {
      const { renderHtml } = await import("./html/render-html.tsx");
      const html = await renderExplainedAsync(doc, "html", renderHtml);
      return new TextEncoder().encode(html);
    }
  }
}
