import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client.ts";
import { meetings } from "../db/schema/index.ts";
import { isPublicMeeting } from "../domain/publication/publication.policy.ts";
import { type IndexOptions, type IndexSummary, indexMeetings } from "./index-meetings.ts";

/** Indexes every public meeting (of one organisation, when given), in chunks, oldest first. */
export async function indexPublicMeetings(
  db: Db | Tx,
  filter: { organisationId?: number } = {},
  options: IndexOptions = {},
): Promise<IndexSummary> {
  const conditions: SQL[] = [isPublicMeeting];
  if (filter.organisationId !== undefined) {
    conditions.push(eq(meetings.organisationId, filter.organisationId));
  }
  const rows = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(...conditions))
    // Oldest first: the index's rows then lie in date order, as later publications add them.
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return indexMeetings(
    db,
    rows.map((r) => r.id),
    options,
  );
}
