import type { Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
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
import { loadPrincipal } from "../domain/access/load-principal.ts";
import { createCalendarToken } from "../domain/meeting/create-calendar-token.ts";
import { csrfFieldOf, formPost, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
const PUBLIC = "https://referat.example.dk";
/** The address the server listens on, as a proxy in front of it sends it. */
const INSIDE = { host: "127.0.0.1:3201" };
const app = () => testApp(database.current.db, { REFERAT_PUBLIC_URL: PUBLIC });
let meetingId = 0;
let itemId = 0;
let calendarToken = "";
let member = { cookie: "", userId: 0 };

beforeAll(async () => {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, slug: "chefforum" });
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    status: "agenda_published",
    startsAt: "2099-03-12 09:00:00",
  });
  const item = await createAgendaItem(db, { meetingId: meeting.id, title: "Første udgave" });
  meetingId = meeting.id;
  itemId = item.id;
  const user = await createUser(db, {
    organisationId: org.id,
    roles: [{ role: "member", committeeId: committee.id }],
  });
  const principal = await loadPrincipal(db, user.id);
  if (!principal) throw new Error("no principal");
  calendarToken = (await createCalendarToken(db, principal)).token;
  member = { cookie: sessionCookie((await createSession(db, user.id)).token), userId: user.id };
});

/** Every absolute http(s) address in a body. */
const addresses = (body: string) =>
  [...body.replace(/\r\n /g, "").matchAll(/https?:\/\/[^\s"<>\\]+/g)].map((m) => m[0]);
const ours = (body: string) =>
  addresses(body).filter((a) => !a.startsWith(`${PUBLIC}/`) && !a.startsWith("http://www.w3.org"));

describe("absolute links come from REFERAT_PUBLIC_URL, never from the request", () => {
  it.each([
    ["the calendar", "/udvalg/chefforum/kalender.ics"],
    ["the Atom feed", "/udvalg/chefforum/feed.atom"],
  ])("a request for another host cannot poison %s in the page cache", async (_, path) => {
    const server = app();
    const poisoned = await server.request(`http://evil.example${path}`, { headers: INSIDE });
    expect(poisoned.status).toBe(200);
    const body = await poisoned.text();
    expect(body).not.toContain("evil.example");
    expect(addresses(body).some((a) => a.startsWith(`${PUBLIC}/moeder/${meetingId}`))).toBe(true);
    expect(ours(body)).toEqual([]);
    // Everyone after gets the same, whichever host they asked for.
    const next = await server.request(`http://127.0.0.1:3201${path}`, { headers: INSIDE });
    expect(await next.text()).toBe(body);
  });

  it("is not poisoned by an absolute request target on a real socket", async () => {
    const server = app();
    const listening = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: server.fetch, hostname: "127.0.0.1", port: 0 }, () =>
        resolve(s as Server),
      ) as Server;
    });
    const { port } = listening.address() as AddressInfo;
    const raw = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () =>
          socket.write(
            `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
          ),
        );
        const chunks: Buffer[] = [];
        socket.on("data", (chunk) => chunks.push(chunk));
        socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        socket.on("error", reject);
      });
    try {
      const path = "/udvalg/chefforum/kalender.ics";
      const poisoned = await raw(`http://evil.example${path}`);
      expect(poisoned).toMatch(/^HTTP\/1\.1 200/);
      expect(poisoned).not.toContain("evil.example");
      const next = await fetch(`http://127.0.0.1:${port}${path}`);
      const body = await next.text();
      expect(body).not.toContain("evil.example");
      expect(body.replace(/\r\n /g, "")).toContain(`URL:${PUBLIC}/moeder/${meetingId}`);
    } finally {
      listening.closeAllConnections();
      await new Promise((r) => listening.close(r));
    }
  });

  it("builds the search feed's links from the public address", async () => {
    const response = await app().request("http://evil.example/soeg/feed.atom?q=budget", {
      headers: INSIDE,
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).not.toContain("evil.example");
    expect(body).toContain(`${PUBLIC}/soeg/feed.atom?q=budget`);
  });

  it("builds a member's private calendar and its link from the public address", async () => {
    const feed = await app().request(`http://evil.example/kalender/${calendarToken}.ics`, {
      headers: INSIDE,
    });
    expect(feed.status).toBe(200);
    const body = await feed.text();
    expect(body).not.toContain("evil.example");
    expect(body.replace(/\r\n /g, "")).toContain(`URL:${PUBLIC}/app/moeder/${meetingId}`);
    const page = await app().request("http://evil.example/app/kalender", {
      headers: {
        ...INSIDE,
        cookie: `${member.cookie}; referat_new_calendar_link=${calendarToken}`,
      },
    });
    const html = await page.text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`value="${PUBLIC}/kalender/${calendarToken}.ics"`);
  });
});

describe("the page cache", () => {
  it("keys on the path and answers a request with a query string fresh", async () => {
    const { db } = database.current;
    const server = app();
    const path = `/moeder/${meetingId}`;
    expect(await (await server.request(path)).text()).toContain("Første udgave");
    expect(await (await server.request(`${path}?side=2`)).text()).toContain("Første udgave");
    // A change outside this process (an import, another server) ...
    await db.update(agendaItems).set({ title: "Anden udgave" }).where(eq(agendaItems.id, itemId));
    // ... shows on a request with a query string at once: those are never kept, so random
    // query strings cannot push the real pages out of the cache ...
    expect(await (await server.request(`${path}?side=2`)).text()).toContain("Anden udgave");
    // ... while the plain path is still the kept copy, whatever the host.
    const kept = await server.request(`http://andet.example${path}`);
    expect(await kept.text()).toContain("Første udgave");
    await db.update(agendaItems).set({ title: "Første udgave" }).where(eq(agendaItems.id, itemId));
  });
});

describe("the origin check on forms", () => {
  async function logInForm(server: ReturnType<typeof app>, url: string) {
    const page = await server.request(url, { headers: INSIDE });
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return { cookie, token: csrfFieldOf(await page.text()) };
  }

  it("accepts the public address behind a proxy and refuses the inside address", async () => {
    const server = app();
    const inside = "http://127.0.0.1:3201/login";
    const form = await logInForm(server, inside);
    const fields = { email: "ingen@example.dk", password: "forkert", _csrf: form.token };
    const viaProxy = await server.request(
      inside,
      formPost(fields, { ...INSIDE, cookie: form.cookie, origin: PUBLIC }),
    );
    expect(viaProxy.status).toBe(401);
    const direct = await server.request(
      inside,
      formPost(fields, { ...INSIDE, cookie: form.cookie, origin: "http://127.0.0.1:3201" }),
    );
    expect(direct.status).toBe(403);
  });

  it("compares with the request's own host when no public address is configured", async () => {
    const server = testApp(database.current.db, { REFERAT_PUBLIC_URL: "" });
    const form = await logInForm(server, "http://localhost:3000/login");
    const fields = { email: "ingen@example.dk", password: "forkert", _csrf: form.token };
    const same = await server.request(
      "http://localhost:3000/login",
      formPost(fields, { cookie: form.cookie, origin: "http://localhost:3000" }),
    );
    expect(same.status).toBe(401);
    const foreign = await server.request(
      "http://localhost:3000/login",
      formPost(fields, { cookie: form.cookie, origin: "http://ond.example" }),
    );
    expect(foreign.status).toBe(403);
  });
});
