import { generateKeyPairSync } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createCommittee, createOrganisation } from "../../test/factories.ts";
import { decodeJwt, type OidcPeer, signJwt, startOidcPeer } from "../../test/oidc-peer.ts";
import { loadConfig } from "../config.ts";
import {
  auditLog,
  externalIdentities,
  memberships,
  ssoGroupRoles,
  users,
} from "../db/schema/index.ts";
import { OidcClient } from "../domain/sso/oidc-client.ts";
import { createLogger } from "../logger.ts";
import { createApp } from "./app.ts";
import { csrfFieldOf, formPost, ORIGIN, sessionCookie, setCookies } from "./testing.ts";

const database = useTestDatabase();
let peer: OidcPeer;
let committeeId: number;
const lines: string[] = [];
/** Rewrites the ID token of the next token responses (a man in the middle), when set. */
let tamper: ((idToken: string) => string) | null = null;

function appWith(env: Record<string, string> = {}) {
  const config = loadConfig({ LOG_LEVEL: "info", REFERAT_PUBLIC_URL: ORIGIN, ...peer.env, ...env });
  if (!config.oidc) throw new Error("no oidc config");
  const oidc = new OidcClient(config.oidc, ORIGIN, {
    fetch: async (url, options) => {
      const response = await fetch(url, options as RequestInit);
      if (!tamper || !url.endsWith("/token") || !response.ok) return response;
      const body = (await response.json()) as { id_token: string };
      body.id_token = tamper(body.id_token);
      return Response.json(body, { status: response.status });
    },
  });
  const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
  return createApp({ db: database.current.db, config, logger, oidc });
}

beforeAll(async () => {
  peer = await startOidcPeer(ORIGIN);
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, name: "Socialudvalget" });
  committeeId = committee.id;
  await db.insert(ssoGroupRoles).values([
    { organisationId: org.id, groupValue: "g-secretaries", role: "secretary", committeeId },
    { organisationId: org.id, groupValue: "g-members", role: "member", committeeId },
  ]);
});
afterAll(() => peer.close());

interface Flow {
  authorize?: (url: URL) => void;
  callback?: (url: URL) => void;
  stateCookie?: (value: string) => string;
}

/** Clicks »Log ind med …«, signs in at the provider as `accountId`, and comes back. */
async function signIn(app: ReturnType<typeof appWith>, accountId: string, flow: Flow = {}) {
  const start = await app.request("/login/oidc?next=/app/sager");
  expect(start.status).toBe(303);
  const state = setCookies(start).get("referat_oidc");
  expect(state?.raw).toMatch(/HttpOnly/);
  const authorization = new URL(start.headers.get("location") ?? "");
  expect(authorization.origin).toBe(peer.issuer);
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  flow.authorize?.(authorization);
  const back = await peer.signIn(authorization.href, accountId);
  expect(back.href.startsWith(`${ORIGIN}/login/oidc/callback?`)).toBe(true);
  flow.callback?.(back);
  const value = flow.stateCookie ? flow.stateCookie(state?.value ?? "") : (state?.value ?? "");
  const response = await app.request(`${back.pathname}${back.search}`, {
    headers: { cookie: `referat_oidc=${value}` },
  });
  const session = setCookies(response).get("referat_session")?.value;
  return { response, html: await response.text(), session };
}

