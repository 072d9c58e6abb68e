import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import type { RoleGrant } from "../domain/access/access.policy.ts";
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
const CLOSED_MARKER = "MARKØR-LUKKET-INDHOLD";
const ids = { orgId: 0, chefforum: 0, kommuneMed: 0, ownMeeting: 0, otherMeeting: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const chefforum = await createCommittee(db, { organisationId: org.id, name: "Chefforum" });
  const kommuneMed = await createCommittee(db, { organisationId: org.id, name: "KommuneMED" });
  const own = await createMeeting(db, {
    organisationId: org.id,
    committeeId: chefforum.id,
    status: "planned",
    startsAt: "2025-03-12 09:00:00",
  });
  await createAgendaItem(db, {
    meetingId: own.id,
    title: "Personalesag",
    closed: true,
    closureReason: "Personoplysninger",
    fields: [{ label: "Sagsfremstilling", text: CLOSED_MARKER }],
  });
  const other = await createMeeting(db, { organisationId: org.id, committeeId: kommuneMed.id });
  Object.assign(ids, {
    orgId: org.id,
    chefforum: chefforum.id,
    kommuneMed: kommuneMed.id,
    ownMeeting: own.id,
    otherMeeting: other.id,
  });
});

async function cookieFor(roles: RoleGrant[], organisationId = ids.orgId) {
  const { db } = database.current;
  const user = await createUser(db, { organisationId, roles, name: "Sisse Krøll Willemoes" });
  const { token } = await createSession(db, user.id);
  return { headers: { cookie: sessionCookie(token) } };
}

describe("staff area", () => {
  it("sends visitors without a session to the log-in page and back afterwards", async () => {
    const app = testApp(database.current.db);
    for (const [path, next] of [
      ["/app", "%2Fapp"],
      [`/app/moeder/${ids.ownMeeting}`, `%2Fapp%2Fmoeder%2F${ids.ownMeeting}`],
      ["/app/findes-ikke", "%2Fapp%2Ffindes-ikke"],
    ]) {
      const response = await app.request(path ?? "");
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/login?next=${next}`);
    }
  });

  it("treats an expired session as none", async () => {
    const { db } = database.current;
    const user = await createUser(db, {
      organisationId: ids.orgId,
      roles: [{ role: "member", committeeId: null }],
    });
    const { token } = await createSession(db, user.id, {
      expiresAt: new Date(Date.now() - 60_000),
    });
    const response = await testApp(db).request("/app", {
      headers: { cookie: sessionCookie(token) },
    });
    expect(response.status).toBe(303);
  });

  it("shows a member their committee and all its meetings, whatever the status", async () => {
    const response = await testApp(database.current.db).request(
      "/app",
      await cookieFor([{ role: "member", committeeId: ids.chefforum }]),
    );
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain("Chefforum");
    expect(html).toContain(`/app/moeder/${ids.ownMeeting}`);
    expect(html).toContain("Planlagt");
    expect(html).not.toContain("KommuneMED");
    expect(html).not.toContain(`/app/moeder/${ids.otherMeeting}`);
  });

  it("shows closed content to the committee's members, clearly marked", async () => {
    const response = await testApp(database.current.db).request(
      `/app/moeder/${ids.ownMeeting}`,
      await cookieFor([{ role: "member", committeeId: ids.chefforum }]),
    );
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Lukket punkt – må ikke offentliggøres");
    expect(html).toContain(CLOSED_MARKER);
  });

  it("refuses a member of another committee with a Danish 403", async () => {
    const response = await testApp(database.current.db).request(
      `/app/moeder/${ids.ownMeeting}`,
      await cookieFor([{ role: "member", committeeId: ids.kommuneMed }]),
    );
    const html = await response.text();
    expect(response.status).toBe(403);
    expect(html).toContain("Ingen adgang");
    expect(html).not.toContain(CLOSED_MARKER);
  });

  it("lets an organisation-wide role see every committee of its own organisation only", async () => {
    const app = testApp(database.current.db);
    const admin = await cookieFor([{ role: "admin", committeeId: null }]);
    expect((await app.request(`/app/moeder/${ids.otherMeeting}`, admin)).status).toBe(200);
    const elsewhere = await createOrganisation(database.current.db);
    const foreignAdmin = await cookieFor([{ role: "admin", committeeId: null }], elsewhere.id);
    expect((await app.request(`/app/moeder/${ids.ownMeeting}`, foreignAdmin)).status).toBe(403);
  });

  it("refuses users without any role", async () => {
    const response = await testApp(database.current.db).request("/app", await cookieFor([]));
    expect(response.status).toBe(403);
  });

  it("answers 404, not 500, for malformed and unknown meeting ids", async () => {
    const app = testApp(database.current.db);
    const member = await cookieFor([{ role: "member", committeeId: ids.chefforum }]);
    for (const path of ["/app/moeder/abc", "/app/moeder/99999999999", "/app/moeder/987654"]) {
      expect((await app.request(path, member)).status, path).toBe(404);
    }
  });
});
