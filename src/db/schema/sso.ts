import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { committees } from "./committee.ts";
import { roleEnum } from "./enums.ts";
import { organisations } from "./organisation.ts";
import { sessions, users } from "./user.ts";

/**
 * A user's account at an identity provider: the provider's stable subject (OIDC `sub`, SAML
 * NameID) is the only link between the two; an e-mail address never links (adr/0014).
 */
export const externalIdentities = pgTable(
  "external_identities",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "oidc" or "saml". */
    provider: text().$type<"oidc" | "saml">().notNull(),
    subject: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSignedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("external_identities_subject_uq").on(t.provider, t.subject),
    index("external_identities_user_idx").on(t.userId),
  ],
);

/**
 * A group value sent by the identity provider (e.g. an Entra ID group object id) that gives a
 * role, across the organisation (committeeId null) or on one committee. A group may give
 * several roles; the roles it gives are set again at every sign-in.
 */
export const ssoGroupRoles = pgTable(
  "sso_group_roles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    groupValue: text().notNull(),
    role: roleEnum().notNull(),
    committeeId: integer().references(() => committees.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sso_group_roles_uq").on(
      t.organisationId,
      t.groupValue,
      sql`coalesce(${t.committeeId}, 0)`,
      t.role,
    ),
  ],
);

/**
 * What signing out at the provider needs of a session opened through it: the ID token, sent
 * back as id_token_hint to the provider's end_session_endpoint. Goes with the session.
 */
export const externalSessions = pgTable("external_sessions", {
  sessionId: text()
    .primaryKey()
    .references(() => sessions.id, { onDelete: "cascade" }),
  provider: text().$type<"oidc" | "saml">().notNull(),
  idToken: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
