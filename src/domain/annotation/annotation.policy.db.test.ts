import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createUser,
} from "../../../test/factories.ts";
import { attachments, memberships } from "../../db/schema/index.ts";
import type { Principal, RoleGrant } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { DomainError } from "../domain-error.ts";
import type { AnnotationInput } from "./annotation-input.ts";
import { deleteAnnotation } from "./delete-annotation.ts";
import { listAnnotations } from "./list-annotations.ts";
import { saveAnnotation } from "./save-annotation.ts";

/**
 * Who sees which annotation, for random members, committees and choices of visibility: a
 * private one only its author, a shared one every user who may read the bilag (a role on its
 * committee); nobody else, and nobody at all on a bilag they may not read (a Danish 404).
 */

const db = useTestDatabase();
let org: number;
let otherOrg: number;
let committeeA: number;
let committeeB: number;
let meetingA: number;
let meetingB: number;

beforeAll(async () => {
  const { db: d } = db.current;
  org = (await createOrganisation(d)).id;
  otherOrg = (await createOrganisation(d)).id;
  committeeA = (await createCommittee(d, { organisationId: org })).id;
  committeeB = (await createCommittee(d, { organisationId: org })).id;
  const meeting = (committeeId: number) =>
    createMeeting(d, { organisationId: org, committeeId, status: "agenda_published" });
  meetingA = (await meeting(committeeA)).id;
  meetingB = (await meeting(committeeB)).id;
});

type Grant = "memberA" | "memberB" | "secretaryA" | "adminAll" | "authorB" | "otherOrg";

/** A user of another organisation is its administrator: every role, but not here. */
const grantsOf = (grants: Grant[]): RoleGrant[] =>
  grants.includes("otherOrg")
    ? [{ role: "admin", committeeId: null }]
    : grants.flatMap((g): RoleGrant[] => {
        if (g === "memberA") return [{ role: "member", committeeId: committeeA }];
        if (g === "memberB") return [{ role: "member", committeeId: committeeB }];
        if (g === "secretaryA") return [{ role: "secretary", committeeId: committeeA }];
        if (g === "authorB") return [{ role: "author", committeeId: committeeB }];
        if (g === "adminAll") return [{ role: "admin", committeeId: null }];
        return [];
      });

/** Whether the user reads the bilag of this committee: any role on it, in this organisation. */
const reads = (grants: Grant[], committee: "A" | "B") =>
  !grants.includes("otherOrg") &&
  grants.some(
    (g) => g === "adminAll" || g.endsWith(committee) || (committee === "A" && g === "secretaryA"),
  );

async function newBilag(meetingId: number): Promise<number> {
  const item = await createAgendaItem(db.current.db, {
    meetingId,
    attachments: [{ name: "bilag.pdf" }],
  });
  const [row] = await db.current.db
    .select({ id: attachments.id })
    .from(attachments)
    .where(eq(attachments.agendaItemId, item.id));
  return row?.id ?? 0;
}

const input = (visibility: "private" | "committee"): AnnotationInput => ({
  id: randomUUID(),
  page: 1,
  quote: "Dette bilag er eksempeldata",
  rects: [{ x: 0.1, y: 0.2, w: 0.5, h: 0.02 }],
  note: `note ${randomUUID()}`,
  visibility,
});

async function notFound(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return true;
    throw error;
  }
}

const grantArb = fc.uniqueArray(
  fc.constantFrom<Grant>("memberA", "memberB", "secretaryA", "adminAll", "authorB", "otherOrg"),
  { maxLength: 3 },
);

