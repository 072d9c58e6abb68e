import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { userTotp } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { checkTotpCode } from "./totp.ts";

const t = accountMessages.totp;

/** The user's confirmed second factor, or null when sign-in needs the password only. */
export async function findSecondFactor(db: Db | Tx, userId: number) {
  const [row] = await db
    .select()
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.enabledAt)));
  return row ?? null;
}

/**
 * Checks a code for the user's secret and, when right, records its time step in the same
 * statement that checks it is newer than the last one accepted, so two requests with one code
 * cannot both pass. Returns a Danish message when refused.
 */
export async function acceptCode(
  tx: Tx,
  row: { userId: number; secret: string; lastTimeStep: number | null },
  code: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const check = await checkTotpCode(row.secret, code, row.lastTimeStep, now);
  if (!check.ok) {
    const message =
      check.reason === "format"
        ? t.badFormat
        : check.reason === "reused"
          ? t.reusedCode
          : t.wrongCode;
    return { ok: false, message };
  }
  const [taken] = await tx
    .update(userTotp)
    .set({ lastTimeStep: check.timeStep })
    .where(
      and(
        eq(userTotp.userId, row.userId),
        or(isNull(userTotp.lastTimeStep), lt(userTotp.lastTimeStep, check.timeStep)),
      ),
    )
    .returning({ userId: userTotp.userId });
  return taken ? { ok: true } : { ok: false, message: t.reusedCode };
}
