import { copenhagenToInstant } from "../../domain/meeting/copenhagen-time.ts";
import type { PublicMeetingEntry } from "../../domain/publication/page-public-meetings.ts";
import {
  firstPublishedAt,
  lastPublicChangeAt,
  type PublicItem,
  type PublicMeeting,
} from "../../domain/publication/publication.policy.ts";
import { oparlMessages } from "../../i18n/da/oparl.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../../web/format-date.ts";
import { attachmentHref, itemHref, meetingHref } from "../../web/portal-urls.ts";
import type { OparlDocumentFile, OparlUrls } from "./oparl-urls.ts";

/**
 * A public meeting as OParl 1.1 objects. Everything shown comes from the publication policy's
 * view (toPublicMeeting); the stored meeting gives ids and dates only. A closed item is its
 * number, title and open decision, as on every other public surface.
 */

const SCHEMA = "https://schema.oparl.org/1.1";
type Json = Record<string, unknown>;

const MEDIA: Record<OparlDocumentFile, string> = {
  "dokument.pdf": "application/pdf",
  "dokument.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "med-bilag.pdf": "application/pdf",
};

const instant = (wallClock: string | null) =>
  (wallClock && copenhagenToInstant(wallClock)?.toISOString()) || undefined;

const iso = (at: Date | null | undefined) => at?.toISOString();

/** The meeting's own document as a File: agenda or minutes, PDF, Word or PDF with bilag. */
export function oparlMeetingFile(
  urls: OparlUrls,
  origin: string,
  view: PublicMeeting,
  file: OparlDocumentFile,
): Json {
  const accessUrl = `${origin}${meetingHref(view.id)}/${file}`;
  return {
    id: urls.meetingFile(view.id, file),
    type: `${SCHEMA}/File`,
    name: oparlMessages.files[file][view.kind],
    mimeType: MEDIA[file],
    date: view.startsAt.slice(0, 10),
    accessUrl,
    downloadUrl: accessUrl,
    meeting: [urls.meeting(view.id)],
  };
}

type PublicAttachment = Extract<PublicItem, { closed: false }>["attachments"][number];

/** A public, stored bilag of an open item as a File. */
export function oparlAttachmentFile(
  urls: OparlUrls,
  origin: string,
  attachment: PublicAttachment,
  shownAt: { meetingId: number; place: number }[],
): Json {
  const accessUrl = `${origin}${attachmentHref(attachment.id, attachment.name)}`;
  return {
    id: urls.attachmentFile(attachment.id),
    type: `${SCHEMA}/File`,
    name: attachment.title,
    fileName: attachment.name,
    ...(attachment.mediaType ? { mimeType: attachment.mediaType } : {}),
    ...(attachment.sizeBytes !== null ? { size: attachment.sizeBytes } : {}),
    accessUrl,
    downloadUrl: accessUrl,
    meeting: [...new Set(shownAt.map((s) => urls.meeting(s.meetingId)))],
    agendaItem: shownAt.map((s) => urls.agendaItem(s.meetingId, s.place)),
  };
}

/** An item by its 1-based place in the public view. */
export function oparlAgendaItem(
  urls: OparlUrls,
  origin: string,
  view: PublicMeeting,
  place: number,
): Json | null {
  const item = view.items[place - 1];
  if (!item) return null;
  const common = {
    id: urls.agendaItem(view.id, place),
    type: `${SCHEMA}/AgendaItem`,
    meeting: urls.meeting(view.id),
    number: String(item.number),
    order: place,
    name: item.title,
    web: `${origin}${itemHref(view.id, place)}`,
  };
  if (item.closed) {
    return {
      ...common,
      public: false,
      ...(item.withdrawn ? { result: oparlMessages.withdrawn } : {}),
      ...(item.openDecision ? { resolutionText: item.openDecision } : {}),
    };
  }
  const day = view.startsAt.slice(0, 10);
  const files = item.attachments
    .filter((a) => a.stored)
    .map((a) => oparlAttachmentFile(urls, origin, a, [{ meetingId: view.id, place }]));
  return {
    ...common,
    public: true,
    ...(item.slotStart ? { start: instant(`${day} ${item.slotStart}`) } : {}),
    ...(item.slotEnd ? { end: instant(`${day} ${item.slotEnd}`) } : {}),
    ...(item.decision
      ? {
          result: webMessages.outcome[item.decision.outcome],
          resolutionText: item.decision.text,
        }
      : {}),
    ...(files.length ? { auxiliaryFile: files } : {}),
  };
}

export function oparlMeeting(urls: OparlUrls, origin: string, entry: PublicMeetingEntry): Json {
  const { full, view } = entry;
  const id = urls.meeting(view.id);
  const file = (name: OparlDocumentFile) => oparlMeetingFile(urls, origin, view, name);
  // First published; last changed as the one gate for public changes stamped it.
  const created = iso(firstPublishedAt(full));
  const modified = iso(lastPublicChangeAt(full));
  return {
    id,
    type: `${SCHEMA}/Meeting`,
    name: `${view.committee.name} ${formatShortDate(view.startsAt)}`,
    meetingState:
      webMessages.status[view.kind === "minutes" ? "minutes_published" : "agenda_published"],
    cancelled: false,
    start: instant(view.startsAt),
    ...(view.endsAt ? { end: instant(view.endsAt) } : {}),
    ...(view.location
      ? {
          location: {
            id: urls.location(view.id),
            type: `${SCHEMA}/Location`,
            description: view.location,
          },
        }
      : {}),
    organization: [urls.organization(full.committee.id)],
    [view.kind === "minutes" ? "resultsProtocol" : "invitation"]: file("dokument.pdf"),
    auxiliaryFile: [file("dokument.docx"), file("med-bilag.pdf")],
    agendaItem: view.items.map((_, i) => oparlAgendaItem(urls, origin, view, i + 1)),
    web: `${origin}${meetingHref(view.id)}`,
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
  };
}

/** The meeting's place as a Location of its own (OParl gives it an id). */
export function oparlLocation(urls: OparlUrls, view: PublicMeeting): Json | null {
  if (!view.location) return null;
  const meeting = urls.meeting(view.id);
  return {
    id: urls.location(view.id),
    type: `${SCHEMA}/Location`,
    description: view.location,
    meeting: [meeting],
  };
}
