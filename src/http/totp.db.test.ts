import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  codeAt,
  cookieHeader,
  createAccountsWorld,
  get,
  post,
  postCode,
  signIn,
} from "../../test/accounts.ts";
import { useTestDatabase } from "../../test/db.ts";
import { createSession, createUser } from "../../test/factories.ts";
import { auditLog, sessions, userTotp } from "../db/schema/index.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();

/** An administrator who has set up a second factor through the pages; returns the secret. */
async function withSecondFactor() {
  const db = database.current.db;
  const app = testApp(db);
  const w = await createAccountsWorld(db);
  const start = await post(app, "/app/konto/totp/start", w.adminSession);
  expect(start.status).toBe(303);
  const page = await (await get(app, "/app/konto/totp", w.adminSession.token)).text();
  expect(page).toContain("<svg");
  const secret = /<code class="totp-secret">([A-Z2-7]+)<\/code>/.exec(page)?.[1] ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // Not yet on: a wrong first code changes nothing.
  const wrong = await post(app, "/app/konto/totp/bekraeft", w.adminSession, { kode: "000000" });
  expect(wrong.status).toBe(400);
  expect(await wrong.text()).toContain("Koden er forkert eller udløbet.");
  const ok = await post(app, "/app/konto/totp/bekraeft", w.adminSession, {
    kode: await codeAt(secret),
  });
  expect(ok.status).toBe(303);
  const done = await (
    await get(app, ok.headers.get("location") ?? "", w.adminSession.token)
  ).text();
  expect(done).toContain("Totrinsbekræftelse er slået til.");
  return { db, app, secret, ...w };
}

describe("TOTP second factor", () => {
  it("asks for a code after the password and opens the session only after the right one", async () => {
    const { db, app, admin, secret } = await withSecondFactor();
    const before = (await db.select().from(sessions).where(eq(sessions.userId, admin.id))).length;
    const first = await signIn(app, admin.email, admin.password ?? "");
    expect(first.response.status).toBe(303);
    expect(first.response.headers.get("location")).toBe("/login/kode?next=%2Fapp");
    expect(first.jar.get("referat_session")).toBeUndefined();
    expect((await db.select().from(sessions).where(eq(sessions.userId, admin.id))).length).toBe(
      before,
    );
    // The half-signed-in state opens nothing under /app.
    const halfway = await app.request("/app", { headers: { cookie: cookieHeader(first.jar) } });
    expect(halfway.status).toBe(303);
    expect(halfway.headers.get("location")).toMatch(/^\/login/);
    const form = await app.request("/login/kode", { headers: { cookie: cookieHeader(first.jar) } });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('autocomplete="one-time-code"');

    const wrong = await postCode(app, first.jar, "123456");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Koden er forkert eller udløbet.");
    // One step ahead is accepted (a phone's clock a little fast).
    const code = await codeAt(secret, 1);
    const stale = new Map(first.jar);
    const right = await postCode(app, first.jar, code);
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/app");
    const token = first.jar.get("referat_session") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await get(app, "/app", token)).status).toBe(200);

    // The same code again, in a new sign-in: refused as used.
    const second = await signIn(app, admin.email, admin.password ?? "");
    const replay = await postCode(app, second.jar, code);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain("Koden er allerede brugt.");
    expect(second.jar.get("referat_session")).toBeUndefined();
    // A challenge is used once: the first one is gone.
    const reused = await postCode(app, stale, await codeAt(secret, 1));
    expect(await reused.text()).toContain("Log-ind er udløbet.");
  });

  it("counts wrong codes against the log-in limit of the account", async () => {
    const { app, admin, secret } = await withSecondFactor();
    const { jar } = await signIn(app, admin.email, admin.password ?? ""); // attempt 1
    for (let i = 0; i < 4; i++) expect((await postCode(app, jar, "999999")).status).toBe(401);
    const refused = await postCode(app, jar, await codeAt(secret, 1));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain("For mange forkerte forsøg på denne konto");
    expect(jar.get("referat_session")).toBeUndefined();
  });

  it("turns off only with a current code; another administrator can remove it", async () => {
    const { db, app, org, admin, adminSession, secret } = await withSecondFactor();
    const wrong = await post(app, "/app/konto/totp/slaa-fra", adminSession, { kode: "111111" });
    expect(wrong.status).toBe(400);
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, admin.id))).toHaveLength(1);
    const off = await post(app, "/app/konto/totp/slaa-fra", adminSession, {
      kode: await codeAt(secret, 1),
    });
    expect(off.status).toBe(303);
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, admin.id))).toHaveLength(0);

    // Set up again, then removed by a colleague (a lost phone).
    await post(app, "/app/konto/totp/start", adminSession);
    const page = await (await get(app, "/app/konto/totp", adminSession.token)).text();
    const secret2 = /<code class="totp-secret">([A-Z2-7]+)<\/code>/.exec(page)?.[1] ?? "";
    await post(app, "/app/konto/totp/bekraeft", adminSession, { kode: await codeAt(secret2) });
    const colleague = await createUser(db, {
      organisationId: org.id,
      roles: [{ role: "admin", committeeId: null }],
    });
    const colleagueSession = await createSession(db, colleague.id);
    const userPage = await (
      await get(app, `/app/admin/brugere/${admin.id}`, colleagueSession.token)
    ).text();
    expect(userPage).toContain("Fjern totrinsbekræftelse");
    const removed = await post(app, `/app/admin/brugere/${admin.id}/totp/fjern`, colleagueSession);
    expect(removed.status).toBe(303);
    const plain = await signIn(app, admin.email, admin.password ?? "");
    expect(plain.response.headers.get("location")).toBe("/app");
    expect(plain.jar.get("referat_session")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(eq(auditLog.entityId, admin.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "auth.second_factor_enabled", actorId: admin.id },
        { action: "auth.second_factor_disabled", actorId: admin.id },
        { action: "user.second_factor_removed", actorId: colleague.id },
      ]),
    );
  });

  it("is only for administrators", async () => {
    const db = database.current.db;
    const app = testApp(db);
    const { member } = await createAccountsWorld(db);
    const s = await createSession(db, member.id);
    const page = await get(app, "/app/konto/totp", s.token);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Totrinsbekræftelse er for administratorer");
    expect((await post(app, "/app/konto/totp/start", s)).status).toBe(403);
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, member.id))).toEqual([]);
  });
});
