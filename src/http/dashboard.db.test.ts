import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createMeeting,
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

describe("the staff dashboard's ways to the cases", () => {
  it("offers writing cases to authors and approving to approvers, and neither to a member", async () => {
    const on = (role: RoleGrant["role"]) => dashboardFor([{ role, committeeId: ids.committee }]);
    const [member, author, approver] = await Promise.all([
      on("member"),
      on("author"),
      on("approver"),
    ]);
    expect(member).not.toContain('href="/app/sager/ny"');
    expect(member).not.toContain('href="/app/sager#til-godkendelse"');
    expect(author).toContain('href="/app/sager/ny"');
    expect(author).not.toContain('href="/app/sager#til-godkendelse"');
    expect(approver).toContain('href="/app/sager#til-godkendelse"');
    expect(approver).not.toContain('href="/app/sager/ny"');
  });
});

describe("the staff dashboard's meetings", () => {
  it("lists a committee's next three meetings and published agendas soonest first, and its latest three", async () => {
    const { db } = database.current;
    const committee = await createCommittee(db, { organisationId: ids.org, name: "KommuneMED" });
    const day = (offset: number) =>
      `${copenhagenWallClock(new Date(Date.now() + offset * 86_400_000)).slice(0, 10)} 09:00:00`;
    const offsets = [-400, -60, -30, -20, -10, 10, 20, 30, 60, 120];
    const made = new Map<number, number>();
    for (const offset of offsets) {
      // The meeting in four months already has its agenda out.
      const status =
        offset < 0 ? "minutes_published" : offset === 120 ? "agenda_published" : "planned";
      const meeting = await createMeeting(db, {
        organisationId: ids.org,
        committeeId: committee.id,
        startsAt: day(offset),
        status,
      });
      made.set(offset, meeting.id);
    }
    const html = await dashboardFor([{ role: "secretary", committeeId: committee.id }]);
    const section = html.slice(html.indexOf(">KommuneMED</h2>"));
    const at = (offset: number) => section.indexOf(`href="/app/moeder/${made.get(offset)}"`);
    expect(section).toContain("<h3>Kommende møder</h3>");
    expect(section).toContain("<h3>Seneste møder</h3>");
    // Soonest first (and a published agenda however far ahead), then the latest held, newest
    // first; older ones and later planned ones are left out.
    const shown = [10, 20, 30, 120, -10, -20, -30];
    for (const offset of shown) expect(at(offset), `day ${offset}`).toBeGreaterThan(0);
    expect(shown.map(at)).toEqual([...shown.map(at)].sort((a, b) => a - b));
    for (const offset of [60, -60, -400]) expect(at(offset), `day ${offset}`).toBe(-1);
  });
});
