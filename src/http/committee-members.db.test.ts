import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createCommittee, createMeeting, createOrganisation } from "../../test/factories.ts";
import { persons, rosterMemberships } from "../db/schema/index.ts";
import { copenhagenDate } from "../domain/meeting/copenhagen-time.ts";
import { ROSTER_ROLES } from "../domain/roster/roster-rules.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

/** The date `days` after today in Copenhagen. */
function dayFrom(today: string, days: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const membership = fc.record({
  role: fc.constantFrom(...ROSTER_ROLES),
  startsIn: fc.integer({ min: -2000, max: 400 }),
  lasts: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
  party: fc.option(fc.constantFrom("A", "V", "Ø", "FOA", "HK"), { nil: null }),
  title: fc.option(fc.constantFrom("Borgmester", "Direktør for Børn & Velfærd"), { nil: null }),
});

describe("the members on a public committee page", () => {
  it("names today's formand, næstformand and members as the minutes do, no one else, no e-mail", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db);
    await fc.assert(
      fc.asyncProperty(
        fc.array(membership, { maxLength: 8 }),
        fc.constantFrom("political", "administrative"),
        async (roster, kind) => {
          const committee = await createCommittee(db, { organisationId: org.id, kind });
          await createMeeting(db, {
            organisationId: org.id,
            committeeId: committee.id,
            status: "minutes_approved",
            startsAt: "2025-03-12 16:00:00",
          });
          const today = copenhagenDate();
          const rows = roster.map((r, i) => {
            const startsOn = dayFrom(today, r.startsIn);
            const endsOn = r.lasts === null ? null : dayFrom(startsOn, r.lasts);
            return { ...r, name: `Medlem-${i}-${committee.id}`, startsOn, endsOn };
          });
          for (const [i, r] of rows.entries()) {
            const [person] = await db
              .insert(persons)
              .values({
                organisationId: org.id,
                name: r.name,
                party: r.party,
                title: r.title,
                email: `medlem${i}@kommune.dk`,
              })
              .returning();
            await db.insert(rosterMemberships).values({
              organisationId: org.id,
              committeeId: committee.id,
              personId: person?.id ?? 0,
              role: r.role,
              startsOn: r.startsOn,
              endsOn: r.endsOn,
            });
          }
          const response = await testApp(db).request(`/udvalg/${committee.slug}`);
          expect(response.status).toBe(200);
          const html = await response.text();
          const seated = rows.filter(
            (r) =>
              r.role !== "substitute" &&
              r.startsOn <= today &&
              (r.endsOn === null || today <= r.endsOn),
          );
          for (const r of rows) expect(html.includes(r.name), r.name).toBe(seated.includes(r));
          expect(html.includes('id="medlemmer"')).toBe(seated.length > 0);
          expect(html).not.toMatch(/medlem\d+@kommune\.dk/);
          for (const r of seated) {
            // »Borgmester, A« as the minutes print it; a party (in an administrative forum often a
            // union) only in a political committee.
            const party = kind === "political" ? r.party : null;
            const after = [r.title, party].filter(Boolean).join(", ");
            const line = `${r.name}${after ? `, ${after}` : ""}`;
            const role =
              { chair: "Formand: ", vice_chair: "Næstformand: " }[r.role as string] ?? "";
            expect(html).toContain(`<li>${role}${line.replaceAll("&", "&amp;")}</li>`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
