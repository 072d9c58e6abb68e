import { and, asc, eq, inArray, isNotNull, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  auditLog,
  committees,
  externalIdentities,
  memberships,
  users,
  userTotp,
} from "../../db/schema/index.ts";
import type { Principal, Role } from "../access/access.policy.ts";
import { assertAdministrator } from "./load-managed-user.ts";

export interface UserGrant {
  role: Role;
  /** Null for a role on every committee. */
  committeeName: string | null;
}

export interface UserRow {
  id: number;
  name: string;
  email: string;
  title: string | null;
  roles: UserGrant[];
  /** How the user signs in here: password, password and code, or not at all (no password). */
  signIn: "password" | "password+totp" | "none";
  /** The identity providers the user is linked to and signs in through. */
  providers: ("oidc" | "saml")[];
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
}

/**
 * Users of the administrator's organisation (all of them, or the given ids), with their roles,
 * how they sign in and when they last did (from the audit log).
 */
export async function listUsers(
  db: Db,
  principal: Principal,
  only?: readonly number[],
): Promise<UserRow[]> {
  assertAdministrator(principal);
  const org = principal.user.organisationId;
  const inOrg = eq(users.organisationId, org);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      title: users.title,
      hasPassword: isNotNull(users.passwordHash),
      totpSince: userTotp.enabledAt,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(only ? and(inOrg, inArray(users.id, [...only])) : inOrg)
    .orderBy(asc(users.name), asc(users.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const grants = await db
    .select({ userId: memberships.userId, role: memberships.role, committeeName: committees.name })
    .from(memberships)
    .leftJoin(committees, eq(committees.id, memberships.committeeId))
    .where(and(eq(memberships.organisationId, org), inArray(memberships.userId, ids)))
    .orderBy(asc(memberships.role), asc(committees.name));
  const signIns = await db
    .select({ userId: auditLog.entityId, at: max(auditLog.createdAt) })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, "user"),
        inArray(auditLog.entityId, ids),
        eq(auditLog.action, "auth.logged_in"),
      ),
    )
    .groupBy(auditLog.entityId);
  const lastAt = new Map(signIns.map((s) => [s.userId, s.at]));
  const linked = await db
    .select({ userId: externalIdentities.userId, provider: externalIdentities.provider })
    .from(externalIdentities)
    .where(inArray(externalIdentities.userId, ids))
    .orderBy(asc(externalIdentities.provider));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    title: r.title,
    roles: grants
      .filter((g) => g.userId === r.id)
      .map((g) => ({ role: g.role, committeeName: g.committeeName })),
    signIn: !r.hasPassword ? "none" : r.totpSince ? "password+totp" : "password",
    providers: linked.filter((l) => l.userId === r.id).map((l) => l.provider),
    lastSignInAt: lastAt.get(r.id) ?? null,
    deactivatedAt: r.deactivatedAt,
  }));
}
