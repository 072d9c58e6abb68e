import type { searchDocuments, searchDocumentTexts } from "../db/schema/index.ts";
import { purposeFromTitle } from "../domain/case/purpose.ts";
import type { PublicMeeting, PublicOpenItem } from "../domain/publication/publication.policy.ts";
import { searchMessages } from "../i18n/da/search.ts";

const m = searchMessages.index;

/** A search document with its text, as insertSearchDocuments() takes it. */
export type SearchDocumentRow = Omit<typeof searchDocuments.$inferInsert, "id" | "tsv"> &
  Omit<typeof searchDocumentTexts.$inferInsert, "documentId">;

/** The most text of one bilag that is indexed and cut into snippets. */
export const MAX_ATTACHMENT_TEXT = 20_000;

/** Control characters out: the snippet markers are control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) => text.replace(CONTROL, " ");

/**
 * A labelled part of a body, "Beslutning: Tiltrådt." The label ends in a colon: a snippet shows
 * line breaks as spaces, and without it the label ran into the text.
 */
const block = (heading: string, text: string | null) => (text ? `${heading}: ${text}` : "");
/** Names in one block (bilag, participants): a snippet shows them apart. */
const list = (names: string[]) => names.join(";\n");
const join = (blocks: string[]) => blocks.filter((b) => b !== "").join("\n\n");

function openItemBody(item: PublicOpenItem): string {
  return join([
    ...item.sections.map((s) => block(s.label, s.text)),
    block(m.decision, item.decision?.text ?? null),
    block(m.attachments, list(item.attachments.map((a) => a.title))),
  ]);
}

/**
 * The search documents of a meeting, built from its public view only (toPublicMeeting): the
 * meeting (committee, place, participants), each item (a closed one as title, reason for
 * closure and open decision) and each public bilag whose text is known. `attachmentText`
 * answers the extracted text of a bilag listed in the view.
 */
export function buildSearchDocuments(
  organisationId: number,
  view: PublicMeeting,
  attachmentText: (attachmentId: number) => string | undefined,
): SearchDocumentRow[] {
  const base = {
    organisationId,
    meetingId: view.id,
    committeeSlug: view.committee.slug,
    committeeName: clean(view.committee.name),
    startsAt: view.startsAt,
  };
  const none = { itemOrdinal: null, itemNumber: null, attachmentId: null };
  const rows: SearchDocumentRow[] = [
    {
      ...base,
      ...none,
      kind: "meeting",
      purpose: null,
      journalNumber: null,
      title: clean(m.meetingTitle(view.kind, view.committee.name)),
      body: clean(
        join([
          block(m.location, view.location),
          block(
            m.participants,
            list(view.participants.map((p) => (p.title ? `${p.name} (${p.title})` : p.name))),
          ),
        ]),
      ),
    },
  ];
  view.items.forEach((item, index) => {
    const at = { itemOrdinal: index + 1, itemNumber: item.number, attachmentId: null };
    const purpose = purposeFromTitle(item.title);
    // A withdrawn item is no longer on the agenda: it is found nowhere.
    if (item.closed && item.withdrawn) return;
    if (item.closed) {
      rows.push({
        ...base,
        ...at,
        kind: "item",
        purpose,
        journalNumber: null,
        title: clean(item.title),
        body: clean(
          join([
            m.closed,
            block(m.closureReason, item.closureReason),
            block(m.openDecision, item.openDecision),
          ]),
        ),
      });
      return;
    }
    const item_ = { ...base, ...at, purpose, journalNumber: item.journalNumber };
    rows.push({
      ...item_,
      kind: "item",
      title: clean(item.title),
      body: clean(openItemBody(item)),
    });
    for (const file of item.attachments) {
      const text = file.stored ? attachmentText(file.id) : undefined;
      if (!text) continue;
      rows.push({
        ...item_,
        kind: "attachment",
        attachmentId: file.id,
        title: clean(file.title),
        body: clean(text.slice(0, MAX_ATTACHMENT_TEXT)),
      });
    }
  });
  return rows;
}
