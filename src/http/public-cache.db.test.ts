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
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let meetingId = 0;
let orgId = 0;

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, slug: "cache-udvalg" });
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    status: "minutes_approved",
  });
  await createAgendaItem(db, { meetingId: meeting.id, title: "Første udgave" });
  meetingId = meeting.id;
  orgId = org.id;
});

const PUBLIC_PATHS = () => [
  "/",
  "/udvalg/cache-udvalg",
  "/udvalg/cache-udvalg/2025",
  "/udvalg/cache-udvalg/feed.atom",
  "/udvalg/cache-udvalg/kalender.ics",
  `/moeder/${meetingId}`,
  `/moeder/${meetingId}/punkt/1`,
  "/tilgaengelighed",
];

describe("caching of public pages", () => {
  it("gives anonymous visitors a strong ETag, a minute of caching and 304 when unchanged", async () => {
    const app = testApp(database.current.db);
    for (const path of PUBLIC_PATHS()) {
      const first = await app.request(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag") ?? "";
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers.get("cache-control"), path).toBe("public, max-age=60");
      expect(first.headers.get("vary"), path).toBe("Cookie");
      const body = await first.text();
      const again = await app.request(path, { headers: { "if-none-match": etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      const other = await app.request(path, { headers: { "if-none-match": '"anders"' } });
      expect(other.status).toBe(200);
      expect(await other.text()).toBe(body);
      // A fresh process renders the same bytes, so the tag is the same everywhere.
      const elsewhere = await testApp(database.current.db).request(path);
      expect(elsewhere.headers.get("etag"), path).toBe(etag);
    }
  });

  it("never caches a logged-in user's page nor gives it an ETag", async () => {
    const { db } = database.current;
    const user = await createUser(db, {
      organisationId: orgId,
      roles: [{ role: "admin", committeeId: null }],
    });
    const { token } = await createSession(db, user.id);
    const app = testApp(db);
    await app.request(`/moeder/${meetingId}`); // an anonymous copy is cached now
    const response = await app.request(`/moeder/${meetingId}`, {
      headers: { cookie: sessionCookie(token) },
    });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(await response.text()).toContain("Log ud");
  });

  it("does not cache error pages", async () => {
    const app = testApp(database.current.db);
    const response = await app.request("/moeder/987654");
    expect(response.status).toBe(404);
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control") ?? "").not.toContain("max-age=60");
  });

  it("keeps security headers on answers from the cache", async () => {
    const app = testApp(database.current.db);
    await app.request("/");
    const cached = await app.request("/");
    expect(cached.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(cached.headers.get("content-type")).toBe("text/html; charset=UTF-8");
  });
});
