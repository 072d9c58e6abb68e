import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { findOrCreateCommittees } from "./find-or-create-committees.ts";
import type { MinutesFile, StoreResult } from "./store-parsed-minutes-batch.ts";

/** What to do with one file of a batch. */
export type Plan =
  /** A new meeting of this committee at this start. */
  | { kind: "create"; committeeId: number; startsAt: string }
  /** Already in the database: the same file, or another file for the same meeting. */
  | { kind: "known"; result: Extract<StoreResult, { status: "unchanged" | "duplicate" }> }
  /** The same file as, or another file for the same meeting as, an earlier file of the batch. */
  | { kind: "like-earlier"; index: number; status: "unchanged" | "duplicate" };

const startOf = ({ parsed }: MinutesFile) =>
  `${parsed.meeting.date} ${parsed.meeting.startTime ?? "00:00"}:00`;

/**
 * Decides, with one query per check for the whole batch, which files are new meetings and
 * which are known by their SHA-256 or by their meeting (committee and start), as storing
 * them one after the other would. Creates the committees new meetings need.
 */
export async function planStore(
  tx: Tx,
  files: MinutesFile[],
  organisationId: number,
): Promise<Plan[]> {
  const imported = await meetingsBySha(
    tx,
    organisationId,
    files.map((f) => f.sha256),
  );
  const pending = files.flatMap((file, index) => (imported.has(file.sha256) ? [] : [index]));
  const committeeIds = await findOrCreateCommittees(
    tx,
    organisationId,
    pending.map((i) => (files[i] as MinutesFile).parsed.meeting.committee),
  );
  const committeeOf = new Map(pending.map((index, k) => [index, committeeIds[k] as number]));
  const twins = await meetingsAt(
    tx,
    pending.map((index) => ({
      index,
      committeeId: committeeOf.get(index) as number,
      startsAt: startOf(files[index] as MinutesFile),
    })),
  );

  const createdBySha = new Map<string, number>();
  const createdByMeeting = new Map<string, number>();
  return files.map((file, index): Plan => {
    const same = imported.get(file.sha256);
    if (same !== undefined)
      return { kind: "known", result: { status: "unchanged", meetingId: same } };
    const earlierSame = createdBySha.get(file.sha256);
    if (earlierSame !== undefined)
      return { kind: "like-earlier", index: earlierSame, status: "unchanged" };
    const twin = twins.get(index);
    if (twin) return { kind: "known", result: { status: "duplicate", ...twin } };
    const committeeId = committeeOf.get(index) as number;
    const startsAt = startOf(file);
    const meetingKey = `${committeeId} ${startsAt}`;
    const earlierTwin = createdByMeeting.get(meetingKey);
    if (earlierTwin !== undefined)
      return { kind: "like-earlier", index: earlierTwin, status: "duplicate" };
    createdBySha.set(file.sha256, index);
    createdByMeeting.set(meetingKey, index);
    return { kind: "create", committeeId, startsAt };
  });
}

async function meetingsBySha(
  tx: Tx,
  organisationId: number,
  shas: string[],
): Promise<Map<string, number>> {
  const rows = await tx
    .select({ id: meetings.id, sha256: meetings.importSha256 })
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), inArray(meetings.importSha256, shas)));
  return new Map(rows.map((r) => [r.sha256 as string, r.id]));
}

/** Existing meetings at these committees and starts, by the index given with each. */
async function meetingsAt(
  tx: Tx,
  wanted: { index: number; committeeId: number; startsAt: string }[],
): Promise<Map<number, { meetingId: number; importedFrom: string | null }>> {
  const found = new Map<number, { meetingId: number; importedFrom: string | null }>();
  if (wanted.length === 0) return found;
  const values = sql.join(
    wanted.map((w) => sql`(${w.index}::int, ${w.committeeId}::int, ${w.startsAt}::timestamp)`),
    sql`, `,
  );
  const rows = await queryRows<{ index: number; id: number; importedFrom: string | null }>(
    tx,
    sql`select v.i as "index", ${meetings.id} as id, ${meetings.importFileName} as "importedFrom"
        from (values ${values}) as v(i, committee_id, starts_at)
        join ${meetings} on ${meetings.committeeId} = v.committee_id
          and ${meetings.startsAt} = v.starts_at
        order by ${meetings.id} desc`,
  );
  // Descending ids: the oldest meeting at a start is the one kept.
  for (const r of rows) found.set(r.index, { meetingId: r.id, importedFrom: r.importedFrom });
  return found;
}
