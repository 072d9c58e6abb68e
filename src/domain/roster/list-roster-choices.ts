import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { persons, users } from "../../db/schema/index.ts";

/** What the roster form offers: the organisation's persons and its users to link one to. */
export async function listRosterChoices(db: Db | Tx, organisationId: number) {
  const [people, accounts] = await Promise.all([
    db
      .select({ id: persons.id, name: persons.name, party: persons.party })
      .from(persons)
      .where(eq(persons.organisationId, organisationId))
      .orderBy(asc(persons.name), asc(persons.id)),
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.organisationId, organisationId))
      .orderBy(asc(users.name), asc(users.id)),
  ]);
  return { persons: people, users: accounts };
}

export type RosterChoices = Awaited<ReturnType<typeof listRosterChoices>>;
