import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import type { ImportedFile } from "../archive/import-legacy-file.ts";
import { type FailedFile, importLegacyFiles } from "../archive/import-legacy-files.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";
import { scanParsedMinutes } from "./scan-parsed-minutes.ts";

const database = useTestDatabase();
let folder: string;
let organisationId: number;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "referat-import-privacy-"));
  organisationId = await findOrCreateOrganisation(database.current.db, "Eksempel Kommune");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("import --publish and CPR numbers", () => {
  it("reports the numbers of a file and publishes it masked", async () => {
    const file = join(folder, "chefforum.txt");
    const text = readSeed(SEED_FILES.chefforum2021Nov).replace(
      "Anledning",
      "Anledning\nBorgeren 070761-4285 og 0707614286 har klaget; tlf. 12 34 56 78.\n",
    );
    await writeFile(file, text);
    const entries: (ImportedFile | FailedFile)[] = [];
    await importLegacyFiles(
      [file],
      async () => ({ db: database.current.db, organisationId }),
      { publish: true },
      (chunk) => {
        entries.push(...chunk);
      },
    );
    const [entry] = entries;
    if (!entry || "error" in entry || entry.result.status !== "created") {
      throw new Error("not imported");
    }
    const findings = scanParsedMinutes(entry.parsed);
    expect(findings.map((f) => [f.shown, f.modulus11])).toContainEqual(["070761-XXXX", true]);
    expect(findings.map((f) => [f.shown, f.modulus11])).toContainEqual(["070761-XXXX", false]);
    const meeting = await getMeeting(database.current.db, entry.result.meetingId);
    const view = meeting ? toPublicMeeting(meeting) : null;
    const json = JSON.stringify(view);
    expect(view?.kind).toBe("minutes");
    expect(json).not.toContain("070761");
    expect(json).toContain("Borgeren XXXXXX-XXXX og XXXXXX-XXXX har klaget; tlf. 12 34 56 78.");
  });
});
