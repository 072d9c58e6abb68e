import type { Db } from "../src/db/client.ts";
import type { Principal } from "../src/domain/access/access.policy.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { createCalendarToken } from "../src/domain/meeting/create-calendar-token.ts";
import type { BlobStorage } from "../src/storage/blob-storage.ts";
import {
  createCaseTemplate,
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "./factories.ts";
import { type Furniture, furnish, type Tag } from "./route-furniture.ts";

export {
  closedCanary,
  draftCanary,
  type Furniture,
  supplementCanary,
  type Tag,
} from "./route-furniture.ts";

/**
 * The world the route-by-role test runs in: organisation O with committees A and B, and
 * committee X of another organisation. Every committee gets the same furniture (a published
 * meeting with an open, a closed and an unsent supplement item, a decided meeting, a draft
 * and a submitted case, bilag, comments, themes …), so each route parameter has a valid value
 * in A, one in B and one in X. Canary words mark what only some may read.
 */

export const ROLES = [
  "anonymous",
  "member",
  "author",
  "approver",
  "secretary",
  "admin",
  "foreign",
] as const;
export type RoleName = (typeof ROLES)[number];

async function principal(db: Db, id: number) {
  const p = await loadPrincipal(db, id);
  if (!p) throw new Error(`no user ${id}`);
  return { ...p, id, email: p.user.email, name: p.user.name };
}

export interface Actor {
  role: RoleName;
  principal: Principal | null;
  cookie: string | null;
  csrf: string | null;
}

/** One committee with its people (roles on it only) and its furniture. */
async function committeeWorld(db: Db, storage: BlobStorage, tag: Tag, orgId: number) {
  const template = await createCaseTemplate(db, { organisationId: orgId });
  const committee = await createCommittee(db, {
    organisationId: orgId,
    caseTemplateId: template.id,
    kind: "political",
  });
  const user = async (role: "member" | "author" | "approver" | "secretary" | "admin") =>
    principal(
      db,
      (
        await createUser(db, {
          organisationId: orgId,
          roles: [{ role, committeeId: committee.id }],
        })
      ).id,
    );
  const people = {
    member: await user("member"),
    author: await user("author"),
    approver: await user("approver"),
    secretary: await user("secretary"),
    admin: await user("admin"),
  };
  const furniture = await furnish(
    db,
    storage,
    tag,
    orgId,
    { ...people, member: people.member.id },
    committee.id,
    committee.slug,
  );
  return { people, furniture };
}

export async function createRouteWorld(db: Db, storage: BlobStorage) {
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const otherOrg = await createOrganisation(db, { name: "Anden Kommune" });
  const a = await committeeWorld(db, storage, "A", org.id);
  const b = await committeeWorld(db, storage, "B", org.id);
  const x = await committeeWorld(db, storage, "X", otherOrg.id);
  const actors = {} as Record<RoleName, Actor>;
  actors.anonymous = { role: "anonymous", principal: null, cookie: null, csrf: null };
  const signIn = async (role: RoleName, p: Principal) => {
    // Seen "tomorrow": the last-seen touch (at most once a minute) writes nothing during the run.
    const lastSeenAt = new Date(Date.now() + 24 * 60 * 60_000);
    const s = await createSession(db, p.user.id, { lastSeenAt });
    actors[role] = { role, principal: p, cookie: s.token, csrf: s.csrfToken };
  };
  for (const role of ["member", "author", "approver", "secretary", "admin"] as const)
    await signIn(role, a.people[role]);
  // The other organisation's user manages their own committee: the strongest outsider.
  await signIn("foreign", x.people.admin);
  const { token: calendarToken } = await createCalendarToken(db, a.people.member);
  return {
    actors,
    furniture: { A: a.furniture, B: b.furniture, X: x.furniture } as Record<Tag, Furniture>,
    orgOf: { A: org.id, B: org.id, X: otherOrg.id } as Record<Tag, number>,
    calendarToken,
  };
}

export type RouteWorld = Awaited<ReturnType<typeof createRouteWorld>>;
