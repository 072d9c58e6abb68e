/** The public portal's URLs, in one place so pages, feeds and tests agree. */

const slugPath = (slug: string) => `/udvalg/${encodeURIComponent(slug)}`;

/** A committee's page, or one year of it. */
export const committeeHref = (slug: string, year?: number) =>
  year === undefined ? slugPath(slug) : `${slugPath(slug)}/${year}`;

export const feedHref = (slug: string) => `${slugPath(slug)}/feed.atom`;
export const calendarHref = (slug: string) => `${slugPath(slug)}/kalender.ics`;
export const meetingHref = (meetingId: number) => `/moeder/${meetingId}`;
/** The WebVTT chapters of a public meeting's recording. */
export const chaptersHref = (meetingId: number) => `/moeder/${meetingId}/kapitler.vtt`;

/** An item's own page: its 1-based place in the meeting (the same N as the anchor punkt-N). */
export const itemHref = (meetingId: number, place: number) => `/moeder/${meetingId}/punkt/${place}`;

/** A public bilag; a file name after the id only makes the address readable. */
export const attachmentHref = (attachmentId: number, fileName?: string) =>
  fileName === undefined
    ? `/bilag/${attachmentId}`
    : `/bilag/${attachmentId}/${encodeURIComponent(fileName)}`;

export const accessibilityHref = "/tilgaengelighed";
/** What other systems can read (the OParl API, feeds), for people. */
export const openDataHref = "/aabne-data";
export const subscribeHref = "/abonner";
