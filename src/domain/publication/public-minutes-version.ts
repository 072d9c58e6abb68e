import { webMessages } from "../../i18n/da/web.ts";
import type { DocumentItem, MeetingDocument } from "../document/document.ts";
import { applyPrivacyToDocument } from "../privacy/apply-privacy.ts";
import type { MeetingPrivacy } from "../privacy/meeting-privacy.ts";

/**
 * The public reading of a stored minutes version. Versions are kept as the internal document;
 * the public sees what the publication policy lets out of a meeting, which the internal
 * document marks: restricted sections and attachments are left out, a closed item keeps its
 * title, reason for closure and open decision only, and staff notes are dropped. Personal data
 * is taken out as in toPublicMeeting, with the meeting's privacy data as it is now.
 */
export function publicMinutesVersion(
  doc: MeetingDocument,
  privacy?: MeetingPrivacy,
): MeetingDocument {
  const view: MeetingDocument = { ...doc, variant: "public", items: doc.items.map(publicItem) };
  return applyPrivacyToDocument(view, privacy);
}

const CLOSED_KINDS = new Set(["closure_reason", "open_decision"]);

function publicItem(item: DocumentItem): DocumentItem {
  if (item.closed) {
    return {
      ...item,
      journalNumber: null,
      closedNote: webMessages.meeting.closedPublic,
      sections: item.sections
        .filter((s) => CLOSED_KINDS.has(s.kind))
        .map(({ restricted: _, ...s }) => ({ ...s, note: null })),
      attachments: [],
    };
  }
  return {
    ...item,
    closedNote: null,
    sections: item.sections
      .filter((s) => !s.restricted)
      .map(({ restricted: _, ...s }) => ({ ...s, note: null })),
    attachments: item.attachments
      .filter((a) => !a.restricted && a.note === null)
      .map(({ restricted: _, ...a }) => ({ ...a, mediaType: null })),
  };
}
