import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { committees, roleEnum, ssoGroupRoles } from "../../db/schema/index.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import type { Role } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";

const m = ssoMessages.groups;

export const groupValue = z.string().trim().min(1, m.groupRequired).max(256, m.groupTooLong);

export interface MapGroupInput {
  organisationId: number;
  group: string;
  role: string;
  /** A committee by id (the admin page) or slug (the command line); null for every committee. */
  committee: { id: number } | { slug: string } | null;
  actorId: number | null;
}

export type MapGroupResult =
  | { ok: true; id: number; role: Role; committee: { id: number; name: string } | null }
  | { ok: false; message: string };

/**
 * Lets a provider group give a role, on one committee or across the organisation. Users get it
 * at their next sign-in (signInExternal replaces group roles each time). Audited.
 */
export async function mapGroup(db: Db, input: MapGroupInput): Promise<MapGroupResult> {
  const group = groupValue.safeParse(input.group);
  if (!group.success) return { ok: false, message: group.error.issues[0]?.message ?? "" };
  const role = roleEnum.enumValues.find((r) => r === input.role);
  if (!role) return { ok: false, message: m.badRole(input.role) };
  return db.transaction(async (tx) => {
    let committee: { id: number; name: string } | null = null;
    if (input.committee) {
      const where =
        "id" in input.committee
          ? eq(committees.id, input.committee.id)
          : eq(committees.slug, input.committee.slug);
      const [found] = await tx
        .select({ id: committees.id, name: committees.name })
        .from(committees)
        .where(and(eq(committees.organisationId, input.organisationId), where));
      if (!found) {
        const named = "id" in input.committee ? String(input.committee.id) : input.committee.slug;
        return { ok: false, message: m.committeeNotFound(named) } as const;
      }
      committee = found;
    }
    const [row] = await tx
      .insert(ssoGroupRoles)
      .values({
        organisationId: input.organisationId,
        groupValue: group.data,
        role,
        committeeId: committee?.id ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: ssoGroupRoles.id });
    if (!row) return { ok: false, message: m.alreadyMapped(group.data) } as const;
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "sso.group_mapped",
      entityType: "sso_group_role",
      entityId: row.id,
      data: { group: group.data, role, committeeId: committee?.id ?? null },
    });
    return { ok: true, id: row.id, role, committee } as const;
  });
}
