import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { eq } from "drizzle-orm";
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
import { agendaItems } from "../db/schema/index.ts";
import { formPost, sessionCookie, testApp } from "./testing.ts";

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
      expect(first.headers.get("cache-control"), path).toBe("public, no-cache");
      // A feed also varies by whether a browser navigates to it (a page about it, then).
      expect(first.headers.get("vary"), path).toMatch(
        /^Cookie(, Sec-Fetch-Mode)?(, Accept-Encoding)?$/,
      );
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

  it("keeps a page once, whether a browser navigates to it or a script fetches it", async () => {
    const { db } = database.current;
    const committee = await createCommittee(db, { organisationId: orgId, slug: "en-gang" });
    const meeting = await createMeeting(db, {
      organisationId: orgId,
      committeeId: committee.id,
      status: "minutes_approved",
    });
    const item = await createAgendaItem(db, { meetingId: meeting.id, title: "Gemt udgave" });
    const app = testApp(db);
    const path = `/moeder/${meeting.id}`;
    const navigated = await app.request(path, { headers: { "sec-fetch-mode": "navigate" } });
    expect(await navigated.text()).toContain("Gemt udgave");
    // Changed behind the app's back: only a page rendered anew would show it.
    await db.update(agendaItems).set({ title: "Ny udgave" }).where(eq(agendaItems.id, item.id));
    for (const mode of ["cors", "no-cors", "navigate"]) {
      const fetched = await app.request(path, { headers: { "sec-fetch-mode": mode } });
      expect(await fetched.text(), mode).toContain("Gemt udgave");
    }
  });

  it("sends browsers that accept gzip the same page compressed, with the same tag made weak", async () => {
    const app = testApp(database.current.db);
    const gzip = { "accept-encoding": "gzip, deflate, br, zstd" };
    for (const path of [...PUBLIC_PATHS(), `/moeder/${meetingId}/dokument.pdf`]) {
      const plain = await app.request(path);
      const body = new Uint8Array(await plain.arrayBuffer());
      const etag = plain.headers.get("etag") ?? "";
      // Twice: the first fills the cache, the second is answered from it.
      for (const _ of [1, 2]) {
        const packed = await app.request(path, { headers: gzip });
        expect(packed.status, path).toBe(200);
        const text = /^(text\/|application\/[a-z+]*xml)/.test(
          plain.headers.get("content-type") ?? "",
        );
        if (!text || body.byteLength < 1024) {
          expect(packed.headers.get("content-encoding"), path).toBeNull();
          expect(new Uint8Array(await packed.arrayBuffer()), path).toEqual(body);
          continue;
        }
        expect(packed.headers.get("content-encoding"), path).toBe("gzip");
        expect(packed.headers.get("vary"), path).toMatch(
          /^Cookie(, Sec-Fetch-Mode)?, Accept-Encoding$/,
        );
        expect(packed.headers.get("etag"), path).toBe(`W/${etag}`);
        const bytes = new Uint8Array(await packed.arrayBuffer());
        expect(Number(packed.headers.get("content-length")), path).toBe(bytes.byteLength);
        expect(bytes.byteLength, path).toBeLessThan(body.byteLength / 2);
        expect(new Uint8Array(gunzipSync(bytes)), path).toEqual(body);
      }
      for (const tag of [etag, `W/${etag}`]) {
        const again = await app.request(path, { headers: { ...gzip, "if-none-match": tag } });
        expect(again.status, path).toBe(304);
      }
      const refused = await app.request(path, { headers: { "accept-encoding": "gzip;q=0, *" } });
      expect(refused.headers.get("content-encoding"), path).toBeNull();
      expect(new Uint8Array(await refused.arrayBuffer()), path).toEqual(body);
    }
  });

  it("compresses a logged-in user's page only when this site or the user asked for it", async () => {
    const { db } = database.current;
    const user = await createUser(db, { organisationId: orgId });
    const { token } = await createSession(db, user.id);
    const app = testApp(db);
    const cookie = sessionCookie(token);
    const path = `/moeder/${meetingId}`;
    const plain = await (await app.request(path, { headers: { cookie } })).text();
    for (const site of ["same-origin", "none"]) {
      const packed = await app.request(path, {
        headers: { cookie, "accept-encoding": "gzip", "sec-fetch-site": site },
      });
      expect(packed.headers.get("content-encoding"), site).toBe("gzip");
      expect(packed.headers.get("cache-control")).toBe("private, no-store");
      expect(gunzipSync(new Uint8Array(await packed.arrayBuffer())).toString()).toBe(plain);
    }
    // Asked for by another site, or by a browser that does not say: the page holds the CSRF
    // token, and compressed sizes could give it away (BREACH).
    for (const site of ["cross-site", "same-site", undefined]) {
      const headers: Record<string, string> = { cookie, "accept-encoding": "gzip" };
      if (site) headers["sec-fetch-site"] = site;
      const sent = await app.request(path, { headers });
      expect(sent.headers.get("content-encoding"), String(site)).toBeNull();
      expect(await sent.text()).toBe(plain);
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
    expect(response.headers.get("cache-control") ?? "").not.toContain("public");
  });

  it("keeps security headers on answers from the cache", async () => {
    const app = testApp(database.current.db);
    await app.request("/");
    const cached = await app.request("/");
    expect(cached.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(cached.headers.get("content-type")).toBe("text/html; charset=UTF-8");
  });

  it("shows what staff change in this process at once, and answers HEAD from the cache", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const path = `/moeder/${meetingId}`;
    expect(await (await app.request(path)).text()).not.toContain("Ny sag fra i dag");
    await createAgendaItem(db, { meetingId, title: "Ny sag fra i dag" });
    // Written behind the app's back: the cached page stands until it expires.
    expect(await (await app.request(path)).text()).not.toContain("Ny sag fra i dag");
    const head = await app.request(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toMatch(/^"/);
    // Any successful change by a logged-in user (here: logging out) empties the cache.
    const user = await createUser(db, { organisationId: orgId });
    const { token, csrfToken } = await createSession(db, user.id);
    const out = await app.request(
      "/logout",
      formPost({ _csrf: csrfToken }, { cookie: sessionCookie(token) }),
    );
    expect(out.status).toBeLessThan(400);
    expect(await (await app.request(path)).text()).toContain("Ny sag fra i dag");
  });

  it("is not emptied by anonymous posts", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const before = await (await app.request("/")).text();
    const fresh = await createCommittee(db, {
      organisationId: orgId,
      name: "Helt Nyt Udvalg",
      slug: "helt-nyt",
    });
    await createMeeting(db, {
      organisationId: orgId,
      committeeId: fresh.id,
      status: "minutes_approved",
    });
    expect(await (await testApp(db).request("/")).text()).toContain("Helt Nyt Udvalg");
    await app.request("/logout", formPost({}));
    expect(await (await app.request("/")).text()).toBe(before);
  });

  it("works the same behind a real socket, where headers are read from Node", async () => {
    const { db } = database.current;
    const user = await createUser(db, { organisationId: orgId });
    const { token } = await createSession(db, user.id);
    const app = testApp(db);
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
        resolve(s as Server),
      ) as Server;
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moeder/${meetingId}`;
      const first = await fetch(url);
      const etag = first.headers.get("etag") ?? "";
      expect(first.status).toBe(200);
      expect(first.headers.get("content-security-policy")).toContain("default-src 'self'");
      const hit = await fetch(url);
      expect(hit.headers.get("etag")).toBe(etag);
      expect(await hit.text()).toBe(await first.text());
      expect((await fetch(url, { headers: { "if-none-match": etag } })).status).toBe(304);
      const other = `other=1; ${sessionCookie(token)}`;
      const private_ = await fetch(url, { headers: { cookie: other, "if-none-match": etag } });
      expect(private_.status).toBe(200);
      expect(private_.headers.get("cache-control")).toBe("private, no-store");
      expect(await private_.text()).toContain("Log ud");
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
