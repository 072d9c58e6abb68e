import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAccountsWorld, get, post, signIn } from "../../test/accounts.ts";
import { useTestDatabase } from "../../test/db.ts";
import { createOrganisation, createSession, createUser } from "../../test/factories.ts";
import { auditLog, sessions, users } from "../db/schema/index.ts";
import { findSession } from "../domain/auth/find-session.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();

async function world() {
  const db = database.current.db;
  const w = await createAccountsWorld(db);
  return { db, app: testApp(db), ...w };
}

const actions = async (userId: number) =>
  (
    await database.current.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId)))
  ).map((r) => r.action);

describe("the administration area", () => {
  it("lists the organisation's users for its administrators and refuses everyone else", async () => {
    const { db, app, org, admin, member, adminSession, committee } = await world();
    const other = await createOrganisation(db, { name: "Anden Kommune" });
    const stranger = await createUser(db, { organisationId: other.id, name: "Fremmed Person" });
    const landing = await get(app, "/app/admin", adminSession.token);
    expect(landing.status).toBe(200);
    const landingHtml = await landing.text();
    for (const href of ["/app/admin/brugere", "/app/admin/grupper", "/app/admin/post"]) {
      expect(landingHtml).toContain(`href="${href}"`);
    }
    const list = await get(app, "/app/admin/brugere", adminSession.token);
    const html = await list.text();
    expect(list.status).toBe(200);
    expect(html).toContain("Mads Medlem");
    expect(html).toContain(member.email);
    expect(html).toContain("Udvalgsmedlem");
    expect(html).toContain("medlem (");
    expect(html).toContain("administrator (alle udvalg)");
    expect(html).toContain('href="/app/admin/brugere/inviter"');
    expect(html).not.toContain("Fremmed Person");
    // The header links administrators to the area, and no one else.
    expect(html).toContain('<a href="/app/admin">Administration</a>');
    const memberSession = await createSession(db, member.id);
    const memberDashboard = await (await get(app, "/app", memberSession.token)).text();
    expect(memberDashboard).not.toContain('href="/app/admin"');
    // A committee's administrator is not the organisation's.
    const committeeAdmin = await createUser(db, {
      organisationId: org.id,
      roles: [{ role: "admin", committeeId: committee.id }],
    });
    for (const token of [memberSession.token, (await createSession(db, committeeAdmin.id)).token]) {
      for (const path of ["/app/admin", "/app/admin/brugere", `/app/admin/brugere/${admin.id}`]) {
        expect((await get(app, path, token)).status, path).toBe(403);
      }
    }
    // Another organisation's user is not found, not forbidden.
    expect((await get(app, `/app/admin/brugere/${stranger.id}`, adminSession.token)).status).toBe(
      404,
    );
    const end = await post(app, `/app/admin/brugere/${stranger.id}/deaktiver`, adminSession);
    expect(end.status).toBe(404);
    const [row] = await db.select().from(users).where(eq(users.id, stranger.id));
    expect(row?.deactivatedAt).toBeNull();
  });

  it("ends one session: its cookie no longer opens the staff area, the others still do", async () => {
    const { db, app, member, adminSession } = await world();
    const first = await createSession(db, member.id);
    const second = await createSession(db, member.id);
    expect((await get(app, "/app", first.token)).status).toBe(200);
    const page = await (
      await get(app, `/app/admin/brugere/${member.id}`, adminSession.token)
    ).text();
    const ids = [...page.matchAll(/sessioner\/([0-9a-f]{64})\/afslut/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(page).toContain("Senest aktiv");
    const [firstRow] = await db.select().from(sessions).where(eq(sessions.userId, member.id));
    const ended = await post(
      app,
      `/app/admin/brugere/${member.id}/sessioner/${firstRow?.id}/afslut`,
      adminSession,
    );
    expect(ended.status).toBe(303);
    const notice = await get(app, ended.headers.get("location") ?? "", adminSession.token);
    expect(await notice.text()).toContain("Sessionen er afsluttet.");
    const results = await Promise.all(
      [first, second].map(async (s) => (await get(app, "/app", s.token)).status),
    );
    expect(results.sort()).toEqual([200, 303]);
    // Ending it again: it is gone.
    const again = await post(
      app,
      `/app/admin/brugere/${member.id}/sessioner/${firstRow?.id}/afslut`,
      adminSession,
    );
    expect(again.status).toBe(404);
    const all = await post(
      app,
      `/app/admin/brugere/${member.id}/sessioner/afslut-alle`,
      adminSession,
    );
    expect(all.status).toBe(303);
    for (const s of [first, second]) {
      const res = await get(app, "/app", s.token);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/login\?next=/);
    }
    expect(await actions(member.id)).toEqual(
      expect.arrayContaining(["user.session_ended", "user.sessions_ended"]),
    );
    // Without the form's token nothing is ended.
    const third = await createSession(db, member.id);
    const forged = await post(app, `/app/admin/brugere/${member.id}/sessioner/afslut-alle`, {
      ...adminSession,
      csrfToken: "x".repeat(43),
    });
    expect(forged.status).toBe(403);
    expect((await get(app, "/app", third.token)).status).toBe(200);
  });

  it("deactivates a user: sessions end, sign-in is refused in Danish, until reactivated", async () => {
    const { db, app, admin, member, adminSession } = await world();
    const before = await createSession(db, member.id);
    const res = await post(app, `/app/admin/brugere/${member.id}/deaktiver`, adminSession);
    expect(res.status).toBe(303);
    expect((await get(app, "/app", before.token)).status).toBe(303);
    expect(await db.select().from(sessions).where(eq(sessions.userId, member.id))).toEqual([]);
    expect(res.headers.get("location")).toBe(`/app/admin/brugere/${member.id}?besked=deactivated`);
    const page = await (
      await get(app, res.headers.get("location") ?? "", adminSession.token)
    ).text();
    expect(page).toContain("Brugeren er deaktiveret, og alle sessioner er afsluttet.");
    expect(page).toContain("Genaktiver");
    const list = await (await get(app, "/app/admin/brugere", adminSession.token)).text();
    expect(list).toContain("Deaktiveret");

    const refused = await signIn(app, member.email, member.password ?? "");
    expect(refused.response.status).toBe(401);
    expect(await refused.response.text()).toContain("Din konto er deaktiveret.");
    expect(refused.jar.get("referat_session")).toBeUndefined();
    // A wrong password still says only that.
    const wrong = await signIn(app, member.email, "forkert-kode");
    expect(await wrong.response.text()).toContain("Forkert e-mailadresse eller adgangskode.");

    const again = await post(app, `/app/admin/brugere/${member.id}/deaktiver`, adminSession);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Brugeren er allerede deaktiveret.");

    expect(
      (await post(app, `/app/admin/brugere/${member.id}/genaktiver`, adminSession)).status,
    ).toBe(303);
    const back = await signIn(app, member.email, member.password ?? "");
    expect(back.response.status).toBe(303);
    expect((await get(app, "/app", back.jar.get("referat_session") ?? "")).status).toBe(200);
    expect(await actions(member.id)).toEqual(
      expect.arrayContaining(["user.deactivated", "user.reactivated"]),
    );
    expect(await actions(admin.id)).not.toContain("user.deactivated");
  });

  it("refuses an administrator deactivating themselves with a Danish 409", async () => {
    const { db, app, admin, adminSession } = await world();
    const res = await post(app, `/app/admin/brugere/${admin.id}/deaktiver`, adminSession);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Du kan ikke deaktivere dig selv.");
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row?.deactivatedAt).toBeNull();
    expect((await get(app, "/app", adminSession.token)).status).toBe(200);
  });

  it("ignores a session of a deactivated user even if one were left behind", async () => {
    const { db, member } = await world();
    const s = await createSession(db, member.id);
    expect(await findSession(db, s.token)).not.toBeNull();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, member.id));
    expect(await findSession(db, s.token)).toBeNull();
  });

  it("marks a session as seen at most once a minute", async () => {
    const { db, member } = await world();
    const s = await createSession(db, member.id);
    const t0 = new Date();
    await findSession(db, s.token, t0);
    await findSession(db, s.token, new Date(t0.getTime() + 30_000));
    const seen = async () =>
      (await db.select().from(sessions).where(eq(sessions.userId, member.id)))[0]?.lastSeenAt;
    expect((await seen())?.getTime()).toBe(t0.getTime());
    await findSession(db, s.token, new Date(t0.getTime() + 61_000));
    expect((await seen())?.getTime()).toBe(t0.getTime() + 61_000);
  });
});