async function rolesOf(subject: string) {
  const { db } = database.current;
  const [link] = await db
    .select({ userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(eq(externalIdentities.subject, subject));
  if (!link) return null;
  const rows = await db.select().from(memberships).where(eq(memberships.userId, link.userId));
  return { userId: link.userId, roles: rows.map((r) => `${r.role}@${r.committeeId}`).sort() };
}

describe("sign-in through OpenID Connect", () => {
  it("shows »Log ind med …« above the password form", async () => {
    const html = await (await appWith().request("/login?next=/app/sager")).text();
    const button = html.indexOf("Log ind med Testudbyder");
    expect(button).toBeGreaterThan(0);
    expect(html).toContain('href="/login/oidc?next=%2Fapp%2Fsager"');
    expect(html.indexOf('name="password"')).toBeGreaterThan(button);
  });

  it("creates the user linked by sub on first sign-in, with the mapped role", async () => {
    peer.accounts.set("sub-anna", {
      name: "Anna Holm",
      email: "anna.holm@kommune.test",
      groups: ["g-secretaries", "unmapped"],
    });
    const app = appWith();
    const { response, session } = await signIn(app, "sub-anna");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/app/sager");
    expect(session).toBeTruthy();
    const staff = await app.request("/app", { headers: { cookie: sessionCookie(session ?? "") } });
    expect(staff.status).toBe(200);
    expect(await staff.text()).toContain("Anna Holm");
    const state = await rolesOf("sub-anna");
    expect(state?.roles).toEqual([`secretary@${committeeId}`]);
    const { db } = database.current;
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.id, state?.userId ?? 0));
    expect(user?.email).toBe("anna.holm@kommune.test");
    const actions = (
      await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, state?.userId ?? 0))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.sso_created", "user.sso_signed_in"]));
  });

  it("takes away a role removed at the provider at the next sign-in", async () => {
    peer.accounts.set("sub-bo", {
      name: "Bo Ravn",
      email: "bo@kommune.test",
      groups: ["g-secretaries", "g-members"],
    });
    const app = appWith();
    expect((await signIn(app, "sub-bo")).session).toBeTruthy();
    expect((await rolesOf("sub-bo"))?.roles).toEqual([
      `member@${committeeId}`,
      `secretary@${committeeId}`,
    ]);
    peer.accounts.set("sub-bo", {
      name: "Bo Ravn",
      email: "bo@kommune.test",
      groups: ["g-members"],
    });
    expect((await signIn(app, "sub-bo")).session).toBeTruthy();
    expect((await rolesOf("sub-bo"))?.roles).toEqual([`member@${committeeId}`]);

    // With no mapped group left: no session, the group roles are gone, a Danish page.
    peer.accounts.set("sub-bo", { name: "Bo Ravn", email: "bo@kommune.test", groups: [] });
    const last = await signIn(app, "sub-bo");
    expect(last.response.status).toBe(403);
    expect(last.session).toBeUndefined();
    expect(last.html).toContain("Bed Referats administrator");
    expect((await rolesOf("sub-bo"))?.roles).toEqual([]);
  });

  it("gives a person without a mapped group a Danish page and no session", async () => {
    peer.accounts.set("sub-carl", { name: "Carl", email: "carl@kommune.test", groups: ["other"] });
    lines.length = 0;
    const { response, html, session } = await signIn(appWith(), "sub-carl");
    expect(response.status).toBe(403);
    expect(html).toContain("Du kan ikke logge ind");
    expect(html).toContain("ikke med i en gruppe, der giver adgang til Referat");
    expect(session).toBeUndefined();
    expect(await rolesOf("sub-carl")).toBeNull();
    expect(lines.join("")).toContain("oidc sign-in refused");
  });

  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const resign = (change: (payload: Record<string, unknown>) => void) => (token: string) => {
    const { header, payload } = decodeJwt(token);
    change(payload);
    return signJwt(header, payload, peer.signingKey);
  };
  const refusals: [string, () => Flow & { tamper?: (t: string) => string }, string][] = [
    [
      "a wrong state",
      () => ({ callback: (u) => u.searchParams.set("state", "forfalsket") }),
      'unexpected \\"state\\" response parameter',
    ],
    [
      "a wrong nonce",
      () => ({ authorize: (u) => u.searchParams.set("nonce", "en-anden-nonce") }),
      'unexpected ID Token \\"nonce\\" claim value',
    ],
    [
      "a missing nonce",
      () => ({ authorize: (u) => u.searchParams.delete("nonce") }),
      'JWT \\"nonce\\" (nonce) claim missing',
    ],
    [
      "a token from another issuer",
      () => ({
        tamper: resign((p) => {
          p.iss = "http://127.0.0.1:9/fremmed";
        }),
      }),
      '\\"iss\\" (issuer) claim value',
    ],
    [
      "a token for another audience",
      () => ({
        tamper: resign((p) => {
          p.aud = "en-anden-klient";
        }),
      }),
      '\\"aud\\" (audience) claim value',
    ],
    [
      "a bad signature",
      () => ({
        tamper: (token: string) => {
          const { header, payload } = decodeJwt(token);
          return signJwt(header, payload, otherKey);
        },
      }),
      "JWT signature verification failed",
    ],
    [
      "a forged state cookie",
      () => ({ stateCookie: (v) => `${v.slice(0, -4)}AAAA` }),
      "without a valid sign-in state",
    ],
    ["no state cookie", () => ({ stateCookie: () => "" }), "without a valid sign-in state"],
  ];
  it.each(refusals)(
    "refuses %s with a Danish page, a log line and no session",
    async (_, make, logged) => {
      peer.accounts.set("sub-dina", {
        name: "Dina",
        email: "dina@kommune.test",
        groups: ["g-members"],
      });
      const flow = make();
      tamper = flow.tamper ?? null;
      lines.length = 0;
      try {
        const { response, html, session } = await signIn(appWith(), "sub-dina", flow);
        expect(response.status).toBe(400);
        expect(html).toContain("Log ind mislykkedes");
        expect(html).toMatch(/du er ikke logget ind/);
        expect(html).not.toMatch(/at .*\.(ts|js):\d+/);
        expect(session).toBeUndefined();
        expect(lines.join("")).toContain(logged);
      } finally {
        tamper = null;
      }
      expect(await rolesOf("sub-dina")).toBeNull();
    },
  );

  it("signs out at the provider too, with id_token_hint and the way back", async () => {
    peer.accounts.set("sub-eva", { name: "Eva", email: "eva@kommune.test", groups: ["g-members"] });
    const app = appWith();
    const { session } = await signIn(app, "sub-eva");
    const page = await app.request("/app", { headers: { cookie: sessionCookie(session ?? "") } });
    const out = await app.request(
      "/logout",
      formPost({ _csrf: csrfFieldOf(await page.text()) }, { cookie: sessionCookie(session ?? "") }),
    );
    expect(out.status).toBe(303);
    const target = new URL(out.headers.get("location") ?? "");
    expect(target.origin).toBe(peer.issuer);
    expect(target.searchParams.get("post_logout_redirect_uri")).toBe(`${ORIGIN}/`);
    expect(decodeJwt(target.searchParams.get("id_token_hint") ?? "").payload.sub).toBe("sub-eva");
    const after = await app.request("/app", { headers: { cookie: sessionCookie(session ?? "") } });
    expect(after.status).not.toBe(200);
  });

  it("starts and shows the log-in page while the provider is down; the button says so in Danish", async () => {
    const app = appWith({ REFERAT_OIDC_ISSUER: "http://127.0.0.1:9" });
    expect((await app.request("/login")).status).toBe(200);
    lines.length = 0;
    const response = await app.request("/login/oidc");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Referat kan ikke få forbindelse til Testudbyder");
    expect(lines.join("")).toContain("oidc provider unavailable");
  });

  it("REFERAT_LOCAL_LOGIN=0 hides the password form and refuses a password", async () => {
    const app = appWith({ REFERAT_LOCAL_LOGIN: "0" });
    const page = await app.request("/login");
    const html = await page.text();
    expect(html).toContain("Log ind med Testudbyder");
    expect(html).not.toContain('name="password"');
    const csrf = setCookies(page).get("referat_login_csrf")?.value ?? "";
    const response = await app.request(
      "/login",
      formPost(
        { email: "anna.holm@kommune.test", password: "x", _csrf: csrf },
        { cookie: `referat_login_csrf=${csrf}` },
      ),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Log ind med adgangskode er slået fra");
    expect(setCookies(response).get("referat_session")).toBeUndefined();
  });
});
