import { eq, inArray } from "drizzle-orm";
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
import { agendaItems, attachments, cases, meetings } from "../../db/schema/index.ts";
import { getAs, sessionOf, testApp } from "../../http/testing.ts";
import type { Role, RoleGrant } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { mayReadAttachment } from "../attachment/may-read-attachment.ts";
import { loadCase } from "../case/load-case.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { meetingSeenBy } from "../meeting/meeting.policy.ts";
import { getOfflineManifest } from "./get-offline-manifest.ts";

/**
 * The offline manifest lists exactly what the member may read of a meeting: never a URL the
 * routes' policies refuse them (an item waiting for its supplement, its bilag, another
 * committee's meeting, a case they may not read), and every stored bilag they may read.
 */

const database = useTestDatabase();
let organisationId: number;
let committeeId: number;
let otherCommitteeId: number;

beforeAll(async () => {
  const { db } = database.current;
  organisationId = (await createOrganisation(db)).id;
  committeeId = (await createCommittee(db, { organisationId })).id;
  otherCommitteeId = (await createCommittee(db, { organisationId })).id;
});

const ROLES: readonly Role[] = ["admin", "secretary", "author", "approver", "member"];

/** A user's grants: on the meeting's committee, on another one, or organisation-wide. */
const grantsArb = fc.uniqueArray(
  fc.record({
    role: fc.constantFrom(...ROLES),
    where: fc.constantFrom("this", "other", "everywhere"),
  }),
  { maxLength: 2, selector: (g) => `${g.role}:${g.where}` },
);

const itemArb = fc.record({
  closed: fc.boolean(),
  sent: fc.boolean(),
  withdrawn: fc.boolean(),
  withCase: fc.boolean(),
  /** The case's author: one of the users (by index) or nobody. */
  authorIndex: fc.option(fc.nat({ max: 3 }), { nil: null }),
  caseStatus: fc.constantFrom("draft", "approved", "scheduled"),
  files: fc.array(fc.boolean(), { maxLength: 3 }),
});

const worldArb = fc.record({
  users: fc.array(grantsArb, { minLength: 1, maxLength: 4 }),
  items: fc.array(itemArb, { maxLength: 5 }),
  agendaVersion: fc.constantFrom(0, 1, 2),
});

type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

async function build(world: World) {
  const { db } = database.current;
  const userIds: number[] = [];
  for (const grants of world.users) {
    const roles: RoleGrant[] = grants.map((g) => ({
      role: g.role,
      committeeId: g.where === "this" ? committeeId : g.where === "other" ? otherCommitteeId : null,
    }));
    userIds.push((await createUser(db, { organisationId, roles })).id);
  }
  const meeting = await createMeeting(db, {
    organisationId,
    committeeId,
    status: "agenda_published",
    startsAt: "2031-05-07 09:00:00",
  });
  await db
    .update(meetings)
    .set({ agendaVersion: world.agendaVersion })
    .where(eq(meetings.id, meeting.id));
  for (const spec of world.items) {
    const item = await createAgendaItem(db, {
      meetingId: meeting.id,
      closed: spec.closed,
      ...(spec.withCase ? { fields: [{ label: "Indstilling", text: "Tekst" }] } : {}),
      attachments: spec.files.map((_, i) => ({ name: `bilag-${i}.pdf` })),
    });
    await db
      .update(agendaItems)
      .set({
        publishedInVersion: spec.sent ? 1 : null,
        withdrawnAt: spec.withdrawn ? new Date() : null,
      })
      .where(eq(agendaItems.id, item.id));
    if (item.case) {
      const authorId = spec.authorIndex === null ? null : (userIds[spec.authorIndex] ?? null);
      await db
        .update(cases)
        .set({ authorId, status: spec.caseStatus as "draft" })
        .where(eq(cases.id, item.case.id));
    }
    const files = await db
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.agendaItemId, item.id));
    for (const [i, file] of files.entries()) {
      if (spec.files[i]) {
        await db
          .update(attachments)
          .set({ storageKey: `sha512-${file.id}` })
          .where(eq(attachments.id, file.id));
      }
    }
  }
  return { meetingId: meeting.id, userIds };
}

describe("the offline manifest", () => {
  it("never lists what the policies refuse a user, and lists every stored bilag they may read", async () => {
    const { db } = database.current;
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const { meetingId, userIds } = await build(world);
        const meeting = await getMeeting(db, meetingId);
        if (!meeting) throw new Error("no meeting");
        const files = await db
          .select()
          .from(attachments)
          .where(
            inArray(
              attachments.agendaItemId,
              meeting.items.map((i) => i.id),
            ),
          );
        for (const userId of userIds) {
          const principal = await loadPrincipal(db, userId);
          if (!principal) throw new Error("no principal");
          const seen = meetingSeenBy(principal, meeting);
          let urls: string[];
          try {
            urls = (await getOfflineManifest(db, principal, meetingId)).urls;
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).status).toBe(404);
            expect(seen).toBeNull();
            continue;
          }
          expect(seen).not.toBeNull();
          expect(urls).toContain(`/app/moeder/${meetingId}`);
          for (const url of urls) {
            const bilag = /^\/app\/bilag\/(\d+)$/.exec(url);
            const kase = /^\/app\/sager\/(\d+)$/.exec(url);
            if (bilag) {
              const file = files.find((f) => f.id === Number(bilag[1]));
              expect(file, url).toBeDefined();
              expect(
                await mayReadAttachment(db, principal, file as typeof attachments.$inferSelect),
              ).toBe(true);
            } else if (kase) {
              await expect(loadCase(db, principal, Number(kase[1]))).resolves.toBeDefined();
            } else {
              expect(url).toBe(`/app/moeder/${meetingId}`);
            }
          }
          // Exact: every stored bilag the user may read is kept.
          for (const file of files) {
            if (file.storageKey === null) continue;
            const may = await mayReadAttachment(db, principal, file);
            expect(urls.includes(`/app/bilag/${file.id}`), `bilag ${file.id}`).toBe(may);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("is served as JSON to a member and not found for someone without a role", async () => {
    const { db } = database.current;
    const { meetingId, userIds } = await build({
      users: [[{ role: "member", where: "this" }], [{ role: "member", where: "other" }]],
      items: [
        {
          closed: true,
          sent: true,
          withdrawn: false,
          withCase: true,
          authorIndex: null,
          caseStatus: "scheduled",
          files: [true],
        },
      ],
      agendaVersion: 1,
    });
    const app = testApp(db);
    const [member, outsider] = await Promise.all(userIds.map((id) => sessionOf(db, id)));
    if (!member || !outsider) throw new Error("no sessions");
    const ok = await getAs(app, `/app/offline/moeder/${meetingId}`, member);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toContain("no-store");
    const body = (await ok.json()) as { urls: string[]; assets: string[]; userId: number };
    expect(body.userId).toBe(member.userId);
    expect(body.urls[0]).toBe(`/app/moeder/${meetingId}`);
    expect(body.urls.filter((u) => u.startsWith("/app/bilag/"))).toHaveLength(1);
    expect(body.assets.every((a) => a.startsWith("/assets/"))).toBe(true);
    const refused = await getAs(app, `/app/offline/moeder/${meetingId}`, outsider);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(await refused.json())).not.toContain("/app/");
    const next = await getAs(app, "/app/offline/moeder", member);
    expect(next.status).toBe(200);
  });
});
