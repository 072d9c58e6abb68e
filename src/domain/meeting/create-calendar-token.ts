import type { Db } from "../../db/client.ts";
import { calendarFeedTokens } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashToken, newToken } from "../auth/session-token.ts";

/**
 * A new private calendar link for the user: a random token whose SHA-256 is stored, replacing
 * any earlier one (which stops working). The token itself is returned once and never stored.
 */
export async function createCalendarToken(
  db: Db,
  principal: Principal,
): Promise<{ token: string }> {
  const token = newToken();
  const tokenHash = hashToken(token);
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeedTokens)
      .values({ userId: principal.user.id, tokenHash })
      .onConflictDoUpdate({
        target: calendarFeedTokens.userId,
        set: { tokenHash, createdAt: new Date() },
      });
    await recordAudit(tx, {
      organisationId: principal.user.organisationId,
      actorId: principal.user.id,
      action: "calendar_token.created",
      entityType: "user",
      entityId: principal.user.id,
    });
  });
  return { token };
}
