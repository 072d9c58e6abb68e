import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users } from "../../db/schema/index.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { consumeAccountToken } from "./account-token.ts";
import { passwordSchema } from "./create-user.ts";
import { hashPassword } from "./hash-password.ts";

export type SetPasswordResult =
  | { ok: true; userId: number }
  /** invalid: the password breaks the rule (the link still works); expired: used, late or unknown. */
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "expired" };

/**
 * Sets a new password through a mailed one-time link (reset or invitation). The password is
 * checked first, so a bad one does not use up the link; then, in one transaction, the token is
 * used up (atomically: only one request ever gets through), the password stored, every session
 * of the user ended, and the step audited.
 */
export async function setPasswordWithToken(
  db: Db,
  token: string,
  password: string,
  now: Date = new Date(),
): Promise<SetPasswordResult> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "" };
  }
  const passwordHash = await hashPassword(parsed.data);
  return db.transaction(async (tx): Promise<SetPasswordResult> => {
    const used = await consumeAccountToken(tx, token, now);
    if (!used) return { ok: false, reason: "expired" };
    await tx.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, used.userId))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      organisationId: used.organisationId,
      actorId: used.userId,
      action: used.purpose === "invite" ? "auth.invitation_accepted" : "auth.password_reset",
      entityType: "user",
      entityId: used.userId,
      data: { sessionsEnded: ended.length },
    });
    return { ok: true, userId: used.userId };
  });
}
