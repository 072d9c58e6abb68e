import {
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
} from "pdf-lib";

/** A bookmark pointing at a page, with bookmarks below it. */
export interface Bookmark {
  title: string;
  page: PDFRef;
  children: Bookmark[];
}

const N = (name: string) => PDFName.of(name);

/** The document's outline root as a reference, created when the document has none. */
function outlineRoot(pdf: PDFDocument): { ref: PDFRef; dict: PDFDict } {
  const { catalog, context } = pdf;
  const entry = catalog.get(N("Outlines"));
  const existing = entry ? context.lookup(entry) : undefined;
  if (existing instanceof PDFDict) {
    const ref = entry instanceof PDFRef ? entry : context.register(existing);
    catalog.set(N("Outlines"), ref);
    return { ref, dict: existing };
  }
  const dict = context.obj({ Type: "Outlines" }) as PDFDict;
  const ref = context.register(dict);
  catalog.set(N("Outlines"), ref);
  return { ref, dict };
}

/** How many entries an outline level shows when its /Count is missing: the top level only. */
function countSiblings(pdf: PDFDocument, first: PDFObject | undefined): number {
  let count = 0;
  const seen = new Set<PDFObject>();
  for (let at = first; at instanceof PDFRef && !seen.has(at); count++) {
    seen.add(at);
    at = pdf.context.lookup(at, PDFDict).get(N("Next"));
  }
  return count;
}

/** Writes a level of bookmarks under `parent`; returns the number of entries shown (all open). */
function writeLevel(
  pdf: PDFDocument,
  parent: PDFRef,
  marks: Bookmark[],
): { refs: PDFRef[]; visible: number } {
  const { context } = pdf;
  const refs = marks.map(() => context.nextRef());
  let visible = 0;
  marks.forEach((mark, i) => {
    const ref = refs[i] as PDFRef;
    const dict = context.obj({}) as PDFDict;
    dict.set(N("Title"), PDFHexString.fromText(mark.title));
    dict.set(N("Parent"), parent);
    dict.set(N("Dest"), context.obj([mark.page, N("Fit")]));
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) dict.set(N("Prev"), prev);
    if (next) dict.set(N("Next"), next);
    const below = writeLevel(pdf, ref, mark.children);
    if (below.refs.length > 0) {
      dict.set(N("First"), below.refs[0] as PDFRef);
      dict.set(N("Last"), below.refs[below.refs.length - 1] as PDFRef);
      dict.set(N("Count"), PDFNumber.of(below.visible));
    }
    context.assign(ref, dict);
    visible += 1 + below.visible;
  });
  return { refs, visible };
}

/**
 * Appends bookmarks after the document's own outline (Typst writes one for its headings), so
 * both the agenda's headings and the added entries show in the viewer's bookmark panel.
 */
export function appendBookmarks(pdf: PDFDocument, marks: Bookmark[]): void {
  if (marks.length === 0) return;
  const root = outlineRoot(pdf);
  const { refs, visible } = writeLevel(pdf, root.ref, marks);
  const first = refs[0] as PDFRef;
  const last = refs[refs.length - 1] as PDFRef;
  const oldLast = root.dict.get(N("Last"));
  const oldCount =
    root.dict.lookupMaybe(N("Count"), PDFNumber)?.asNumber() ??
    countSiblings(pdf, root.dict.get(N("First")));
  if (oldLast instanceof PDFRef) {
    pdf.context.lookup(oldLast, PDFDict).set(N("Next"), first);
    pdf.context.lookup(first, PDFDict).set(N("Prev"), oldLast);
  } else {
    root.dict.set(N("First"), first);
  }
  root.dict.set(N("Last"), last);
  root.dict.set(N("Count"), PDFNumber.of(Math.abs(oldCount) + visible));
  if (!pdf.catalog.has(N("PageMode"))) pdf.catalog.set(N("PageMode"), N("UseOutlines"));
}
