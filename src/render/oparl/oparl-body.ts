import { councilTermOf } from "../../domain/organisation/council-term.ts";
import type { PublicBody } from "../../domain/publication/list-public-bodies.ts";
import type { PublicCommittee } from "../../domain/publication/list-public-committees.ts";
import { oparlMessages } from "../../i18n/da/oparl.ts";
import { committeeHref } from "../../web/portal-urls.ts";
import type { OparlUrls } from "./oparl-urls.ts";

/** The system, its bodies (one per organisation) and their committees as OParl 1.1 objects. */

const SCHEMA = "https://schema.oparl.org/1.1";
type Json = Record<string, unknown>;

export function oparlSystem(urls: OparlUrls, origin: string, contactEmail: string | null): Json {
  return {
    id: urls.system,
    type: `${SCHEMA}/System`,
    oparlVersion: `${SCHEMA}/`,
    body: urls.bodies,
    name: oparlMessages.systemName,
    ...(contactEmail ? { contactEmail } : {}),
    website: `${origin}/`,
  };
}

export function oparlLegislativeTerm(urls: OparlUrls, bodyId: number, year: number): Json {
  const term = councilTermOf(year);
  return {
    id: urls.legislativeTerm(bodyId, term.startYear),
    type: `${SCHEMA}/LegislativeTerm`,
    body: urls.body(bodyId),
    name: oparlMessages.term(term.startYear, term.endYear),
    startDate: `${term.startYear}-01-01`,
    endDate: `${term.endYear}-12-31`,
  };
}

export function oparlBody(urls: OparlUrls, origin: string, body: PublicBody): Json {
  const starts = [...new Set(body.years.map((y) => councilTermOf(y).startYear))].sort();
  return {
    id: urls.body(body.id),
    type: `${SCHEMA}/Body`,
    system: urls.system,
    name: body.name,
    website: `${origin}/`,
    organization: urls.bodyList(body.id, "organization"),
    person: urls.bodyList(body.id, "person"),
    meeting: urls.bodyList(body.id, "meeting"),
    paper: urls.bodyList(body.id, "paper"),
    legislativeTerm: starts.map((year) => oparlLegislativeTerm(urls, body.id, year)),
    web: `${origin}/`,
  };
}

export function oparlOrganization(urls: OparlUrls, origin: string, c: PublicCommittee): Json {
  return {
    id: urls.organization(c.id),
    type: `${SCHEMA}/Organization`,
    body: urls.body(c.organisationId),
    name: c.name,
    organizationType: oparlMessages.organizationType[c.kind],
    meeting: urls.organizationMeetings(c.id),
    web: `${origin}${committeeHref(c.slug)}`,
  };
}

/** An OParl list page: the objects, where it stands, and links to the pages around it. */
export function oparlList(
  url: string,
  data: Json[],
  at: { page: number; perPage: number; total: number; query?: Record<string, string> },
) {
  const last = Math.max(1, Math.ceil(at.total / at.perPage));
  /** A page's address, with the filters the client gave (OParl: they hold on every page). */
  const pageUrl = (n: number) => {
    const params = new URLSearchParams(at.query);
    if (n > 1) params.set("page", String(n));
    const query = params.toString();
    return query ? `${url}?${query}` : url;
  };
  return {
    data,
    pagination: {
      totalElements: at.total,
      elementsPerPage: at.perPage,
      currentPage: at.page,
      totalPages: last,
    },
    links: {
      first: pageUrl(1),
      ...(at.page > 1 ? { prev: pageUrl(at.page - 1) } : {}),
      ...(at.page < last ? { next: pageUrl(at.page + 1) } : {}),
      last: pageUrl(last),
    },
  };
}
