import { PDFDict, PDFDocument, PDFName, type PDFPage, PDFRef } from "pdf-lib";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { convertToPdf, findLibreOffice } from "../libreoffice.ts";
import { attachmentPdf, type ConvertDocx, type PackageAttachment } from "./attachment-pdf.ts";
import { appendBookmarks, type Bookmark } from "./outline.ts";
import { type Separator, separatorPages } from "./separator-pages.ts";

export type { ConvertDocx, PackageAttachment } from "./attachment-pdf.ts";

const p = attachmentMessages.package;

export interface PackageItem {
  /** The item's heading as in the agenda: "Punkt 3: Budget 2026". */
  heading: string;
  attachments: PackageAttachment[];
}

export interface PackageOptions {
  /** Turns a Word file into PDF; without it Word attachments are listed in the notes. */
  convertDocx?: ConvertDocx;
}

export interface AgendaPackage {
  pdf: Uint8Array;
  /** Danish notes on attachments that could not be included. */
  notes: string[];
}

/** The options for this machine: Word conversion when LibreOffice is installed. */
export function defaultPackageOptions(): PackageOptions {
  return findLibreOffice() ? { convertDocx: (bytes, name) => convertToPdf(bytes, name) } : {};
}

/** Links into the source's structure tree; in ours they would point at the wrong tags. */
function dropStructureLinks(page: PDFPage): void {
  page.node.delete(PDFName.of("StructParents"));
  const annots = page.node.Annots();
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    annots?.lookupMaybe(i, PDFDict)?.delete(PDFName.of("StructParent"));
  }
}

/** Copies all pages of `source` to the end of `target`; the first copied page, or null. */
async function appendPages(target: PDFDocument, source: PDFDocument): Promise<PDFRef | null> {
  let pages: PDFPage[];
  try {
    pages = await target.copyPages(source, source.getPageIndices());
  } catch {
    return null;
  }
  for (const page of pages) {
    dropStructureLinks(page);
    target.addPage(page);
  }
  return pages[0]?.ref ?? null;
}

/**
 * The agenda package: the agenda PDF followed by every item's attachments as PDF pages, each
 * after a separator page with its title (set by Typst, separator-pages.ts), with a bookmark
 * per item that has attachments and one below it per attachment (at its separator page). The
 * agenda's own catalog (tags, language, outline, document info) is kept, but not its PDF/UA
 * claim. Attachments that cannot be included are left out with a Danish note; the package is
 * made anyway.
 */
export async function buildAgendaPackage(
  agendaPdf: Uint8Array,
  items: PackageItem[],
  options: PackageOptions = {},
): Promise<AgendaPackage> {
  const pdf = await PDFDocument.load(agendaPdf, { updateMetadata: false });
  const agendaPages = pdf.getPageCount();
  const notes: string[] = [];
  // First every bilag as PDF, numbered under its item, so their separator pages are set at once.
  const included: { item: number; separator: Separator; source: PDFDocument }[] = [];
  for (const [index, item] of items.entries()) {
    let number = 0;
    for (const attachment of item.attachments) {
      const source = await attachmentPdf(attachment, options.convertDocx);
      if (!source.ok) {
        notes.push(p.skipped(item.heading, attachment.title, source.reason));
        continue;
      }
      number += 1;
      const separator = { itemHeading: item.heading, number, title: attachment.title };
      included.push({ item: index, separator, source: source.pdf });
    }
  }
  // Copied in one go, so the pages share one copy of the fonts.
  const separators =
    included.length > 0
      ? await PDFDocument.load(separatorPages(included.map((x) => x.separator)))
      : null;
  const separatorPagesCopied = separators
    ? await pdf.copyPages(separators, separators.getPageIndices())
    : [];
  const children: Bookmark[][] = items.map(() => []);
  for (const [i, bilag] of included.entries()) {
    const separator = separatorPagesCopied[i];
    if (!separator) continue;
    dropStructureLinks(separator);
    pdf.addPage(separator);
    if (!(await appendPages(pdf, bilag.source))) {
      pdf.removePage(pdf.getPageCount() - 1);
      notes.push(p.skipped(bilag.separator.itemHeading, bilag.separator.title, p.invalidPdf));
      continue;
    }
    children[bilag.item]?.push({ title: bilag.separator.title, page: separator.ref, children: [] });
  }
  const marks: Bookmark[] = items.flatMap((item, index) => {
    const own = children[index] ?? [];
    const first = own[0];
    return first ? [{ title: p.itemBookmark(item.heading), page: first.page, children: own }] : [];
  });
  appendBookmarks(pdf, marks);
  if (pdf.getPageCount() > agendaPages) {
    // The agenda's XMP claims PDF/UA-1 and gives its own page count: neither holds for the
    // package, whose bilag pages are not tagged. The document info (title, author) stays.
    const metadata = pdf.catalog.get(PDFName.of("Metadata"));
    if (metadata instanceof PDFRef) pdf.context.delete(metadata);
    pdf.catalog.delete(PDFName.of("Metadata"));
  }
  return { pdf: await pdf.save(), notes };
}
