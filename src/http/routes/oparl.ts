import { type Context, Hono } from "hono";
import { copenhagenDate } from "../../domain/meeting/copenhagen-time.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { councilTermOf } from "../../domain/organisation/council-term.ts";
import { findPublicAttachment } from "../../domain/publication/find-public-attachment.ts";
import { listPublicBodies, type PublicBody } from "../../domain/publication/list-public-bodies.ts";
import { listPublicPeople } from "../../domain/publication/list-public-members.ts";
import { pagePublicMeetings } from "../../domain/publication/page-public-meetings.ts";
import { toPublicMeeting } from "../../domain/publication/publication.policy.ts";
import { oparlMessages } from "../../i18n/da/oparl.ts";
import {
  oparlBody,
  oparlLegislativeTerm,
  oparlList,
  oparlOrganization,
  oparlSystem,
} from "../../render/oparl/oparl-body.ts";
import {
  oparlAgendaItem,
  oparlAttachmentFile,
  oparlLocation,
  oparlMeeting,
  oparlMeetingFile,
} from "../../render/oparl/oparl-meeting.ts";
import { oparlMembership, oparlPerson } from "../../render/oparl/oparl-person.ts";
import { OPARL_PATH, type OparlDocumentFile, oparlUrls } from "../../render/oparl/oparl-urls.ts";
import { isDownloadFile } from "../../web/components/document-downloads.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { parseOparlListQuery } from "../oparl-query.ts";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";

/**
 * The OParl 1.1 API: the public archive for other systems, read-only. Every meeting goes
 * through the publication policy (toPublicMeeting), as on the portal; ids and links are built
 * from the configured public address, never from the request.
 */

const PER_PAGE = 20;

type C = Context<AppEnv>;

function json(c: C, body: unknown, status: 200 | 400 | 404 = 200) {
  // OParl clients run in browsers on other sites too.
  c.header("Access-Control-Allow-Origin", "*");
  return c.json(body, status);
}

const notFound = (c: C) => json(c, { error: oparlMessages.errors.notFound }, 404);

const setup = (c: C) => {
  const origin = c.get("deps").config.publicUrl;
  return { db: c.get("deps").db, origin, urls: oparlUrls(origin) };
};

/** The page and filters asked for, or the Danish 400 that says what is wrong. */
function listQueryOf(c: C) {
  const query = parseOparlListQuery((name) => c.req.query(name));
  return "error" in query ? json(c, { error: query.error }, 400) : query;
}

async function bodyOf(c: C) {
  const id = parseId(c.req.param("id"));
  return (await listPublicBodies(c.get("deps").db)).find((b) => b.id === id) ?? null;
}

/** A committee with public meetings, as its organisation's Organization. */
async function committeeOf(c: C) {
  const id = parseId(c.req.param("id"));
  const bodies = await listPublicBodies(c.get("deps").db);
  return bodies.flatMap((b) => b.committees).find((x) => x.id === id) ?? null;
}

/** Today's members of a body's public committees, as the committee pages show them. */
const peopleOf = (c: C, body: PublicBody) =>
  listPublicPeople(c.get("deps").db, body.committees, copenhagenDate());

/** Everyone on a public committee today, each with the body they belong to. */
async function seatedPeople(c: C) {
  const bodies = await listPublicBodies(c.get("deps").db);
  const lists = await Promise.all(
    bodies.map(async (body) => (await peopleOf(c, body)).map((person) => ({ body, person }))),
  );
  return lists.flat();
}

async function publicMeetingOf(c: C) {
  const id = parseId(c.req.param("id"));
  const full = id === null ? null : await getMeeting(c.get("deps").db, id);
  const view = full ? toPublicMeeting(full) : null;
  return full && view ? { full, view } : null;
}

/**
 * A page of meetings: the time filters narrow them by first publication (`created`) and last
 * public change (`modified`), in the database, and the page links keep them.
 */
async function meetingList(c: C, url: string, filter: Parameters<typeof pagePublicMeetings>[1]) {
  const query = listQueryOf(c);
  if (query instanceof Response) return query;
  const { page } = query;
  const { db, origin, urls } = setup(c);
  const scope = { ...filter, firstPublished: query.created, publicChanged: query.modified };
  const { entries, total } = await pagePublicMeetings(db, scope, page, PER_PAGE);
  const last = Math.max(1, Math.ceil(total / PER_PAGE));
  if (page > last) return json(c, { error: oparlMessages.errors.pageBeyond(last) }, 404);
  const data = entries.map((e) => oparlMeeting(urls, origin, e));
  return json(c, oparlList(url, data, { page, perPage: PER_PAGE, total, query: query.filters }));
}

/**
 * A short list given whole on one page: bodies, committees, members, papers. Their objects
 * carry no publication times, so the time filters are checked but narrow nothing; a client
 * keeping a copy gets every object again, never too few.
 */
function wholeList(c: C, url: string, data: Record<string, unknown>[]) {
  const query = listQueryOf(c);
  if (query instanceof Response) return query;
  if (query.page > 1) return json(c, { error: oparlMessages.errors.pageBeyond(1) }, 404);
  const perPage = Math.max(PER_PAGE, data.length);
  return json(
    c,
    oparlList(url, data, { page: 1, perPage, total: data.length, query: query.filters }),
  );
}

