import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { memberships, ssoGroupRoles } from "../../db/schema/index.ts";
import type { RoleGrant } from "../access/access.policy.ts";

/** The roles the provider's groups give in the organisation, each once. */
export async function rolesFromGroups(
  tx: Tx,
  organisationId: number,
  groups: readonly string[],
): Promise<RoleGrant[]> {
  const values = [...new Set(groups)];
  if (values.length === 0) return [];
  const rows = await tx
    .select({ role: ssoGroupRoles.role, committeeId: ssoGroupRoles.committeeId })
    .from(ssoGroupRoles)
    .where(
      and(
        eq(ssoGroupRoles.organisationId, organisationId),
        inArray(ssoGroupRoles.groupValue, values),
      ),
    );
  const seen = new Map<string, RoleGrant>();
  for (const r of rows) seen.set(grantKey(r), { role: r.role, committeeId: r.committeeId });
  return [...seen.values()];
}

export interface RoleChanges {
  added: RoleGrant[];
  removed: RoleGrant[];
}

/**
 * Makes the user's group-given roles (memberships.source = "group") exactly `wanted`.
 * Roles granted in Referat (source "manual") are neither removed nor duplicated: a wanted role
 * the user already holds manually stays manual.
 */
export async function syncGroupRoles(
  tx: Tx,
  user: { id: number; organisationId: number },
  wanted: readonly RoleGrant[],
): Promise<RoleChanges> {
  const held = await tx
    .select({
      id: memberships.id,
      role: memberships.role,
      committeeId: memberships.committeeId,
      source: memberships.source,
    })
    .from(memberships)
    .where(eq(memberships.userId, user.id));
  const wantedKeys = new Set(wanted.map(grantKey));
  const heldKeys = new Set(held.map(grantKey));
  const stale = held.filter((m) => m.source === "group" && !wantedKeys.has(grantKey(m)));
  const missing = wanted.filter((g) => !heldKeys.has(grantKey(g)));
  if (stale.length > 0) {
    await tx.delete(memberships).where(
      inArray(
        memberships.id,
        stale.map((m) => m.id),
      ),
    );
  }
  if (missing.length > 0) {
    await tx
      .insert(memberships)
      .values(
        missing.map((g) => ({
          organisationId: user.organisationId,
          userId: user.id,
          committeeId: g.committeeId,
          role: g.role,
          source: "group" as const,
        })),
      )
      .onConflictDoNothing();
  }
  return {
    added: missing.map((g) => ({ role: g.role, committeeId: g.committeeId })),
    removed: stale.map((m) => ({ role: m.role, committeeId: m.committeeId })),
  };
}

function grantKey(g: { role: string; committeeId: number | null }): string {
  return `${g.committeeId ?? 0}:${g.role}`;
}
