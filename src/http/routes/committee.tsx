import { type Context, Hono } from "hono";
import { copenhagenDate, copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import { listMeetings } from "../../domain/meeting/list-meetings.ts";
import { listFeedMeetings } from "../../domain/publication/list-feed-meetings.ts";
import { listPublicCommittees } from "../../domain/publication/list-public-committees.ts";
import { listPublicMeetingYears } from "../../domain/publication/list-public-meeting-years.ts";
import { listPublicMembers } from "../../domain/publication/list-public-members.ts";
import { listUpcomingMeetings } from "../../domain/publication/list-upcoming-meetings.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { committeeCalendar, committeeFeed } from "../../web/feeds/committee-feeds.ts";
import { CommitteePage } from "../../web/pages/committee-page.tsx";
import { sendFeed } from "../feed-response.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { parseSlug } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const YEAR = /^[0-9]{4}$/;

/** The committees behind a slug that have public meetings (several organisations may share it). */
async function committeesOf(c: Context<AppEnv>) {
  const slug = parseSlug(c.req.param("slug"));
  if (!slug) return [];
  return listPublicCommittees(c.get("deps").db, { slug });
}

async function committeePage(c: Context<AppEnv>, yearParam: string | undefined) {
  if (yearParam !== undefined && !YEAR.test(yearParam)) {
    return renderError(c, 400, portalMessages.badYear);
  }
  const committees = await committeesOf(c);
  if (committees.length === 0) return renderError(c, 404);
  const { db } = c.get("deps");
  const committeeIds = committees.map((x) => x.id);
  const years = await listPublicMeetingYears(db, committeeIds);
  // Without a year: the newest year that has begun, so the latest minutes are on the first
  // page; meetings of a coming year are under »Kommende møder« already.
  const thisYear = Number(copenhagenWallClock(new Date()).slice(0, 4));
  const year =
    yearParam === undefined
      ? (years.find((y) => y.year <= thisYear) ?? years.at(-1))?.year
      : Number(yearParam);
  if (year === undefined || !years.some((y) => y.year === year)) {
    const message =
      year === undefined ? webMessages.errors.notFound : portalMessages.committee.noYear(year);
    return renderError(c, 404, { title: webMessages.errors.notFoundTitle, message });
  }
  const today = copenhagenDate();
  const [meetings, upcoming, members] = await Promise.all([
    listMeetings(db, { committeeIds, publicOnly: true, year }),
    listUpcomingMeetings(db, committeeIds, { limit: 10 }),
    Promise.all(
      committees.map(async (x) => [x.id, await listPublicMembers(db, x, today)] as const),
    ),
  ]);
  return renderPage(
    c,
    <CommitteePage
      committees={committees}
      years={years}
      year={year}
      chosen={yearParam !== undefined}
      meetings={meetings}
      upcoming={upcoming}
      members={new Map(members)}
      viewer={c.get("viewer")}
    />,
  );
}

/** Links in feeds come from the configured public address, never from the request. */
const origin = (c: Context<AppEnv>) => c.get("deps").config.publicUrl;

/** A committee's public pages: its meetings by year, its Atom feed and its meeting calendar. */
export const committeeRoutes = new Hono<AppEnv>()
  .get("/udvalg/:slug/feed.atom", publicCache(), async (c) => {
    const committees = await committeesOf(c);
    const [first] = committees;
    if (!first) return renderError(c, 404);
    const list = await listFeedMeetings(
      c.get("deps").db,
      committees.map((x) => x.id),
    );
    return sendFeed(c, committeeFeed(origin(c), first, list));
  })
  .get("/udvalg/:slug/kalender.ics", publicCache(), async (c) => {
    const committees = await committeesOf(c);
    const [first] = committees;
    if (!first) return renderError(c, 404);
    const ids = committees.map((x) => x.id);
    // A year back as well: a subscriber's calendar keeps the meetings that were held.
    const list = await listUpcomingMeetings(c.get("deps").db, ids, {
      pastDays: 366,
      limit: 300,
    });
    return c.body(committeeCalendar(origin(c), first, list), 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${first.slug}.ics"`,
    });
  })
  .get("/udvalg/:slug/:year", publicCache(), (c) => committeePage(c, c.req.param("year")))
  .get("/udvalg/:slug", publicCache(), (c) => committeePage(c, undefined));
