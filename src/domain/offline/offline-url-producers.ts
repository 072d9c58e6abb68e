import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadCase } from "../case/load-case.ts";
import { DomainError } from "../domain-error.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";

/** What a producer is given: the meeting as the member sees it (meetingSeenBy), never more. */
export interface OfflineContext {
  db: Db;
  principal: Principal;
  /** The meeting through meetingSeenBy: items a member may not see are not in it. */
  seen: FullMeeting;
}

/**
 * One kind of page or file a member reads offline. A producer lists the URLs of its kind that
 * the member may read, deciding by the same policy the route serving them asks. Adding a kind
 * (a viewer page for bilag, the minutes) is adding a producer to OFFLINE_URL_PRODUCERS.
 */
export type OfflineUrlProducer = (ctx: OfflineContext) => Promise<string[]> | string[];

/** The agenda page /app/moeder/:id, which shows every item the member may see in full. */
export const agendaPage: OfflineUrlProducer = ({ seen }) => [`/app/moeder/${seen.id}`];

/**
 * Every stored bilag on the items as the member sees them: the rule of mayReadAttachment for
 * an item's bilag (isListedAttachment), at the URL the agenda page links (/app/bilag/:id).
 */
export const itemAttachments: OfflineUrlProducer = ({ seen }) =>
  seen.items.flatMap((item) =>
    item.attachments.filter((a) => a.stored).map((a) => `/app/bilag/${a.id}`),
  );

/**
 * The bilag viewer of each stored PDF bilag the member may read (the same bilag as above, as
 * AnnotateLink offers it) and the annotations the member sees on it, so marking works offline.
 */
export const bilagViewers: OfflineUrlProducer = ({ seen }) =>
  seen.items.flatMap((item) =>
    item.attachments
      .filter((a) => a.stored && a.mediaType === "application/pdf")
      .flatMap((a) => [`/app/bilag/${a.id}/vis`, `/app/bilag/${a.id}/markeringer`]),
  );

/** The case page /app/sager/:id of each item's case the member may read (case.policy). */
export const casePages: OfflineUrlProducer = async ({ db, principal, seen }) => {
  const urls: string[] = [];
  for (const item of seen.items) {
    if (item.caseId === null) continue;
    try {
      await loadCase(db, principal, item.caseId);
      urls.push(`/app/sager/${item.caseId}`);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return urls;
};

export const OFFLINE_URL_PRODUCERS: readonly OfflineUrlProducer[] = [
  agendaPage,
  itemAttachments,
  bilagViewers,
  casePages,
];