describe("annotation policy", () => {
  it("shows a private annotation to its author only and a shared one to the bilag's readers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(grantArb, { minLength: 2, maxLength: 5 }),
        fc.array(
          fc.record({
            author: fc.nat(),
            committee: fc.constantFrom<"A" | "B">("A", "B"),
            visibility: fc.constantFrom<"private" | "committee">("private", "committee"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (people, writes) => {
          const d = db.current.db;
          const bilag = { A: await newBilag(meetingA), B: await newBilag(meetingB) };
          const users: { principal: Principal; grants: Grant[] }[] = [];
          for (const grants of people) {
            const user = await createUser(d, {
              organisationId: grants.includes("otherOrg") ? otherOrg : org,
              roles: grantsOf(grants),
            });
            users.push({ principal: (await loadPrincipal(d, user.id)) as Principal, grants });
          }
          const written: { id: string; author: number; committee: "A" | "B"; shared: boolean }[] =
            [];
          for (const w of writes) {
            const author = users[w.author % users.length] as (typeof users)[number];
            const saved = saveAnnotation(
              d,
              author.principal,
              bilag[w.committee],
              input(w.visibility),
            );
            if (!reads(author.grants, w.committee)) {
              expect(await notFound(saved)).toBe(true);
              continue;
            }
            const { id } = await saved;
            written.push({
              id,
              author: author.principal.user.id,
              committee: w.committee,
              shared: w.visibility === "committee",
            });
          }
          for (const { principal, grants } of users) {
            for (const committee of ["A", "B"] as const) {
              const listed = listAnnotations(d, principal, bilag[committee]);
              if (!reads(grants, committee)) {
                expect(await notFound(listed)).toBe(true);
                continue;
              }
              const expected = written
                .filter((a) => a.committee === committee)
                .filter((a) => a.shared || a.author === principal.user.id)
                .map((a) => a.id)
                .sort();
              const seen = await listed;
              expect(seen.map((a) => a.id).sort()).toEqual(expected);
              for (const a of seen)
                expect(a.mine).toBe(
                  written.find((w) => w.id === a.id)?.author === principal.user.id,
                );
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it("lets only the author change or delete, and answers 404 once access to the bilag is lost", async () => {
    const d = db.current.db;
    const bilag = await newBilag(meetingA);
    const make = async () => {
      const u = await createUser(d, { organisationId: org, roles: grantsOf(["memberA"]) });
      return (await loadPrincipal(d, u.id)) as Principal;
    };
    const author = await make();
    const colleague = await make();
    const shared = input("committee");
    await saveAnnotation(d, author, bilag, shared);
    // A repeat of the same save (the outbox after a lost answer) leaves one row.
    await saveAnnotation(d, author, bilag, { ...shared, note: "rettet" });
    expect((await listAnnotations(d, colleague, bilag)).map((a) => a.note)).toEqual(["rettet"]);

    await expect(
      saveAnnotation(d, colleague, bilag, { ...shared, note: "kapret" }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Du kan kun ændre og slette dine egne markeringer.",
    });
    await expect(deleteAnnotation(d, colleague, bilag, shared.id)).rejects.toMatchObject({
      status: 403,
    });
    expect((await listAnnotations(d, author, bilag))[0]?.note).toBe("rettet");

    // The author leaves the committee: their own annotation is out of reach, with a Danish 404.
    await d
      .delete(memberships)
      .where(and(eq(memberships.userId, author.user.id), eq(memberships.committeeId, committeeA)));
    const gone = (await loadPrincipal(d, author.user.id)) as Principal;
    for (const attempt of [
      () => listAnnotations(d, gone, bilag),
      () => saveAnnotation(d, gone, bilag, { ...shared, note: "efter" }),
      () => deleteAnnotation(d, gone, bilag, shared.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        status: 404,
        message: "Bilaget findes ikke, eller du har ikke længere adgang til det.",
      });
    }
    expect((await listAnnotations(d, colleague, bilag))[0]?.note).toBe("rettet");
  });

  it("keeps a deleted annotation deleted, even when a late save of it arrives", async () => {
    const d = db.current.db;
    const bilag = await newBilag(meetingA);
    const u = await createUser(d, { organisationId: org, roles: grantsOf(["memberA"]) });
    const author = (await loadPrincipal(d, u.id)) as Principal;
    const mark = input("private");
    await saveAnnotation(d, author, bilag, mark);
    expect(await deleteAnnotation(d, author, bilag, mark.id)).toEqual({ deleted: true });
    expect(await deleteAnnotation(d, author, bilag, mark.id)).toEqual({ deleted: false });
    await expect(saveAnnotation(d, author, bilag, mark)).rejects.toMatchObject({ status: 409 });
    expect(await listAnnotations(d, author, bilag)).toEqual([]);
  });
});
