import { copenhagenToInstant } from "../../domain/meeting/copenhagen-time.ts";
import type { FeedMeeting } from "../../domain/publication/list-feed-meetings.ts";
import type { UpcomingMeeting } from "../../domain/publication/list-upcoming-meetings.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../format-date.ts";
import { committeeHref, feedHref, meetingHref } from "../portal-urls.ts";
import type { AtomFeedInput } from "./atom-feed.ts";
import { type CalendarEvent, icalendar } from "./icalendar.ts";

const p = portalMessages;
const m = webMessages.meeting;

interface CommitteeRef {
  slug: string;
  name: string;
  organisationName: string;
}

/** An entry's summary: the items by title, each open item's public bilag by title under it. */
function summaryOf(meeting: FeedMeeting["meeting"]): string {
  const lines = meeting.items.flatMap((i) => {
    const titles = i.closed ? [] : i.attachments.map((a) => a.title);
    return [m.item(i.number, i.title), ...(titles.length ? [p.feed.attachments(titles)] : [])];
  });
  return `${p.feed.items}:\n${lines.join("\n")}`;
}

/** A committee's feed: its published agendas and minutes, items and bilag by title. */
export function committeeFeed(origin: string, c: CommitteeRef, list: FeedMeeting[]): AtomFeedInput {
  return {
    self: `${origin}${feedHref(c.slug)}`,
    alternate: `${origin}${committeeHref(c.slug)}`,
    title: p.committee.feedTitle(c.name),
    subtitle: p.feed.subtitle(c.organisationName),
    author: c.organisationName,
    entries: list.map(({ meeting, publishedAt }) => ({
      url: `${origin}${meetingHref(meeting.id)}`,
      variant: meeting.kind,
      title: m.title(meeting.kind, meeting.committee.name, formatShortDate(meeting.startsAt)),
      updated: publishedAt,
      summary: summaryOf(meeting),
    })),
  };
}

/** A committee's meetings as iCalendar: date, time, place; the agenda once public. */
export function committeeCalendar(origin: string, c: CommitteeRef, list: UpcomingMeeting[]) {
  const host = new URL(origin).host;
  const events: CalendarEvent[] = list.flatMap((meeting) => {
    const start = copenhagenToInstant(meeting.startsAt);
    if (!start) return [];
    const url = meeting.agendaPublic ? `${origin}${meetingHref(meeting.id)}` : null;
    return [
      {
        uid: `moede-${meeting.id}@${host}`,
        stamp: meeting.createdAt,
        start,
        end: meeting.endsAt ? copenhagenToInstant(meeting.endsAt) : null,
        summary: p.calendar.summary(meeting.committee.name),
        location: meeting.location,
        description: url ? p.calendar.agenda(url) : p.calendar.agendaNotYet,
        url,
      },
    ];
  });
  return icalendar(p.calendar.name(c.name), events);
}
