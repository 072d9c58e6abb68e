import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createCommittee, createOrganisation, createSession } from "../../../test/factories.ts";
import { auditLog, sessions, users } from "../../db/schema/index.ts";
import { CreateUserError, createUser } from "./create-user.ts";
import { findSession } from "./find-session.ts";
import { logIn } from "./log-in.ts";
import { logOut } from "./log-out.ts";
import { hashToken } from "./session-token.ts";

const database = useTestDatabase();

async function anne() {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  const user = await createUser(db, {
    organisationId: org.id,
    email: `Anne.${org.id}@Albertslund.dk`,
    name: "Anne Andersen",
    title: "Udvalgssekretær",
    password: "et langt kodeord",
    roles: [{ role: "secretary", committeeId: committee.id }],
  });
  return { org, committee, user };
}

describe("log-in, sessions and log-out", () => {
  it("opens a session whose cookie token is not what the database stores", async () => {
    const { db } = database.current;
    const { user, committee } = await anne();
    const result = await logIn(db, user.email.toLowerCase(), "et langt kodeord");
    if (!result.ok) throw new Error(result.message);
    const rows = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((r) => r.id)).toEqual([hashToken(result.session.token)]);
    expect(rows[0]?.id).not.toBe(result.session.token);
    const hours = (result.session.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    const found = await findSession(db, result.session.token);
    expect(found?.principal.user.name).toBe("Anne Andersen");
    expect(found?.principal.roles).toEqual([{ role: "secretary", committeeId: committee.id }]);
    expect(found?.csrfToken).toBe(result.session.csrfToken);

    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audit.map((a) => a.action)).toContain("auth.logged_in");
  });

  it("gives the same Danish message for a wrong password and an unknown address", async () => {
    const { db } = database.current;
    const { user } = await anne();
    const wrong = await logIn(db, user.email, "forkert kodeord");
    const unknown = await logIn(db, "ingen@albertslund.dk", "et langt kodeord");
    expect(wrong).toEqual({ ok: false, message: "Forkert e-mailadresse eller adgangskode." });
    expect(unknown).toEqual(wrong);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it("refuses users without a password", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db);
    const guest = await createUser(db, {
      organisationId: org.id,
      email: `gaest${org.id}@example.dk`,
      name: "Gæst",
      password: null,
    });
    expect((await logIn(db, guest.email, "")).ok).toBe(false);
  });

  it("rejects expired, unknown and malformed tokens", async () => {
    const { db } = database.current;
    const { user } = await anne();
    const expired = await createSession(db, user.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await findSession(db, expired.token)).toBeNull();
    expect(await findSession(db, "x".repeat(43))).toBeNull();
    expect(await findSession(db, "'; drop table sessions; --")).toBeNull();
  });

  it("ends the session on log-out and records it", async () => {
    const { db } = database.current;
    const { user } = await anne();
    const { token } = await createSession(db, user.id);
    expect(await logOut(db, token)).toBe(true);
    expect(await findSession(db, token)).toBeNull();
    expect(await logOut(db, token)).toBe(false);
    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audit.map((a) => a.action)).toContain("auth.logged_out");
  });
});

describe("createUser", () => {
  it("hashes the password and refuses a second user with the same address in any case", async () => {
    const { db } = database.current;
    const { user, org } = await anne();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    await expect(
      createUser(db, {
        organisationId: org.id,
        email: user.email.toUpperCase(),
        name: "Anne igen",
        password: "et andet kodeord",
      }),
    ).rejects.toThrow(/Der findes allerede en bruger/);
  });

  it("explains bad input in Danish", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db);
    const attempt = createUser(db, {
      organisationId: org.id,
      email: "ikke-en-adresse",
      name: "X",
      password: "kort",
    });
    await expect(attempt).rejects.toBeInstanceOf(CreateUserError);
    await expect(attempt).rejects.toThrow(/E-mailadressen er ugyldig.*mindst 8 tegn/);
  });

  it("refuses a role on another organisation's committee", async () => {
    const { db } = database.current;
    const { committee } = await anne();
    const other = await createOrganisation(db);
    await expect(
      createUser(db, {
        organisationId: other.id,
        email: `x${other.id}@example.dk`,
        name: "X",
        password: null,
        roles: [{ role: "admin", committeeId: committee.id }],
      }),
    ).rejects.toThrow();
  });
});
