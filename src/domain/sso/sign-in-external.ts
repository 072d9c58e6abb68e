import { and, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  externalIdentities,
  externalSessions,
  organisations,
  users,
} from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { ssoMessages as m } from "../../i18n/da/sso.ts";
import type { RoleGrant } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type NewSession, openSession } from "../auth/open-session.ts";
import { hashToken } from "../auth/session-token.ts";
import { rolesFromGroups, syncGroupRoles } from "./sync-group-roles.ts";

/** Who the identity provider says signed in, already verified by the protocol's adapter. */
export interface ExternalProfile {
  provider: "oidc" | "saml";
  /** The provider's stable, unique id of the account (OIDC `sub`, SAML NameID). */
  subject: string;
  name: string | null;
  email: string | null;
  /** Group values as the provider sends them (e.g. Entra ID group object ids). */
  groups: readonly string[];
}

export interface SignInContext {
  /** The client's IP address, when known; recorded in the audit log. */
  address: string | null;
  /** The organisation a first sign-in creates the user in; default: the only one. */
  organisationId?: number;
  /** The same by name (REFERAT_SSO_ORGANISATION), for a database of several organisations. */
  organisationName?: string | null;
  /** OpenID Connect: the ID token, kept with the session for signing out at the provider. */
  idToken?: string | null;
  now?: Date;
}

export type SignInRefusal =
  | "no_mapped_group"
  | "email_taken"
  | "no_email"
  | "no_subject"
  | "no_organisation"
  | "deactivated";

export type SignInExternalResult =
  | { ok: true; userId: number; session: NewSession }
  | { ok: false; reason: SignInRefusal; message: string };

/**
 * Signs in a person the identity provider vouches for, for OpenID Connect and SAML alike:
 * finds the user linked to (provider, subject), or creates one from the claims on the first
 * sign-in (never linking to an existing user by e-mail address), keeps name and e-mail current,
 * replaces the roles the provider's groups give (sso_group_roles), and opens a session. A
 * person whose groups give no role gets no session. One transaction; every step is audited.
 */
export async function signInExternal(
  db: Db,
  profile: ExternalProfile,
  context: SignInContext,
): Promise<SignInExternalResult> {
  const subject = profile.subject.trim();
  if (!subject) return refuse("no_subject", m.noSubject);
  const clean = {
    ...profile,
    subject,
    name: cleanName(profile.name),
    email: cleanEmail(profile.email),
  };
  // First sign-ins of one person (or of two people with one address) may race; a loser sees
  // the winner's rows when it runs again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => signInTx(tx, clean, context));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !(error instanceof RacedSignIn || isUniqueViolation(error))) {
        throw error;
      }
    }
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Another first sign-in of the same account committed between two reads of this one (each
 * statement reads the latest commits): the address looked taken, by the account itself.
 */
class RacedSignIn extends Error {}

