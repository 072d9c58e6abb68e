import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import type { RoleGrant } from "../domain/access/access.policy.ts";
import { copenhagenWallClock } from "../domain/meeting/copenhagen-time.ts";
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
const ids = { org: 0, committee: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, name: "Chefforum" });
  Object.assign(ids, { org: org.id, committee: committee.id });
});

async function dashboardFor(roles: RoleGrant[]): Promise<string> {
  const { db } = database.current;
  const user = await createUser(db, { organisationId: ids.org, roles });
  const { token } = await createSession(db, user.id);
  const response = await testApp(db).request("/app", {
    headers: { cookie: sessionCookie(token) },
  });
  expect(response.status).toBe(200);
  return response.text();
}

const year = copenhagenWallClock(new Date()).slice(0, 4);

describe("the staff dashboard's links to meetings and calendars", () => {
  it("gives a secretary planning, follow-up, the private calendar and the committee's pages", async () => {
    const html = await dashboardFor([{ role: "secretary", committeeId: ids.committee }]);
    expect(html).toContain(`href="/app/moeder/ny?udvalg=${ids.committee}"`);
    expect(html).toContain(">Planlæg møde</a>");
    expect(html).toContain('href="/app/opfoelgning"');
    expect(html).toContain('href="/app/kalender"');
    expect(html).toContain(`href="/app/udvalg/${ids.committee}/kalender/${year}"`);
    expect(html).toContain(`href="/app/udvalg/${ids.committee}/temaer"`);
    expect(html).toContain(`href="/app/udvalg/${ids.committee}/faste-punkter"`);
  });

  it("gives a member the calendars and follow-up, but nothing to plan with", async () => {
    const html = await dashboardFor([{ role: "member", committeeId: ids.committee }]);
    expect(html).toContain('href="/app/opfoelgning"');
    expect(html).toContain('href="/app/kalender"');
    expect(html).toContain(`href="/app/udvalg/${ids.committee}/kalender/${year}"`);
    expect(html).not.toContain("/app/moeder/ny");
    expect(html).not.toContain("/temaer");
    expect(html).not.toContain("/faste-punkter");
  });
});
