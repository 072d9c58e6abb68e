import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createCommittee, createOrganisation, createUser } from "../../test/factories.ts";
import { ADDRESS_LIMIT } from "../domain/auth/login-throttle.ts";
import { csrfFieldOf, formPost, setCookies, testApp } from "./testing.ts";

const database = useTestDatabase();
const PASSWORD = "Chefforum-2025!";

async function staffUser() {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  return createUser(db, {
    organisationId: org.id,
    password: PASSWORD,
    roles: [{ role: "member", committeeId: committee.id }],
  });
}

type App = ReturnType<typeof testApp>;

/** A client at one address: a socket as @hono/node-server gives it to the app. */
const socket = (address: string) => ({
  incoming: {
    headers: {},
    socket: { remoteAddress: address, remotePort: 50000, remoteFamily: "IPv4" },
  },
});

async function loginClient(app: App, env?: object, headers: Record<string, string> = {}) {
  const page = await app.request("/login", { headers }, env);
  const cookie = setCookies(page).get("referat_login_csrf");
  const token = csrfFieldOf(await page.text());
  return (email: string, password: string, more: Record<string, string> = {}) =>
    app.request(
      "/login",
      formPost(
        { email, password, _csrf: token },
        { cookie: `referat_login_csrf=${cookie?.value}`, ...headers, ...more },
      ),
      env,
    );
}

describe("the log-in limit", () => {
  it("lets no more than five of sixteen parallel attempts reach the password check", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const attempt = await loginClient(app);
    const guesses = Array.from({ length: 15 }, (_, i) => attempt(user.email, `gæt-${i}`));
    const responses = await Promise.all([...guesses, attempt(user.email, PASSWORD)]);
    const statuses = responses.map((r) => r.status);
    const checked = statuses.filter((s) => s !== 429);
    expect(checked).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(11);
    // The right password got in only if it was one of the five checked.
    expect(statuses.filter((s) => s === 303).length).toBeLessThanOrEqual(1);
  });

  it("refuses the right password too, says when to try again, and survives a restart", async () => {
    const user = await staffUser();
    const attempt = await loginClient(testApp(database.current.db));
    for (let i = 0; i < 5; i++) expect((await attempt(user.email, `gæt-${i}`)).status).toBe(401);
    // A new process on the same database knows the count.
    const restarted = await loginClient(testApp(database.current.db));
    const refused = await restarted(user.email.toUpperCase(), PASSWORD);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    const html = await refused.text();
    expect(html).toContain("For mange forkerte forsøg på denne konto");
    expect(html).toMatch(/Prøv igen kl\. \d{2}\.\d{2}/);
    expect(setCookies(refused).has("referat_session")).toBe(false);
  });

  it("forgets an account's failures after a successful log-in", async () => {
    const user = await staffUser();
    const attempt = await loginClient(testApp(database.current.db));
    for (let i = 0; i < 4; i++) expect((await attempt(user.email, `gæt-${i}`)).status).toBe(401);
    expect((await attempt(user.email, PASSWORD)).status).toBe(303);
    for (let i = 0; i < 5; i++) expect((await attempt(user.email, `gæt-${i}`)).status).toBe(401);
    expect((await attempt(user.email, PASSWORD)).status).toBe(429);
  });

  it("limits one client address across accounts, taken from the socket", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const guesser = await loginClient(app, socket("203.0.113.7"));
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await guesser(`konto-${i}@example.dk`, "gæt")).status, String(i)).toBe(401);
    }
    const refused = await guesser(user.email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("For mange forkerte forsøg fra din adresse");
    // Someone else, at another address, is not affected.
    const other = await loginClient(app, socket("198.51.100.4"));
    expect((await other(user.email, PASSWORD)).status).toBe(303);
  });

  it("reads the address from the real socket", async () => {
    const app = testApp(database.current.db, { REFERAT_PUBLIC_URL: "" });
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
        resolve(s as Server),
      ) as Server;
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const page = await fetch(`${base}/login`);
      const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const token = csrfFieldOf(await page.text());
      const attempt = (email: string) =>
        fetch(`${base}/login`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: base,
            cookie,
          },
          body: new URLSearchParams({ email, password: "gæt", _csrf: token }),
        });
      for (let i = 0; i < ADDRESS_LIMIT; i++) {
        expect((await attempt(`sok-${i}@example.dk`)).status).toBe(401);
      }
      const refused = await attempt("sok-x@example.dk");
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain("fra din adresse");
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("believes X-Forwarded-For only from a configured proxy", async () => {
    const app = testApp(database.current.db, { REFERAT_TRUSTED_PROXIES: "10.0.0.2, 10.0.0.9" });
    const user = await staffUser();
    // From an address that is no proxy the header is ignored: every guess counts for 10.0.0.66.
    const direct = await loginClient(app, socket("10.0.0.66"));
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const forged = { "x-forwarded-for": `192.0.2.${i}` };
      expect((await direct(`s-${i}@example.dk`, "gæt", forged)).status).toBe(401);
    }
    expect((await direct(user.email, PASSWORD, { "x-forwarded-for": "192.0.2.200" })).status).toBe(
      429,
    );
    // Through the proxies, the right-most address that is not one of them is the client; what
    // the client itself put in front of it does not count.
    const proxy = await loginClient(app, socket("10.0.0.2"));
    const chain = (forged: string, client: string) => ({
      "x-forwarded-for": `${forged}, ${client}, 10.0.0.9`,
    });
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const headers = chain(`198.51.100.${i}`, "192.0.2.1");
      expect((await proxy(`p-${i}@example.dk`, "gæt", headers)).status).toBe(401);
    }
    expect((await proxy(user.email, PASSWORD, chain("1.1.1.1", "192.0.2.1"))).status).toBe(429);
    expect((await proxy(user.email, PASSWORD, chain("192.0.2.1", "192.0.2.2"))).status).toBe(303);
  });
});
