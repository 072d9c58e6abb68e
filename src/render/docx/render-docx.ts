import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { documentMessages } from "../../i18n/da/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { newListState } from "./lists.ts";
import { meetingBlocks } from "./meeting-docx.ts";
import { numbering, styles } from "./styles.ts";
import { cleanText, runsOf } from "./text.ts";

const page = documentMessages.pageNumber;

/** Organisation and committee on every page. */
function header(doc: MeetingDocument): Header {
  const text = [doc.organisationName, doc.committeeName].filter((s) => s.trim()).join(" – ");
  return new Header({ children: [new Paragraph({ style: "Header", children: runsOf(text) })] });
}

/** "Side 3 af 12" from the PAGE and NUMPAGES fields, which Word and LibreOffice fill in. */
function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: "Footer",
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [page.before, PageNumber.CURRENT, page.between, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * An agenda or minutes as a Word document (DOCX): real heading styles with outline levels,
 * a table of contents field, Danish as the text language, real list numbering and tables with
 * header rows. Renders the document model and nothing else.
 */
export async function renderDocx(doc: MeetingDocument): Promise<Uint8Array> {
  const file = new Document({
    title: cleanText(doc.title),
    subject: cleanText(doc.committeeName),
    creator: webMessages.siteName,
    lastModifiedBy: webMessages.siteName,
    styles,
    numbering,
    features: { updateFields: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 708 },
          },
        },
        headers: { default: header(doc) },
        footers: { default: footer() },
        children: meetingBlocks(doc, newListState()),
      },
    ],
  });
  return Packer.pack(file, "uint8array");
}
