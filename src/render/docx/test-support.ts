/**
 * For the DOCX tests only: a real legacy seed plus an item with what the seed lacks, and the
 * rendered file read back as HTML.
 */

import { SEED_FILES, seedPath } from "../../../test/fixtures/import/seeds.ts";
import { type PmDoc, type PmNode, paragraph, textNode } from "../../domain/richtext/doc.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import { internalDocument } from "../build-document.ts";
import type { DocumentItem, MeetingDocument } from "../document.ts";
import { meetingFromParsed } from "../meeting-from-parsed.ts";

export const UNICODE_TEXT = "≥ → αβγ 😀";

const cell = (type: "tableHeader" | "tableCell", text: string): PmNode => ({
  type,
  content: [paragraph(text)],
});
const row = (type: "tableHeader" | "tableCell", ...texts: string[]): PmNode => ({
  type: "tableRow",
  content: texts.map((t) => cell(type, t)),
});
const item = (text: string, ...more: PmNode[]): PmNode => ({
  type: "listItem",
  content: [paragraph(text), ...more],
});

/** A field with a table, a bullet list with a nested list, a sub-heading, links and the test text. */
export const richDoc: PmDoc = {
  type: "doc",
  content: [
    paragraph(`Grænsen er ${UNICODE_TEXT} i år.`),
    { type: "heading", attrs: { level: 1 }, content: [textNode("Økonomi")] },
    {
      type: "table",
      content: [row("tableHeader", "Konto", "Beløb"), row("tableCell", "Drift", "1.000 kr.")],
    },
    {
      type: "bulletList",
      content: [
        item("Første punkt", {
          type: "orderedList",
          attrs: { start: 4 },
          content: [item("Under")],
        }),
      ],
    },
    {
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "Læs mere",
          marks: [{ type: "link", attrs: { href: "https://albertslund.dk" } }],
        },
        textNode(" eller "),
        {
          type: "text",
          text: "klik her",
          marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
        },
      ],
    },
  ],
};

export function extraItem(number: number, doc: PmDoc = richDoc): DocumentItem {
  return {
    anchor: `punkt-${number}`,
    number,
    heading: `Punkt ${number}: Økonomiopfølgning ${UNICODE_TEXT}`,
    journalNumber: "00.01.00-A00-1-25",
    closed: false,
    closedNote: null,
    sections: [{ kind: "field", heading: "Sagsfremstilling", note: null, doc }],
    attachments: [],
  };
}

/** The Chefforum minutes of 25 November 2021 as staff see them, with the extra item last. */
export async function seedDocument(): Promise<MeetingDocument> {
  const parsed = await readLegacyFile(seedPath(SEED_FILES.chefforum2021Nov));
  const doc = internalDocument(meetingFromParsed(parsed, "Albertslund Kommune"));
  return { ...doc, items: [...doc.items, extraItem(doc.items.length + 1)] };
}

/** A rendered DOCX read back as mammoth (the importer's reader) sees it. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

const TAG = /<[^>]+>/g;

/** The texts of every element of a tag, in document order, without inner markup. */
export function textsOf(html: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}>(.*?)</${tag}>`, "gs");
  return [...html.matchAll(pattern)].map((m) => decode((m[1] ?? "").replace(TAG, "")));
}

/** The few entities mammoth writes. */
export function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
