import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { queryRows } from "../../db/client.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import type { ImportedFile } from "./import-legacy-file.ts";
import { type FailedFile, importLegacyFiles } from "./import-legacy-files.ts";

const database = useTestDatabase();
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "referat-import-chunks-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const SEEDS = Object.values(SEED_FILES).map(readSeed);
const COMMITTEES = ["Chefforum", "Klimaudvalget", "Børne- og Skoleudvalget"];

/**
 * One file of a folder: a seed for one of three committees. The same spec twice is the same
 * file again; another `variant` is another file for the same meeting; `broken` cannot be read.
 */
const fileSpec = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  committee: fc.integer({ min: 0, max: COMMITTEES.length - 1 }),
  variant: fc.integer({ min: 0, max: 1 }),
  broken: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
type FileSpec = { seed: number; committee: number; variant: number; broken: boolean };

const textOf = (f: FileSpec) =>
  f.broken
    ? ""
    : (SEEDS[f.seed] as string).replace("REFERAT Chefforum", `REFERAT ${COMMITTEES[f.committee]}`) +
      "\n".repeat(f.variant);

async function writeFolder(name: string, files: FileSpec[]): Promise<string[]> {
  const dir = join(folder, name);
  await mkdir(dir);
  return Promise.all(
    files.map(async (f, i) => {
      const path = join(dir, `${String(i).padStart(2, "0")}.txt`);
      await writeFile(path, textOf(f));
      return path;
    }),
  );
}

/** What each file became, with meetings named by committee and start instead of by id. */
async function importInto(organisation: string, paths: string[], sizes: number[]) {
  const { db } = database.current;
  const organisationId = await findOrCreateOrganisation(db, organisation);
  const entries: (ImportedFile | FailedFile)[] = [];
  await importLegacyFiles(
    paths,
    async () => ({ db, organisationId }),
    { chunkSize: (n) => sizes[n % sizes.length] as number },
    (chunk) => {
      entries.push(...chunk);
    },
  );
  const meetings = await snapshot(organisationId);
  const meetingKey = new Map(meetings.map((m) => [m.id, `${m.committee} ${m.startsAt}`]));
  const outcomes = entries.map((e) => {
    if ("error" in e) return { failed: e.stage };
    const { meetingId, ...rest } = e.result;
    return { ...rest, meeting: meetingKey.get(meetingId) };
  });
  const roster = await queryRows(
    db,
    sql`select c.name as committee, p.name, p.title, r.role, r."startsOn"::text, r."endsOn"::text
        from roster_memberships r join persons p on p.id = r."personId"
        join committees c on c.id = r."committeeId"
        where r."organisationId" = ${organisationId}
        order by c.name, p.name, r."startsOn"`,
  );
  return { outcomes, meetings: meetings.map(({ id: _, ...m }) => m), roster };
}

/** Every meeting of the organisation with all an import writes, without ids or timestamps. */
function snapshot(organisationId: number) {
  return queryRows<{ id: number; committee: string; startsAt: string }>(
    database.current.db,
    sql`select m.id, c.name as committee, m."startsAt"::text as "startsAt", m.location, m.status,
          m."importFileName", m."importSha256",
          (select count(*) from audit_log a where a."entityType" = 'meeting'
             and a."entityId" = m.id and a.action = 'meeting.imported')::int as audits,
          (select json_agg(json_build_object('name', p.name, 'title', p.title,
             'person', (select name from persons where id = p."personId"),
             'absent', exists (select from attendance t where t."participantId" = p.id))
             order by p.position) from meeting_participants p where p."meetingId" = m.id) as people,
          (select json_agg(json_build_object('number', i.number, 'title', i.title,
             'closed', i.closed, 'reason', i."closureReason", 'open', i."openDecision",
             'fields', (select json_agg(json_build_object('key', f.key, 'label', f.label,
                'text', f.text, 'doc', f.doc, 'public', f.public) order by f.position)
                from case_fields f where f."caseId" = i."caseId"),
             'decision', (select json_build_object('outcome', d.outcome, 'text', d.text, 'doc', d.doc)
                from decisions d where d."agendaItemId" = i.id),
             'attachments', (select json_agg(json_build_object('name', a.name, 'public', a.public)
                order by a.position) from attachments a where a."agendaItemId" = i.id))
             order by i.position) from agenda_items i where i."meetingId" = m.id) as items
        from meetings m join committees c on c.id = m."committeeId"
        where m."organisationId" = ${organisationId}
        order by c.name, m."startsAt"`,
  );
}

describe("importing a folder in chunks", () => {
  it("gives the same archive and outcomes, whatever the chunk sizes, as one file at a time", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fileSpec, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
        async (files, sizes) => {
          run++;
          const one = await importInto(
            `En ad gangen ${run}`,
            await writeFolder(`one-${run}`, files),
            [1],
          );
          const chunked = await importInto(
            `I bidder ${run}`,
            await writeFolder(`chunked-${run}`, files),
            sizes,
          );
          expect(chunked).toEqual(one);
        },
      ),
      { numRuns: 12 },
    );
  });
});
