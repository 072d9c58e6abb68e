import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
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
  for (const [k, a] of span) {
    const rows = byKey.get(k);
    if (!rows || rows.length === 0) {
      const [person] = await tx
        .insert(persons)
        .values({ organisationId, name: a.name, title: a.title })
        .returning({ id: persons.id });
      if (!person) throw new Error("person not inserted");
      await tx.insert(rosterMemberships).values({
        organisationId,
        committeeId: a.committeeId,
        personId: person.id,
        role: "member",
        startsOn: a.from,
        endsOn: a.to,
      });
      out.set(k, person.id);
      continue;
    }
    const first = rows.reduce((x, y) => (y.startsOn < x.startsOn ? y : x));
    const last = rows.reduce((x, y) => (y.startsOn > x.startsOn ? y : x));
    out.set(k, last.personId);
    if (a.from < first.startsOn) {
      await tx
        .update(rosterMemberships)
        .set({ startsOn: a.from })
        .where(eq(rosterMemberships.id, first.id));
    }
    if (last.endsOn !== null && a.to > last.endsOn) {
      await tx
        .update(rosterMemberships)
        .set({ endsOn: a.to })
        .where(eq(rosterMemberships.id, last.id));
    }
  }
  return out;
}

/** The key addImportedToRoster answers a person by. */
export const rosterKey = key;