export const oparlRoutes = new Hono<AppEnv>()
  .use(`${OPARL_PATH}/*`, publicCache())
  .get(OPARL_PATH, publicCache(), (c) => {
    const { origin, urls } = setup(c);
    return json(c, oparlSystem(urls, origin, c.get("deps").config.contact.email));
  })
  .get(`${OPARL_PATH}/bodies`, async (c) => {
    const { db, origin, urls } = setup(c);
    const bodies = await listPublicBodies(db);
    return wholeList(
      c,
      urls.bodies,
      bodies.map((b) => oparlBody(urls, origin, b)),
    );
  })
  .get(`${OPARL_PATH}/body/:id`, async (c) => {
    const body = await bodyOf(c);
    if (!body) return notFound(c);
    const { origin, urls } = setup(c);
    return json(c, oparlBody(urls, origin, body));
  })
  .get(`${OPARL_PATH}/body/:id/organization`, async (c) => {
    const body = await bodyOf(c);
    if (!body) return notFound(c);
    const { origin, urls } = setup(c);
    const data = body.committees.map((x) => oparlOrganization(urls, origin, x));
    return wholeList(c, urls.bodyList(body.id, "organization"), data);
  })
  .get(`${OPARL_PATH}/body/:id/meeting`, async (c) => {
    const body = await bodyOf(c);
    if (!body) return notFound(c);
    const url = setup(c).urls.bodyList(body.id, "meeting");
    return meetingList(c, url, { organisationId: body.id });
  })
  .get(`${OPARL_PATH}/body/:id/person`, async (c) => {
    const body = await bodyOf(c);
    if (!body) return notFound(c);
    const { urls } = setup(c);
    const data = (await peopleOf(c, body)).map((p) => oparlPerson(urls, body.id, p));
    return wholeList(c, urls.bodyList(body.id, "person"), data);
  })
  .get(`${OPARL_PATH}/body/:id/paper`, async (c) => {
    const body = await bodyOf(c);
    // Case texts are reached through the meetings' documents, not as papers.
    return body ? wholeList(c, setup(c).urls.bodyList(body.id, "paper"), []) : notFound(c);
  })
  .get(`${OPARL_PATH}/body/:id/legislativeterm/:year`, async (c) => {
    const body = await bodyOf(c);
    const year = Number(c.req.param("year"));
    const held = body?.years.some((y) => councilTermOf(y).startYear === year);
    if (!body || !held) return notFound(c);
    return json(c, oparlLegislativeTerm(setup(c).urls, body.id, year));
  })
  .get(`${OPARL_PATH}/organization/:id`, async (c) => {
    const committee = await committeeOf(c);
    if (!committee) return notFound(c);
    const { origin, urls } = setup(c);
    return json(c, oparlOrganization(urls, origin, committee));
  })
  .get(`${OPARL_PATH}/organization/:id/meeting`, async (c) => {
    const committee = await committeeOf(c);
    if (!committee) return notFound(c);
    const url = setup(c).urls.organizationMeetings(committee.id);
    return meetingList(c, url, { committeeIds: [committee.id] });
  })
  .get(`${OPARL_PATH}/person/:id`, async (c) => {
    const id = parseId(c.req.param("id"));
    const found = (await seatedPeople(c)).find((x) => x.person.id === id);
    return found ? json(c, oparlPerson(setup(c).urls, found.body.id, found.person)) : notFound(c);
  })
  .get(`${OPARL_PATH}/membership/:id`, async (c) => {
    const id = parseId(c.req.param("id"));
    const member = (await seatedPeople(c))
      .flatMap((x) => x.person.memberships)
      .find((m) => m.membershipId === id);
    return member ? json(c, oparlMembership(setup(c).urls, member)) : notFound(c);
  })
  .get(`${OPARL_PATH}/meeting/:id`, async (c) => {
    const entry = await publicMeetingOf(c);
    if (!entry) return notFound(c);
    const { origin, urls } = setup(c);
    return json(c, oparlMeeting(urls, origin, entry));
  })
  .get(`${OPARL_PATH}/meeting/:id/location`, async (c) => {
    const entry = await publicMeetingOf(c);
    const location = entry && oparlLocation(setup(c).urls, entry.view);
    return location ? json(c, location) : notFound(c);
  })
  .get(`${OPARL_PATH}/meeting/:id/agendaitem/:place`, async (c) => {
    const entry = await publicMeetingOf(c);
    const place = parseId(c.req.param("place"));
    const { origin, urls } = setup(c);
    const item = entry && place !== null && oparlAgendaItem(urls, origin, entry.view, place);
    return item ? json(c, item) : notFound(c);
  })
  .get(`${OPARL_PATH}/meeting/:id/file/:file`, async (c) => {
    const entry = await publicMeetingOf(c);
    const file = c.req.param("file");
    if (!entry || !isDownloadFile(file)) return notFound(c);
    const { origin, urls } = setup(c);
    return json(c, oparlMeetingFile(urls, origin, entry.view, file as OparlDocumentFile));
  })
  .get(`${OPARL_PATH}/file/:id`, async (c) => {
    const id = parseId(c.req.param("id"));
    const found = id === null ? null : await findPublicAttachment(c.get("deps").db, id);
    if (!found) return notFound(c);
    const { origin, urls } = setup(c);
    return json(c, oparlAttachmentFile(urls, origin, found.attachment, found.shownAt));
  })
  // A client asking without the version, or for an object the API has not, is answered in
  // JSON like every other miss, not with the portal's page.
  .get("/oparl", (c) => c.redirect(OPARL_PATH, 302))
  .all(`${OPARL_PATH}/*`, (c) => notFound(c));
