import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createCommittee, createOrganisation, createUser } from "../../../test/factories.ts";
import type { Db } from "../../db/client.ts";
import {
  auditLog,
  externalIdentities,
  memberships,
  sessions,
  ssoGroupRoles,
  users,
} from "../../db/schema/index.ts";
import { signInText } from "../../web/pages/admin/admin-users-page.tsx";
import type { RoleGrant } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { listUsers, type UserRow } from "../account/list-users.ts";
import { findSession } from "../auth/find-session.ts";
import { type ExternalProfile, signInExternal } from "./sign-in-external.ts";

const database = useTestDatabase();
let subjects = 0;

/** An organisation with two committees and three mapped groups. */
async function world() {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const social = await createCommittee(db, { organisationId: org.id });
  const finance = await createCommittee(db, { organisationId: org.id });
  await db.insert(ssoGroupRoles).values([
    { organisationId: org.id, groupValue: "grp-secretaries", role: "secretary", committeeId: null },
    { organisationId: org.id, groupValue: "grp-social", role: "member", committeeId: social.id },
    { organisationId: org.id, groupValue: "grp-social", role: "author", committeeId: social.id },
    { organisationId: org.id, groupValue: "grp-finance", role: "member", committeeId: finance.id },
  ]);
  const subject = `sub-${org.id}-${++subjects}`;
  const profile = (over: Partial<ExternalProfile> = {}): ExternalProfile => ({
    provider: "oidc",
    subject,
    name: "Bente Hansen",
    email: `bente.${org.id}.${subjects}@albertslund.dk`,
    groups: ["grp-social"],
    ...over,
  });
  return { db, org, social, finance, profile };
}

const context = (organisationId: number) => ({ address: "10.0.0.7", organisationId });

async function rolesOf(db: Db, userId: number) {
  const rows = await db
    .select({
      role: memberships.role,
      committeeId: memberships.committeeId,
      source: memberships.source,
    })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return rows.map((r) => `${r.source}:${r.role}@${r.committeeId ?? "*"}`).sort();
}

async function actionsOf(db: Db, userId: number) {
  const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, userId));
  return rows.filter((r) => r.entityType === "user").map((r) => r.action);
}

