import { and, asc, count, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees, meetings, organisations } from "../../db/schema/index.ts";
import { isPublicMeeting } from "./publication.policy.ts";

export interface PublicCommittee {
  id: number;
  organisationId: number;
  organisationName: string;
  slug: string;
  name: string;
  kind: "political" | "administrative";
  publicMeetings: number;
  latestMeeting: string | null;
}

/** Committees with at least one public meeting, optionally only those with this slug. */
export async function listPublicCommittees(
  db: Db,
  filter: { slug?: string } = {},
): Promise<PublicCommittee[]> {
  const isPublic = isPublicMeeting;
  return db
    .select({
      id: committees.id,
      organisationId: committees.organisationId,
      organisationName: organisations.name,
      slug: committees.slug,
      name: committees.name,
      kind: committees.kind,
      publicMeetings: count(meetings.id),
      latestMeeting: max(meetings.startsAt),
    })
    .from(committees)
    .innerJoin(organisations, eq(organisations.id, committees.organisationId))
    .innerJoin(meetings, eq(meetings.committeeId, committees.id))
    .where(filter.slug === undefined ? isPublic : and(isPublic, eq(committees.slug, filter.slug)))
    .groupBy(committees.id, organisations.id)
    .orderBy(asc(organisations.name), asc(committees.name));
}
