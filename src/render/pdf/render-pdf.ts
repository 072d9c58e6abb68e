import { readFileSync } from "node:fs";
import type { DocumentItem, MeetingDocument } from "../../domain/document/document.ts";
import { documentMessages as d } from "../../i18n/da/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { richTextToTypst } from "./rich-text-typst.ts";
import { compilePdf, TypstError } from "./typst-compiler.ts";
import { block, str, text } from "./typst-markup.ts";

const PRELUDE = readFileSync(new URL("./meeting.typ", import.meta.url), "utf8");

function item(it: DocumentItem): string {
  const parts = [`== ${text(it.heading)}`];
  if (it.closedNote) parts.push(`#closed-note(${str(it.closedNote)})`);
  if (it.journalNumber) parts.push(`#journal(${str(it.journalNumber)})`);
  for (const s of it.sections) {
    parts.push(`=== ${text(s.heading)}`);
    if (s.note) parts.push(`#emph(${str(s.note)})`);
    parts.push(richTextToTypst(s.doc));
  }
  if (it.attachments.length > 0) {
    parts.push(`=== ${text(webMessages.meeting.attachments)}`);
    const entries = it.attachments.map((a) =>
      block(text(a.note ? `${a.name} (${a.note})` : a.name)),
    );
    parts.push(`#list(${entries.join(", ")})`);
  }
  return parts.filter(Boolean).join("\n\n");
}

/** »Rettelser« of an agenda changed after it went out: a heading, the note, one entry per change. */
function corrections(doc: MeetingDocument): string {
  const c = doc.corrections;
  if (!c || c.lines.length === 0) return "";
  const entries = c.lines.map((line) => block(text(line))).join(", ");
  return `== ${text(c.heading)}\n\n${text(c.note)}\n\n#list(${entries})`;
}

/** The Typst source of a document: the prelude's design, then the content as string literals. */
export function typstSource(doc: MeetingDocument): string {
  const page = `(x, y) => ${str(d.pageNumber.before)} + x + ${str(d.pageNumber.between)} + y`;
  const facts = doc.facts.map((f) => `(${str(f.label)}, ${str(f.value)})`).join(", ");
  return [
    PRELUDE,
    `#show: meeting-document.with(title: ${str(doc.title)}, organisation: ${str(doc.organisationName)}, committee: ${str(doc.committeeName)}, page-label: ${page})`,
    `= ${text(doc.title)}`,
    `#facts(${facts})`,
    corrections(doc),
    // The items start on a new page after the table of contents. Besides the reading order a
    // printed agenda has, it lets Typst reuse the items' layout when the second pass fills in
    // the page numbers (a quarter of the time for seed 004).
    doc.items.length > 1
      ? `#outline(title: ${block(text(d.tableOfContents))}, target: heading.where(level: 2))\n\n#pagebreak(weak: true)`
      : "",
    ...doc.items.map(item),
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** A document that could not be set; the message is Danish and names the item when it can. */
export class PdfRenderError extends Error {}

/** The first item that fails on its own, to name it in the error. */
function failingItem(doc: MeetingDocument): DocumentItem | null {
  for (const it of doc.items) {
    try {
      compilePdf(typstSource({ ...doc, items: [it] }));
    } catch {
      return it;
    }
  }
  return null;
}

/** An agenda or minutes as an A4 PDF: tagged, PDF/UA-1, bookmarks, table of contents. */
export function renderPdf(doc: MeetingDocument): Uint8Array {
  try {
    return compilePdf(typstSource(doc));
  } catch (error) {
    if (!(error instanceof TypstError)) throw error;
    const item = failingItem(doc);
    throw new PdfRenderError(
      item ? d.errors.item(item.heading, error.message) : d.errors.document(error.message),
    );
  }
}
