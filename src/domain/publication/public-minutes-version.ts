import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { webMessages } from "../../i18n/da/web.ts";
import type { DocumentItem, MeetingDocument } from "../document/document.ts";

/**
 * The public reading of a stored minutes version. Versions are kept as the internal document;
 * the public sees what the publication policy lets out of a meeting, which the internal
 * document marks: restricted sections and attachments are left out, a closed item keeps its
 * title, reason for closure and open decision only, and staff notes are dropped.
 */
export function publicMinutesVersion(doc: MeetingDocument): MeetingDocument {
  return {
    ...doc,
    variant: "public",
    items: doc.items.map(publicItem),
  };
}

const CLOSED_KINDS = new Set(["closure_reason", "open_decision"]);

function publicItem(item: DocumentItem): DocumentItem {
  if (item.withdrawn) {
    return {
      ...item,
      journalNumber: null,
      closedNote: agendaCorrectionMessages.document.withdrawnNote,
      sections: item.sections
        .filter((s) => !s.restricted)
        .map(({ restricted: _, ...s }) => ({ ...s, note: null })),
      attachments: [],
    };
  }
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
