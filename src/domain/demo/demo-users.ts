import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { memberships, users } from "../../db/schema/index.ts";
import { recordAudits } from "../audit/record-audit.ts";
import { createUser, userCreated } from "../auth/create-user.ts";

export interface DemoUsers {
  admin: number;
  secretary: number;
  author: number;
  approver: number;
  member: number;
  byName: Map<string, number>;
}

/** The demo log-ins, one per role; they are listed in the README. */
export const demoLogins = [
  { key: "admin", email: "admin@eksempel.dk", name: "Anne Admin", title: "Systemadministrator" },
  {
    key: "secretary",
    email: "sekretaer@eksempel.dk",
    name: "Sofie Sekretær",
    title: "Udvalgssekretær",
  },
  {
    key: "author",
    email: "forfatter@eksempel.dk",
    name: "Frederik Forfatter",
    title: "Konsulent, Økonomi & Stab",
  },
  {
    key: "approver",
    email: "godkender@eksempel.dk",
    name: "Gitte Godkender",
    title: "Direktør for Børn & Velfærd",
  },
  { key: "member", email: "medlem@eksempel.dk", name: "Mads Medlem", title: "Udvalgsmedlem, F" },
] as const;

/**
 * Creates one user per role. Admin, secretary, author and approver hold their role in every
 * committee; the member sits in Økonomiudvalget and Kommunalbestyrelsen (committees 3 and 4).
 */
export async function createDemoUsers(
  tx: Tx,
  organisationId: number,
  committeeIds: number[],
  passwordHash: string,
): Promise<DemoUsers> {
  const ids = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const login of demoLogins) {
    const roles =
      login.key === "member"
        ? committeeIds.slice(2, 4).map((committeeId) => ({ role: "member" as const, committeeId }))
        : [{ role: login.key, committeeId: null }];
    const user = await createUser(tx, {
      organisationId,
      email: login.email,
      name: login.name,
      title: login.title,
      passwordHash,
      roles,
    });
    ids.set(login.key, user.id);
    byName.set(login.name, user.id);
  }
  const id = (key: string) => ids.get(key) as number;
  return {
    admin: id("admin"),
    secretary: id("secretary"),
    author: id("author"),
    approver: id("approver"),
    member: id("member"),
    byName,
  };
}

/**
 * Every person on a political committee's roster can log in as a member of the committees they
 * sit on (firstname.lastname@eksempel.dk), so the meeting room can be tried with several
 * members' devices. The demo log-ins above keep their own addresses. Adds them to `byName`.
 */
export async function createDemoMemberUsers(
  tx: Tx,
  organisationId: number,
  seats: { committeeId: number; names: string[] }[],
  emailOf: (name: string) => string,
  passwordHash: string,
  byName: Map<string, number>,
): Promise<void> {
  const committeesOf = new Map<string, number[]>();
  for (const { committeeId, names } of seats)
    for (const name of names)
      committeesOf.set(name, [...(committeesOf.get(name) ?? []), committeeId]);
  // Many people: inserted together, not one createUser (and its checks) each.
  const people = [...committeesOf].filter(([name]) => !byName.has(name));
  const userIds = await insertRows(
    tx,
    users,
    people.map(([name]) => ({ organisationId, email: emailOf(name), name, passwordHash })),
  );
  const grants = people.flatMap(([, committeeIds], i) =>
    committeeIds.map((committeeId) => ({
      organisationId,
      userId: userIds[i] as number,
      committeeId,
      role: "member" as const,
    })),
  );
  await insertRows(tx, memberships, grants);
  await recordAudits(
    tx,
    people.map(([name, committeeIds], i) => {
      const id = userIds[i] as number;
      byName.set(name, id);
      const roles = committeeIds.map((committeeId) => ({ role: "member" as const, committeeId }));
      return userCreated({ id, organisationId }, roles, null);
    }),
  );
}
