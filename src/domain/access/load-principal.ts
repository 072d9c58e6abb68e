import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";
import type { Principal } from "./access.policy.ts";

/** Loads a user with their roles; null when the user does not exist. */
export async function loadPrincipal(db: Db, userId: number): Promise<Principal | null> {
  const [user] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      email: users.email,
      name: users.name,
      title: users.title,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const roles = await db
    .select({ role: memberships.role, committeeId: memberships.committeeId })
    .from(memberships)
    // A role only counts inside the user's own organisation.
    .where(
      and(eq(memberships.userId, userId), eq(memberships.organisationId, user.organisationId)),
    );
  return { user, roles };
}
