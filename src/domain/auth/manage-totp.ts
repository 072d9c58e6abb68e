import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users, userTotp } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { canAdministerOrganisation, type Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { claimLoginAttempt, releaseLoginAttempt } from "./login-throttle.ts";
import { acceptCode } from "./second-factor.ts";
import { throttleMessage } from "./throttle-message.ts";
import { newTotpSecret, totpUri } from "./totp.ts";

const t = accountMessages.totp;

export type TotpState =
  | { kind: "enabled"; since: Date }
  /** Set up but not yet confirmed with a code: the secret to show (QR and text). */
  | { kind: "pending"; secret: string; uri: string }
  | { kind: "off" };

/**
 * A second factor is for administrators who sign in with a password here; anyone else is
 * refused (403) before anything is read or written.
 */
async function authorize(db: Db, principal: Principal): Promise<void> {
  if (!canAdministerOrganisation(principal)) throw new DomainError("forbidden", t.onlyAdmins);
  const [user] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, principal.user.id), isNull(users.deactivatedAt)));
  if (!user?.hash) throw new DomainError("forbidden", t.onlyAdmins);
}

async function rowOf(db: Db, userId: number) {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  return row ?? null;
}

/** What the set-up page shows the user. */
export async function getTotpState(db: Db, principal: Principal): Promise<TotpState> {
  await authorize(db, principal);
  const row = await rowOf(db, principal.user.id);
  if (!row) return { kind: "off" };
  if (row.enabledAt) return { kind: "enabled", since: row.enabledAt };
  return { kind: "pending", secret: row.secret, uri: totpUri(row.secret, principal.user.email) };
}

/** Starts (or starts over) the set-up with a new secret; refused while one is enabled. */
export async function startTotpSetup(db: Db, principal: Principal): Promise<void> {
  await authorize(db, principal);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ enabledAt: userTotp.enabledAt })
      .from(userTotp)
      .where(eq(userTotp.userId, principal.user.id))
      .for("update");
    if (row?.enabledAt) throw new DomainError("conflict", t.alreadyOn);
    const values = { secret: newTotpSecret(), enabledAt: null, lastTimeStep: null };
    await tx
      .insert(userTotp)
      .values({ userId: principal.user.id, ...values })
      .onConflictDoUpdate({ target: userTotp.userId, set: values });
  });
}

/** Confirms the set-up with the first code from the app; from then on sign-in asks for one. */
export async function confirmTotpSetup(
  db: Db,
  principal: Principal,
  code: string,
  now: Date = new Date(),
): Promise<void> {
  await authorize(db, principal);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(userTotp)
      .where(eq(userTotp.userId, principal.user.id))
      .for("update");
    if (!row) throw new DomainError("conflict", t.noSetup);
    if (row.enabledAt) throw new DomainError("conflict", t.alreadyOn);
    const accepted = await acceptCode(tx, row, code, now);
    if (!accepted.ok) throw new DomainError("invalid", accepted.message);
    await tx.update(userTotp).set({ enabledAt: now }).where(eq(userTotp.userId, row.userId));
    await recordAudit(tx, {
      organisationId: principal.user.organisationId,
      actorId: principal.user.id,
      action: "auth.second_factor_enabled",
      entityType: "user",
      entityId: principal.user.id,
    });
  });
}

/**
 * Turns the second factor off, which takes a current code. Wrong codes count against the
 * log-in limit like wrong passwords, so a borrowed session cannot guess its way to it.
 */
export async function disableTotp(
  db: Db,
  principal: Principal,
  code: string,
  options: { now?: Date; address?: string | null } = {},
): Promise<void> {
  await authorize(db, principal);
  const now = options.now ?? new Date();
  const claim = { email: principal.user.email, address: options.address ?? null };
  const counted = await claimLoginAttempt(db, claim, now);
  if (!counted.ok) {
    throw new DomainError("too_many", throttleMessage(counted, now));
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(userTotp)
      .where(eq(userTotp.userId, principal.user.id))
      .for("update");
    if (!row?.enabledAt) throw new DomainError("conflict", t.notSetUp);
    const accepted = await acceptCode(tx, row, code, now);
    if (!accepted.ok) throw new DomainError("invalid", accepted.message);
    await tx.delete(userTotp).where(eq(userTotp.userId, row.userId));
    await releaseLoginAttempt(tx, claim);
    await recordAudit(tx, {
      organisationId: principal.user.organisationId,
      actorId: principal.user.id,
      action: "auth.second_factor_disabled",
      entityType: "user",
      entityId: principal.user.id,
    });
  });
}
