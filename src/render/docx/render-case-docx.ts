import { Document, type FileChild, Packer, Paragraph } from "docx";
import type { CaseView } from "../../domain/case/get-case.ts";
import { purposes } from "../../domain/case/purpose.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { newListState } from "./lists.ts";
import { richTextBlocks } from "./rich-text-docx.ts";
import { numbering, styles } from "./styles.ts";
import { cleanText, runsOf } from "./text.ts";

const labels = caseMessages.labels;

const heading = (level: 1 | 2 | 3, text: string) =>
  new Paragraph({ style: `Heading${level}`, children: runsOf(text) });

function fact(label: string, value: string | null): Paragraph[] {
  if (!value) return [];
  return [new Paragraph({ children: [...runsOf(`${label}: `, { bold: true }), ...runsOf(value)] })];
}

/**
 * A case as a Word document for its author: the committee as Heading 1, the title as
 * Heading 2, each field as Heading 3 with its text below (its own headings as Heading 4-5,
 * real lists and tables with header rows). Import reads the field headings back.
 */
export async function renderCaseDocx(view: CaseView): Promise<Uint8Array> {
  const lists = newListState();
  const children: FileChild[] = [
    heading(1, view.committee?.name ?? webMessages.siteName),
    heading(2, view.title),
    ...fact(labels.purpose, view.purpose ? purposes[view.purpose] : null),
    ...fact(labels.journalNumber, view.journalNumber),
    ...fact(labels.durationMinutes, view.durationMinutes ? String(view.durationMinutes) : null),
    ...fact(labels.closed, view.closed ? labels.yes : null),
    ...fact(labels.closureReason, view.closed ? view.closureReason : null),
    ...fact(labels.openDecision, view.openDecision),
  ];
  for (const field of view.fields) {
    children.push(heading(3, field.label));
    // Field headings start at Heading 4 below the field's Heading 3 (richTextBlocks levels them).
    children.push(...richTextBlocks(field.doc.content, lists));
  }
  const file = new Document({
    title: cleanText(view.title),
    subject: cleanText(view.committee?.name ?? ""),
    creator: webMessages.siteName,
    lastModifiedBy: webMessages.siteName,
    styles,
    numbering,
    sections: [{ children }],
  });
  return Packer.pack(file, "uint8array");
}
