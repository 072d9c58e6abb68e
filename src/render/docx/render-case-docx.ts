import { Document, type FileChild, Packer, Paragraph } from "docx";
import type { CaseView } from "../../domain/case/get-case.ts";
import type { CaseAttachment } from "../../domain/case/list-case-attachments.ts";
import { purposes } from "../../domain/case/purpose.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { listPlace, newListState } from "./lists.ts";
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

/** The case's bilag by title under »Bilag« (CASE_ATTACHMENTS_HEADING), marked if not public. */
function attachmentList(
  list: readonly Pick<CaseAttachment, "title" | "name" | "public">[],
  lists: ReturnType<typeof newListState>,
): Paragraph[] {
  if (list.length === 0) return [];
  const { reference, instance, level } = listPlace({ type: "bulletList" }, null, lists);
  return [
    heading(3, CASE_ATTACHMENTS_HEADING),
    ...list.map(
      (a) =>
        new Paragraph({
          numbering: { reference, instance, level },
          children: runsOf(
            a.public ? a.title || a.name : `${a.title || a.name} (${caseUi.page.notPublic})`,
          ),
        }),
    ),
  ];
}

/** The heading of the bilag list, after the fields: import leaves out what follows it. */
export const CASE_ATTACHMENTS_HEADING = caseUi.attachments.heading;

/**
 * A case as a Word document for its author: the committee as Heading 1, the title as
 * Heading 2, each field as Heading 3 with its text below (its own headings as Heading 4-5,
 * real lists and tables with header rows), then the list of its bilag. Import reads the field
 * headings back and stops at the bilag.
 */
export async function renderCaseDocx(
  view: CaseView,
  attachments: readonly Pick<CaseAttachment, "title" | "name" | "public">[] = [],
): Promise<Uint8Array> {
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
  children.push(...attachmentList(attachments, lists));
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
