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
let staff = { cookie: "", csrf: "" };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, slug: "hoved-udvalg" });
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    status: "minutes_approved",
  });
  await createAgendaItem(db, { meetingId: meeting.id, title: "Budget" });
  meetingId = meeting.id;
  const user = await createUser(db, {
    organisationId: org.id,
    roles: [{ role: "secretary", committeeId: committee.id }],
  });
  const session = await createSession(db, user.id);
  staff = { cookie: sessionCookie(session.token), csrf: session.csrfToken };
});

interface Probe {
  kind: string;
  path: string;
  init?: RequestInit;
  type: RegExp;
  status?: number;
}

const probes = (): Probe[] => [
  { kind: "public page", path: "/", type: /^text\/html/ },
  { kind: "meeting page", path: `/moeder/${meetingId}`, type: /^text\/html/ },
  {
    kind: "staff page",
    path: "/app",
    init: { headers: { cookie: staff.cookie } },
    type: /^text\/html/,
  },
  { kind: "feed", path: "/udvalg/hoved-udvalg/feed.atom", type: /^application\/atom\+xml/ },
  { kind: "iCal", path: "/udvalg/hoved-udvalg/kalender.ics", type: /^text\/calendar/ },
  { kind: "PDF", path: `/moeder/${meetingId}/dokument.pdf`, type: /^application\/pdf/ },
  { kind: "DOCX", path: `/moeder/${meetingId}/dokument.docx`, type: /wordprocessingml/ },
  {
    kind: "JSON",
    path: "/app/sager/abc/skrivetjek",
    init: {
      method: "POST",
      headers: {
        cookie: staff.cookie,
        origin: "http://localhost",
        "x-csrf-token": staff.csrf,
        "content-type": "application/json",
      },
      body: "{}",
    },
    type: /^application\/json/,
    status: 404,
  },
  { kind: "error page", path: "/findes-ikke", type: /^text\/html/, status: 404 },
  { kind: "asset", path: "/assets/style.css", type: /^text\/css/ },
  { kind: "health", path: "/healthz", type: /^application\/json/ },
];

function expectSecurityHeaders(response: Response, label: string, https: boolean) {
  const h = (name: string) => response.headers.get(name) ?? "";
  const csp = h("content-security-policy");
  expect(csp, label).toContain("default-src 'self'");
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("base-uri 'self'");
  expect(csp, label).not.toContain("unsafe-inline");
  expect(csp, label).not.toContain("unsafe-eval");
  expect(h("x-content-type-options"), label).toBe("nosniff");
  expect(h("x-frame-options"), label).toBe("DENY");
  expect(h("referrer-policy"), label).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(h("permissions-policy"), label).toMatch(/camera=\(\)/);
  expect(h("permissions-policy"), label).toMatch(/microphone=\(\)/);
  expect(h("permissions-policy"), label).toMatch(/geolocation=\(\)/);
  if (https) {
    expect(h("strict-transport-security"), label).toMatch(/^max-age=31536000; includeSubDomains/);
  } else {
    expect(response.headers.has("strict-transport-security"), label).toBe(false);
  }
}

describe("security headers", () => {
  it.each([
    ["over HTTP: no HSTS", false],
    ["behind HTTPS (REFERAT_SECURE_COOKIES=1): HSTS", true],
  ])("are on every kind of answer, %s", async (_, https) => {
    const app = testApp(database.current.db, https ? { REFERAT_SECURE_COOKIES: "1" } : {});
    const cookieName = https ? "__Host-referat_session" : "referat_session";
    for (const probe of probes()) {
      const init = { ...probe.init };
      if (https && init.headers) {
        const headers = { ...(init.headers as Record<string, string>) };
        if (headers.cookie) headers.cookie = headers.cookie.replace("referat_session", cookieName);
        init.headers = headers;
      }
      const response = await app.request(probe.path, init);
      expect(response.status, probe.kind).toBe(probe.status ?? 200);
      expect(response.headers.get("content-type") ?? "", probe.kind).toMatch(probe.type);
      expectSecurityHeaders(response, probe.kind, https);
      // The page cache answers a second anonymous request itself, and a 304 too.
      const again = await app.request(probe.path, init);
      expectSecurityHeaders(again, `${probe.kind} (again)`, https);
      const etag = again.headers.get("etag");
      if (etag && !init.method) {
        const headers = { ...(init.headers as Record<string, string>), "if-none-match": etag };
        const notModified = await app.request(probe.path, { ...init, headers });
        expect(notModified.status, probe.kind).toBe(304);
        expectSecurityHeaders(notModified, `${probe.kind} (304)`, https);
      }
    }
  });
});