async function signInTx(
  tx: Tx,
  profile: ExternalProfile,
  context: SignInContext,
): Promise<SignInExternalResult> {
  const now = context.now ?? new Date();
  const { provider, subject } = profile;
  const [linked] = await tx
    .select({
      identityId: externalIdentities.id,
      userId: users.id,
      organisationId: users.organisationId,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(externalIdentities)
    .innerJoin(users, eq(users.id, externalIdentities.userId))
    .where(and(eq(externalIdentities.provider, provider), eq(externalIdentities.subject, subject)))
    .for("update");
  const audit = (action: string, userId: number | null, organisationId: number, data = {}) =>
    recordAudit(tx, {
      organisationId,
      actorId: userId,
      action,
      entityType: "user",
      entityId: userId,
      data: { provider, subject, address: context.address, ...data },
    });

  let user: { id: number; organisationId: number };
  let wanted: RoleGrant[];
  if (linked) {
    user = { id: linked.userId, organisationId: linked.organisationId };
    if (linked.deactivatedAt) {
      await audit("user.sso_refused", user.id, user.organisationId, { reason: "deactivated" });
      return refuse("deactivated", accountMessages.login.deactivated);
    }
    wanted = await rolesFromGroups(tx, user.organisationId, profile.groups);
    const changed = await updateProfile(tx, linked, profile);
    await tx
      .update(externalIdentities)
      .set({ lastSignedInAt: now })
      .where(eq(externalIdentities.id, linked.identityId));
    if (changed.length > 0)
      await audit("user.sso_updated", user.id, user.organisationId, { changed });
  } else {
    const organisationId = await resolveOrganisation(tx, context);
    if (organisationId === null) return refuse("no_organisation", m.noOrganisation);
    if (!profile.email) {
      await audit("user.sso_refused", null, organisationId, { reason: "no_email" });
      return refuse("no_email", m.noEmail);
    }
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${profile.email})`);
    if (taken) {
      const [raced] = await tx
        .select({ id: externalIdentities.id })
        .from(externalIdentities)
        .where(
          and(eq(externalIdentities.provider, provider), eq(externalIdentities.subject, subject)),
        );
      if (raced) throw new RacedSignIn();
      await audit("user.sso_refused", null, organisationId, {
        reason: "email_taken",
        existingUserId: taken.id,
      });
      return refuse("email_taken", m.emailTaken(profile.email));
    }
    wanted = await rolesFromGroups(tx, organisationId, profile.groups);
    if (wanted.length === 0) {
      await audit("user.sso_refused", null, organisationId, {
        reason: "no_mapped_group",
        groups: profile.groups,
      });
      return refuse("no_mapped_group", m.noMappedGroup);
    }
    const [created] = await tx
      .insert(users)
      .values({ organisationId, email: profile.email, name: profile.name ?? profile.email })
      .returning({ id: users.id, organisationId: users.organisationId });
    if (!created) throw new Error("insert into users returned no row");
    user = created;
    await tx
      .insert(externalIdentities)
      .values({ organisationId, userId: user.id, provider, subject, lastSignedInAt: now });
    await audit("user.sso_created", user.id, organisationId, {
      name: profile.name,
      email: profile.email,
    });
  }

  const changes = await syncGroupRoles(tx, user, wanted);
  if (changes.added.length > 0 || changes.removed.length > 0) {
    await audit("user.sso_roles_changed", user.id, user.organisationId, {
      added: changes.added,
      removed: changes.removed,
      groups: profile.groups,
    });
  }
  if (wanted.length === 0) {
    await audit("user.sso_refused", user.id, user.organisationId, {
      reason: "no_mapped_group",
      groups: profile.groups,
    });
    return refuse("no_mapped_group", m.noMappedGroup);
  }
  const session = await openSession(tx, user, now, { address: context.address });
  await tx.insert(externalSessions).values({
    sessionId: hashToken(session.token),
    provider,
    idToken: context.idToken ?? null,
  });
  await audit("user.sso_signed_in", user.id, user.organisationId);
  return { ok: true, userId: user.id, session };
}

/** Name and e-mail follow the provider; an address another user holds is left unchanged. */
async function updateProfile(
  tx: Tx,
  current: { userId: number; name: string; email: string },
  profile: ExternalProfile,
): Promise<string[]> {
  const set: { name?: string; email?: string } = {};
  if (profile.name && profile.name !== current.name) set.name = profile.name;
  if (profile.email && profile.email !== current.email) {
    const [other] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(sql`lower(${users.email}) = lower(${profile.email})`, ne(users.id, current.userId)),
      );
    if (!other) set.email = profile.email;
  }
  const changed = Object.keys(set);
  if (changed.length > 0) await tx.update(users).set(set).where(eq(users.id, current.userId));
  return changed;
}

async function resolveOrganisation(tx: Tx, context: SignInContext): Promise<number | null> {
  const { organisationId: id, organisationName: name } = context;
  if (id !== undefined || name) {
    const [row] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        id !== undefined
          ? eq(organisations.id, id)
          : sql`lower(${organisations.name}) = lower(${name})`,
      );
    return row?.id ?? null;
  }
  const rows = await tx.select({ id: organisations.id }).from(organisations).limit(2);
  return rows.length === 1 ? (rows[0]?.id ?? null) : null;
}

function cleanName(name: string | null): string | null {
  const trimmed = name?.trim().slice(0, 200);
  return trimmed ? trimmed : null;
}

function cleanEmail(email: string | null): string | null {
  const trimmed = email?.trim();
  return trimmed && trimmed.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

function refuse(reason: SignInRefusal, message: string): SignInExternalResult {
  return { ok: false, reason, message };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
