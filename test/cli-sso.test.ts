import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.ts";
import { auditLog, ssoGroupRoles } from "../src/db/schema/index.ts";
import { runCli } from "./cli.ts";
import { createCommittee, createOrganisation } from "./factories.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "referat-sso-"));
  const database = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") });
  const org = await createOrganisation(database.db, {
    name: "Albertslund Kommune",
    slug: "albertslund-kommune",
  });
  await createCommittee(database.db, {
    organisationId: org.id,
    name: "Økonomiudvalget",
    slug: "oekonomiudvalget",
  });
  await database.close();
}, 60_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function stored() {
  const database = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") });
  try {
    const rows = await database.db.select().from(ssoGroupRoles);
    const audit = await database.db.select({ action: auditLog.action }).from(auditLog);
    return { rows, actions: audit.map((a) => a.action) };
  } finally {
    await database.close();
  }
}

describe("referat sso", () => {
  it("maps groups to roles, lists them and unmaps them, each audited", async () => {
    const mapped = await runCli(
      [
        "sso",
        "map-group",
        "grp-oekonomi",
        "--role",
        "secretary",
        "--committee",
        "oekonomiudvalget",
      ],
      dataDir,
    );
    expect(mapped.stderr).toBe("");
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain(
      "Gruppen grp-oekonomi giver nu rollen udvalgssekretær i Økonomiudvalget",
    );
    const wide = await runCli(
      [
        "sso",
        "map-group",
        "grp-admins",
        "--role",
        "admin",
        "--organisation",
        "Albertslund Kommune",
      ],
      dataDir,
    );
    expect(wide.code).toBe(0);
    const list = await runCli(["sso", "list"], dataDir);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(
      "grp-admins\tadmin\tAlle udvalg\ngrp-oekonomi\tsecretary\tØkonomiudvalget (oekonomiudvalget)\n",
    );
    const unmapped = await runCli(["sso", "unmap-group", "grp-admins"], dataDir);
    expect(unmapped.code).toBe(0);
    expect(unmapped.stdout).toContain("Gruppen grp-admins giver ikke længere sin rolle");
    const again = await runCli(["sso", "unmap-group", "grp-admins"], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Gruppen grp-admins giver ingen roller");

    const { rows, actions } = await stored();
    expect(rows.map((r) => [r.groupValue, r.role])).toEqual([["grp-oekonomi", "secretary"]]);
    expect(actions.filter((a) => a.startsWith("sso."))).toEqual([
      "sso.group_mapped",
      "sso.group_mapped",
      "sso.group_unmapped",
    ]);
  }, 90_000);

  it("refuses a committee or organisation that does not exist, writing nothing", async () => {
    const before = await stored();
    const committee = await runCli(
      ["sso", "map-group", "grp-x", "--role", "member", "--committee", "findes-ikke"],
      dataDir,
    );
    expect(committee.code).toBe(1);
    expect(committee.stderr).toContain(
      "Udvalget findes-ikke findes ikke i kommunen. Intet er ændret.",
    );
    const organisation = await runCli(
      ["sso", "map-group", "grp-x", "--role", "member", "--organisation", "Ingen Kommune"],
      dataDir,
    );
    expect(organisation.code).toBe(1);
    expect(organisation.stderr).toContain("Kommunen Ingen Kommune findes ikke");
    expect(await stored()).toEqual(before);
  }, 120_000);

  it("answers wrong usage with a Danish message and exit 2", async () => {
    const noRole = await runCli(["sso", "map-group", "grp-x"], dataDir);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain("Angiv rollen med --role");
    const badRole = await runCli(["sso", "map-group", "grp-x", "--role", "konge"], dataDir);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("Ukendt rolle: konge");
    const help = await runCli(["help"], dataDir);
    expect(help.stdout).toContain("sso map-group GRUPPE --role ROLLE");
  }, 120_000);
});