describe("signInExternal", () => {
  it("creates the user on first sign-in, linked by subject, with the groups' roles", async () => {
    const { db, org, social, profile } = await world();
    const result = await signInExternal(db, profile(), context(org.id));
    if (!result.ok) throw new Error(result.message);

    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({
      name: "Bente Hansen",
      organisationId: org.id,
      passwordHash: null,
    });
    const links = await db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.userId, result.userId));
    expect(links.map((l) => [l.provider, l.subject])).toEqual([["oidc", profile().subject]]);

    const found = await findSession(db, result.session.token);
    expect(found?.principal.user.id).toBe(result.userId);
    expect(found?.csrfToken).toBe(result.session.csrfToken);
    expect(await rolesOf(db, result.userId)).toEqual([
      `group:author@${social.id}`,
      `group:member@${social.id}`,
    ]);
    expect(await actionsOf(db, result.userId)).toEqual(
      expect.arrayContaining(["user.sso_created", "user.sso_roles_changed", "user.sso_signed_in"]),
    );
  });

  it("finds the same user again and keeps name and e-mail as the provider says", async () => {
    const { db, org, profile } = await world();
    const first = await signInExternal(db, profile(), context(org.id));
    const again = await signInExternal(
      db,
      profile({ name: "Bente Hansen Kjær", email: `kjaer.${org.id}@albertslund.dk` }),
      context(org.id),
    );
    if (!first.ok || !again.ok) throw new Error("refused");
    expect(again.userId).toBe(first.userId);
    const [user] = await db.select().from(users).where(eq(users.id, first.userId));
    expect(user?.name).toBe("Bente Hansen Kjær");
    expect(user?.email).toBe(`kjaer.${org.id}@albertslund.dk`);
    expect(await actionsOf(db, first.userId)).toContain("user.sso_updated");
    // Another provider with the same subject is another account.
    const saml = await signInExternal(
      db,
      profile({ provider: "saml", email: `saml.${org.id}@albertslund.dk` }),
      context(org.id),
    );
    if (!saml.ok) throw new Error(saml.message);
    expect(saml.userId).not.toBe(first.userId);
  });

  it("replaces group roles at every sign-in and leaves manually granted roles alone", async () => {
    const { db, org, social, finance, profile } = await world();
    const first = await signInExternal(db, profile({ groups: ["grp-social"] }), context(org.id));
    if (!first.ok) throw new Error(first.message);
    // The administrator grants two roles by hand, one of them also given by a group.
    await db.insert(memberships).values([
      { organisationId: org.id, userId: first.userId, committeeId: finance.id, role: "approver" },
      { organisationId: org.id, userId: first.userId, committeeId: null, role: "secretary" },
    ]);
    const second = await signInExternal(
      db,
      profile({ groups: ["grp-finance", "grp-secretaries", "unknown-group"] }),
      context(org.id),
    );
    if (!second.ok) throw new Error(second.message);
    expect(await rolesOf(db, first.userId)).toEqual([
      `group:member@${finance.id}`,
      `manual:approver@${finance.id}`,
      "manual:secretary@*",
    ]);
    const found = await findSession(db, second.session.token);
    expect(found?.principal.roles).not.toContainEqual({ role: "author", committeeId: social.id });

    const changed = await db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, first.userId), eq(auditLog.action, "user.sso_roles_changed")),
      );
    expect(changed.at(-1)?.data).toMatchObject({
      added: [{ role: "member", committeeId: finance.id }],
      removed: expect.arrayContaining([
        { role: "member", committeeId: social.id },
        { role: "author", committeeId: social.id },
      ]),
    });
  });

  it("gives no session and creates no user when no group is mapped", async () => {
    const { db, org, profile } = await world();
    const result = await signInExternal(db, profile({ groups: ["other"] }), context(org.id));
    expect(result).toMatchObject({ ok: false, reason: "no_mapped_group" });
    if (result.ok) return;
    expect(result.message).toContain("administrator");
    const created = await db
      .select()
      .from(users)
      .where(eq(users.email, profile().email ?? ""));
    expect(created).toEqual([]);
  });

  it("takes away a linked user's group roles and session when the groups are gone", async () => {
    const { db, org, finance, profile } = await world();
    const first = await signInExternal(db, profile(), context(org.id));
    if (!first.ok) throw new Error(first.message);
    await db.insert(memberships).values({
      organisationId: org.id,
      userId: first.userId,
      committeeId: finance.id,
      role: "member",
    });
    const before = await db.select().from(sessions).where(eq(sessions.userId, first.userId));
    const result = await signInExternal(db, profile({ groups: [] }), context(org.id));
    expect(result).toMatchObject({ ok: false, reason: "no_mapped_group" });
    expect(await rolesOf(db, first.userId)).toEqual([`manual:member@${finance.id}`]);
    const after = await db.select().from(sessions).where(eq(sessions.userId, first.userId));
    expect(after).toHaveLength(before.length);
  });

  it("refuses a deactivated user in Danish and opens no session", async () => {
    const { db, org, profile } = await world();
    const first = await signInExternal(db, profile(), context(org.id));
    if (!first.ok) throw new Error(first.message);
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, first.userId));
    const before = await db.select().from(sessions).where(eq(sessions.userId, first.userId));
    const result = await signInExternal(db, profile(), context(org.id));
    expect(result).toMatchObject({ ok: false, reason: "deactivated" });
    expect(result.ok ? "" : result.message).toContain("Din konto er deaktiveret");
    const after = await db.select().from(sessions).where(eq(sessions.userId, first.userId));
    expect(after).toHaveLength(before.length);
  });

  it("shows the administrator that the user signs in through the provider", async () => {
    const { db, org, profile } = await world();
    const first = await signInExternal(db, profile(), context(org.id));
    if (!first.ok) throw new Error(first.message);
    const admin = await createUser(db, {
      organisationId: org.id,
      roles: [{ role: "admin", committeeId: null }],
    });
    const principal = await loadPrincipal(db, admin.id);
    if (!principal) throw new Error("no principal");
    const [row] = await listUsers(db, principal, [first.userId]);
    expect(row).toMatchObject({ signIn: "none", providers: ["oidc"] });
    expect(signInText(row as UserRow)).toBe("Identitetsudbyder (OpenID Connect)");
  });

  it("never links to an existing account by e-mail", async () => {
    const { db, org, profile } = await world();
    const local = await createUser(db, {
      organisationId: org.id,
      email: `Bente.${org.id}.${subjects}@Albertslund.dk`,
    });
    const result = await signInExternal(db, profile(), context(org.id));
    expect(result).toMatchObject({ ok: false, reason: "email_taken" });
    if (result.ok) return;
    expect(result.message).toMatch(/Bed Referats administrator/);
    expect(
      await db.select().from(externalIdentities).where(eq(externalIdentities.userId, local.id)),
    ).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, local.id))).toEqual([]);
  });

  it("refuses a first sign-in without e-mail or subject, or with no organisation to join", async () => {
    const { db, org, profile } = await world();
    expect(await signInExternal(db, profile({ email: null }), context(org.id))).toMatchObject({
      ok: false,
      reason: "no_email",
    });
    expect(await signInExternal(db, profile({ subject: "  " }), context(org.id))).toMatchObject({
      ok: false,
      reason: "no_subject",
    });
    // Several organisations exist in this database and none is named.
    expect(await signInExternal(db, profile(), { address: null })).toMatchObject({
      ok: false,
      reason: "no_organisation",
    });
    const unknown = { address: null, organisationName: "Ingen Kommune" };
    expect(await signInExternal(db, profile(), unknown)).toMatchObject({
      ok: false,
      reason: "no_organisation",
    });
    // Named as REFERAT_SSO_ORGANISATION names it, in any case.
    const named = { address: null, organisationName: org.name.toUpperCase() };
    const result = await signInExternal(db, profile(), named);
    if (!result.ok) throw new Error(result.message);
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user?.organisationId).toBe(org.id);
  });

  it("creates one user when the first sign-ins of one person race", async () => {
    const { db, org, profile } = await world();
    const results = await Promise.all(
      [1, 2, 3].map(() => signInExternal(db, profile(), context(org.id))),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.userId : r.reason)));
    expect(ids.size).toBe(1);
    const links = await db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.subject, profile().subject));
    expect(links).toHaveLength(1);
  });

  it("after any sequence of sign-ins the group roles are those of the latest groups", async () => {
    const { db, org, social, finance, profile } = await world();
    const groupRoles: Record<string, string[]> = {
      "grp-secretaries": ["secretary@*"],
      "grp-social": [`member@${social.id}`, `author@${social.id}`],
      "grp-finance": [`member@${finance.id}`],
      other: [],
    };
    const first = await signInExternal(db, profile({ groups: ["grp-finance"] }), context(org.id));
    if (!first.ok) throw new Error(first.message);
    const manual: RoleGrant = { role: "approver", committeeId: social.id };
    await db
      .insert(memberships)
      .values({ organisationId: org.id, userId: first.userId, ...manual });
    await fc.assert(
      fc.asyncProperty(fc.subarray(Object.keys(groupRoles), { minLength: 0 }), async (groups) => {
        const result = await signInExternal(db, profile({ groups }), context(org.id));
        const wanted = [...new Set(groups.flatMap((g) => groupRoles[g] ?? []))];
        expect(result.ok).toBe(wanted.length > 0);
        const expected = [...wanted.map((w) => `group:${w}`), `manual:approver@${social.id}`];
        expect(await rolesOf(db, first.userId)).toEqual(expected.sort());
      }),
      { numRuns: 25 },
    );
  });
});
