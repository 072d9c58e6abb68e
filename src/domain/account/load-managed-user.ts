import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { users } from "../../db/schema/index.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { canAdministerOrganisation, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";

/**
 * Authorizes an administrator and loads a user of their organisation, locked for the rest of
 * the transaction when given one. Not an administrator: 403. Another organisation's user or
 * none: 404, as ids are sequential and must not tell what exists.
 */
export async function loadManagedUser(db: Db | Tx, principal: Principal, userId: number) {
  assertAdministrator(principal);
  const query = db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, principal.user.organisationId)));
  const [user] = await query.for("update");
  if (!user) throw new DomainError("not_found", webMessages.errors.notFound);
  return user;
}

export function assertAdministrator(principal: Principal): void {
  if (!canAdministerOrganisation(principal)) {
    throw new DomainError("forbidden", webMessages.errors.forbidden);
  }
}
