import type { MeetingDocument } from "../../domain/document/document.ts";
import { styleSheet } from "../../web/assets.ts";
import { renderDocument } from "../../web/layout.tsx";
import { MeetingDocumentView } from "./meeting-document.tsx";

/**
 * A document as one self-contained HTML file (style sheet inlined, print styles included), for
 * archives and for opening without the server. The markup is the portal's.
 */
export async function renderHtml(doc: MeetingDocument): Promise<string> {
  const page = (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.title}</title>
        <style dangerouslySetInnerHTML={{ __html: styleSheet }} />
      </head>
      <body>
        <main class="container">
          <MeetingDocumentView doc={doc} />
        </main>
      </body>
    </html>
  );
  return renderDocument(page as never);
}
