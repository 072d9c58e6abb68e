import { and, eq } from "drizzle-orm";
import type { Db } from "../../src/db/client.ts";
import { cases, committees, users } from "../../src/db/schema/index.ts";
import { loadPrincipal } from "../../src/domain/access/load-principal.ts";

/**
 * What a test needs to assemble an agenda of the demo through the use cases: Økonomiudvalget,
 * the demo secretary as a principal, and the committee's approved cases, oldest first.
 */
export async function demoAgendaStart(db: Db) {
  const [committee] = await db
    .select()
    .from(committees)
    .where(eq(committees.name, "Økonomiudvalget"));
  const [secretary] = await db.select().from(users).where(eq(users.email, "sekretaer@eksempel.dk"));
  const principal = secretary && (await loadPrincipal(db, secretary.id));
  if (!committee || !principal) throw new Error("demo data missing");
  const ready = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.committeeId, committee.id), eq(cases.status, "approved")))
    .orderBy(cases.id);
  return { committee, principal, approvedCaseIds: ready.map((c) => c.id) };
}
