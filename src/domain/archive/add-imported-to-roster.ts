import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { persons, rosterMemberships } from "../../db/schema/index.ts";

/** One imported participant of a meeting of a committee on a date ("YYYY-MM-DD"). */
export interface ImportedAttendee {
  committeeId: number;
  date: string;
  name: string;
  title: string | null;
}

const key = (committeeId: number, name: string) =>
  `${committeeId}\u0000${name.trim().replace(/\s+/g, " ").toLowerCase()}`;

/**
 * Puts imported participants on their committee's roster: a person matched by name within the
 * committee (case and spacing ignored) is kept; a missing one becomes a person with a member
 * role from their first to their last imported meeting. A known person's roster reaches a
 * new imported date when it lies before their first or after their last (closed) membership;
 * open-ended memberships and gaps between memberships are left as the roster says. Importing
 * the same files again changes nothing. Answers the person of each committee and name.
 */
export async function addImportedToRoster(
  tx: Tx,
  organisationId: number,
  attendees: ImportedAttendee[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (attendees.length === 0) return out;
  const span = new Map<string, ImportedAttendee & { from: string; to: string }>();
  for (const a of attendees) {
    const k = key(a.committeeId, a.name);
    const seen = span.get(k);
    if (!seen) span.set(k, { ...a, name: a.name.trim(), from: a.date, to: a.date });
    else {
      if (a.date < seen.from) seen.from = a.date;
      if (a.date > seen.to) seen.to = a.date;
    }
  }
  const committeeIds = [...new Set(attendees.map((a) => a.committeeId))];
  const existing = await tx
    .select({
      id: rosterMemberships.id,
      committeeId: rosterMemberships.committeeId,
      personId: persons.id,
      name: persons.name,
      startsOn: rosterMemberships.startsOn,
      endsOn: rosterMemberships.endsOn,
    })
    .from(rosterMemberships)
    .innerJoin(persons, eq(persons.id, rosterMemberships.personId))
    .where(
      and(
        eq(rosterMemberships.organisationId, organisationId),
        inArray(rosterMemberships.committeeId, committeeIds),
      ),
    );
  const byKey = new Map<string, typeof existing>();
  for (const row of existing) {
    const k = key(row.committeeId, row.name);
    byKey.set(k, [...(byKey.get(k) ?? []), row]);
  }
  const missing: (ImportedAttendee & { key: string; from: string; to: string })[] = [];
  const moves: { id: number; startsOn: string | null; endsOn: string | null }[] = [];
  for (const [k, a] of span) {
    const rows = byKey.get(k);
    if (!rows || rows.length === 0) {
      missing.push({ ...a, key: k });
      continue;
    }
    const first = rows.reduce((x, y) => (y.startsOn < x.startsOn ? y : x));
    const last = rows.reduce((x, y) => (y.startsOn > x.startsOn ? y : x));
    out.set(k, last.personId);
    const startsOn = a.from < first.startsOn ? a.from : null;
    const endsOn = last.endsOn !== null && a.to > last.endsOn ? a.to : null;
    if (first.id === last.id) {
      if (startsOn || endsOn) moves.push({ id: first.id, startsOn, endsOn });
    } else {
      if (startsOn) moves.push({ id: first.id, startsOn, endsOn: null });
      if (endsOn) moves.push({ id: last.id, startsOn: null, endsOn });
    }
  }
  const personIds = await insertRows(
    tx,
    persons,
    missing.map((a) => ({ organisationId, name: a.name, title: a.title })),
  );
  await insertRows(
    tx,
    rosterMemberships,
    missing.map((a, i) => ({
      organisationId,
      committeeId: a.committeeId,
      personId: personIds[i] as number,
      role: "member" as const,
      startsOn: a.from,
      endsOn: a.to,
    })),
  );
  missing.forEach((a, i) => {
    out.set(a.key, personIds[i] as number);
  });
  await moveMemberships(tx, moves);
  return out;
}

/** Moves the first or last day of memberships, all in one statement. */
async function moveMemberships(
  tx: Tx,
  moves: { id: number; startsOn: string | null; endsOn: string | null }[],
): Promise<void> {
  if (moves.length === 0) return;
  await tx.execute(
    sql`update ${rosterMemberships} set
          ${sql.identifier(rosterMemberships.startsOn.name)} = coalesce(m."startsOn", ${rosterMemberships.startsOn}),
          ${sql.identifier(rosterMemberships.endsOn.name)} = coalesce(m."endsOn", ${rosterMemberships.endsOn})
        from jsonb_to_recordset(${JSON.stringify(moves)}::jsonb)
          as m(id int, "startsOn" date, "endsOn" date)
        where ${rosterMemberships.id} = m.id`,
  );
}

/** The key addImportedToRoster answers a person by. */
export const rosterKey = key;
