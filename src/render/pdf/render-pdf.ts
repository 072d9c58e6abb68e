import { readFileSync } from "node:fs";
import type { DocumentItem, MeetingDocument } from "../../domain/document/document.ts";
import { documentMessages as d } from "../../i18n/da/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { renderExplained } from "../render-error.ts";
import { compilePrintable } from "./compile-printable.ts";
import { richTextToTypst } from "./rich-text-typst.ts";
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
      block(text(a.note ? `${a.title} (${a.note})` : a.title)),
    );
    parts.push(`#bullets(${entries.join(", ")})`);
  }
  return parts.filter(Boolean).join("\n\n");
}

/** »Rettelser« of an agenda changed after it went out: a heading, the note, one entry per change. */
function corrections(doc: MeetingDocument): string {
  const c = doc.corrections;
  if (!c || c.lines.length === 0) return "";
  const entries = c.lines.map((line) => block(text(line))).join(", ");
  return `== ${text(c.heading)}\n\n${text(c.note)}\n\n#bullets(${entries})`;
}

/** The members' approval of the minutes (§13), after the items. */
function signoffs(doc: MeetingDocument): string {
  const s = doc.signoffs;
  if (!s) return "";
  return [`== ${text(s.heading)}`, ...s.lines.map(text)].join("\n\n");
}

/**
 * The Typst source of a document after the prelude: the content as string literals. With more
 * than one item, each starts on a page of its own after the table of contents, as in the
 * municipality's printed minutes. The page runs between the breaks are laid out in parallel,
 * and the second pass that fills in the page numbers reuses their layout (adr/0023).
 */
function typstBody(doc: MeetingDocument): string {
  const page = `(x, y) => ${str(d.pageNumber.before)} + x + ${str(d.pageNumber.between)} + y`;
  const facts = doc.facts.map((f) => `(${str(f.label)}, ${str(f.value)})`).join(", ");
  return [
    `#show: meeting-document.with(title: ${str(doc.title)}, organisation: ${str(doc.organisationName)}, committee: ${str(doc.committeeName)}, page-label: ${page})`,
    `= ${text(doc.title)}`,
    `#facts(${facts})`,
    corrections(doc),
    doc.items.length > 1
      ? `#outline(title: ${block(text(d.tableOfContents))}, target: heading.where(level: 2))`
      : "",
    ...doc.items.map((it) =>
      doc.items.length > 1 ? `#pagebreak(weak: true)\n\n${item(it)}` : item(it),
    ),
    signoffs(doc),
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** Compiles the document (compilePrintable: unprintable characters replaced). */
function compileDocument(doc: MeetingDocument): Uint8Array {
  return compilePrintable(PRELUDE, `\n\n${typstBody(doc)}`);
}

/**
 * An agenda or minutes as an A4 PDF: tagged, PDF/UA-1, bookmarks, table of contents. When it
 * cannot be set, a DocumentRenderError names the item and field that fail.
 */
export function renderPdf(doc: MeetingDocument): Uint8Array {
  return renderExplained(doc, "pdf", compileDocument);
}
