import { type FileChild, Paragraph, Tab, TableOfContents, TabStopType, TextRun } from "docx";
import type {
  DocumentAttachment,
  DocumentItem,
  MeetingDocument,
} from "../../domain/document/document.ts";
import { documentMessages } from "../../i18n/da/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { type ListState, listPlace } from "./lists.ts";
import { richTextBlocks } from "./rich-text-docx.ts";
import { runsOf } from "./text.ts";

const m = webMessages.meeting;

/** Where a fact's value starts, in twips (5 cm), so the values line up under each other. */
const VALUE_TAB = 2835;

const heading = (level: 1 | 2 | 3, text: string, pageBreakBefore = false) =>
  new Paragraph({ style: `Heading${level}`, pageBreakBefore, children: runsOf(text) });

const emphasised = (text: string) => new Paragraph({ children: runsOf(text, { italics: true }) });

/** "Mødedato	Torsdag 25. november 2021": bold label, value at a tab, wrapped lines under it. */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: VALUE_TAB }],
    indent: { left: VALUE_TAB, hanging: VALUE_TAB },
    children: [
      ...runsOf(label, { bold: true }),
      new TextRun({ children: [new Tab()] }),
      ...runsOf(value),
    ],
  });
}

function attachments(list: DocumentAttachment[], lists: ListState): Paragraph[] {
  if (list.length === 0) return [];
  const { reference, instance, level } = listPlace({ type: "bulletList" }, null, lists);
  return [
    heading(3, m.attachments),
    ...list.map(
      (a) =>
        new Paragraph({
          numbering: { reference, instance, level },
          children: runsOf(a.note ? `${a.title} (${a.note})` : a.title),
        }),
    ),
  ];
}

function pushAll<T>(out: T[], items: readonly T[]) {
  for (const item of items) out.push(item);
}

/** With more than one item, each starts on a page of its own, as in the PDF. */
function itemBlocks(item: DocumentItem, lists: ListState, out: FileChild[], ownPage: boolean) {
  out.push(heading(2, item.heading, ownPage));
  if (item.closedNote) out.push(emphasised(item.closedNote));
  if (item.journalNumber) out.push(labelled(m.journalNumber, item.journalNumber));
  for (const section of item.sections) {
    out.push(heading(3, section.heading));
    if (section.note) out.push(emphasised(section.note));
    pushAll(out, richTextBlocks(section.doc.content, lists));
  }
  pushAll(out, attachments(item.attachments, lists));
}

/**
 * The body of an agenda or minutes in the order of the HTML view: title (Heading 1), facts, a
 * table of contents, then each item (Heading 2) with its sections (Heading 3) and Bilag.
 */
export function meetingBlocks(doc: MeetingDocument, lists: ListState): FileChild[] {
  const out: FileChild[] = [heading(1, doc.title)];
  for (const fact of doc.facts) out.push(labelled(fact.label, fact.value));
  if (doc.corrections) {
    out.push(
      heading(2, doc.corrections.heading),
      new Paragraph({ children: runsOf(doc.corrections.note) }),
    );
    const { reference, instance, level } = listPlace({ type: "bulletList" }, null, lists);
    for (const line of doc.corrections.lines) {
      out.push(
        new Paragraph({ numbering: { reference, instance, level }, children: runsOf(line) }),
      );
    }
  }
  if (doc.items.length === 0) out.push(new Paragraph({ children: runsOf(m.noItems) }));
  if (doc.items.length > 1) {
    out.push(
      new Paragraph({ style: "TOCHeading", children: runsOf(documentMessages.tableOfContents) }),
      new TableOfContents(documentMessages.tableOfContents, {
        hyperlink: true,
        // The items (Heading 2), not the document's own title (Heading 1).
        headingStyleRange: "2-2",
      }),
    );
  }
  for (const item of doc.items) itemBlocks(item, lists, out, doc.items.length > 1);
  if (doc.signoffs) {
    out.push(heading(2, doc.signoffs.heading));
    for (const line of doc.signoffs.lines) out.push(new Paragraph({ children: runsOf(line) }));
  }
  return out;
}
