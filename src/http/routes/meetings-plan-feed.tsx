import { Hono } from "hono";
import { copenhagenToInstant } from "../../domain/meeting/copenhagen-time.ts";
import { listCalendarFeed } from "../../domain/meeting/list-calendar-feed.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { type CalendarEvent, icalendar } from "../../web/feeds/icalendar.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

const f = agendaMessages.feed;

/**
 * A member's private meeting calendar at /kalender/:token.ics: calendar programs send no
 * cookies, so the random token in the URL is the only key. Never cached by the page cache or
 * proxies; an unknown token gets a plain 404.
 */
export const calendarFeedRoutes = new Hono<AppEnv>().get("/kalender/:file", async (c) => {
  const file = c.req.param("file");
  if (!file.endsWith(".ics")) return renderError(c, 404);
  const feed = await listCalendarFeed(c.get("deps").db, file.slice(0, -4));
  if (!feed) return renderError(c, 404);
  const origin = c.get("deps").config.publicUrl;
  const host = new URL(origin).host;
  const events: CalendarEvent[] = feed.meetings.flatMap((m) => {
    const start = copenhagenToInstant(m.startsAt);
    if (!start) return [];
    const url = `${origin}/app/moeder/${m.id}`;
    return [
      {
        uid: `moede-${m.id}@${host}`,
        stamp: m.createdAt,
        start,
        end: m.endsAt ? copenhagenToInstant(m.endsAt) : null,
        summary: f.summary(m.committeeName),
        location: m.location,
        description: f.description(url),
        url,
      },
    ];
  });
  return c.body(icalendar(f.calendarName(feed.organisationName), events), 200, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
  });
});
