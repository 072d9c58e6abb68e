import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations } from "../../db/schema/index.ts";
import { slugify } from "../../domain/organisation/slugify.ts";
import { listGroupMappings } from "../../domain/sso/list-group-mappings.ts";
import { mapGroup } from "../../domain/sso/map-group.ts";
import { unmapGroup } from "../../domain/sso/unmap-group.ts";
import { cliMessages as m } from "../../i18n/da/cli.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseOptions } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const usage = (message: string) => new UsageError(`${message}\n\n${m.usage}`);

/**
 * `referat sso map-group GROUP --role ROLE [--committee SLUG]`, `sso unmap-group GROUP`,
 * `sso list`: which identity-provider groups give which roles, on the configured database.
 */
export async function runSso(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    role: { type: "string" },
    committee: { type: "string" },
    organisation: { type: "string" },
  });
  const [action, group, ...extra] = positionals;
  if (extra.length > 0) throw usage(m.sso.tooManyArguments);
  if (action === "list") {
    if (group !== undefined) throw usage(m.sso.tooManyArguments);
  } else if (action === "map-group" || action === "unmap-group") {
    if (!group) throw usage(m.sso.groupRequired);
    if (action === "map-group" && !values.role) throw usage(m.sso.roleRequired);
    if (action === "unmap-group" && (values.role || values.committee)) {
      throw usage(m.sso.unmapTakesGroupOnly);
    }
  } else {
    throw usage(m.sso.actionRequired);
  }
  const { database } = await openWorkspace();
  try {
    const db = database.db;
    const organisationId = await organisationFor(db, values.organisation);
    if (organisationId === null) {
      console.error(m.sso.organisationNotFound(values.organisation ?? ""));
      return 1;
    }
    if (action === "list") {
      const rows = await listGroupMappings(db, organisationId);
      if (rows.length === 0) console.log(m.sso.none);
      for (const r of rows) {
        const where = r.committee
          ? `${r.committee.name} (${r.committee.slug})`
          : ssoMessages.groups.allCommittees;
        console.log(`${r.group}\t${r.role}\t${where}`);
      }
      return 0;
    }
    if (action === "unmap-group") {
      const n = await unmapGroup(db, { organisationId, group: group ?? "", actorId: null });
      if (n === 0) {
        console.error(ssoMessages.groups.notMapped(group ?? ""));
        return 1;
      }
      console.log(ssoMessages.groups.unmapped(group ?? "", n));
      return 0;
    }
    const result = await mapGroup(db, {
      organisationId,
      group: group ?? "",
      role: values.role ?? "",
      committee: values.committee ? { slug: values.committee } : null,
      actorId: null,
    });
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    const role = webMessages.roles[result.role].toLowerCase();
    console.log(ssoMessages.groups.mapped(group ?? "", role, result.committee?.name ?? null));
    return 0;
  } finally {
    await database.close();
  }
}

/** The organisation named (by name or slug), or the only one; null when there is none such. */
async function organisationFor(db: Db, name: string | undefined): Promise<number | null> {
  if (name) {
    const [row] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, slugify(name)));
    return row?.id ?? null;
  }
  const rows = await db.select({ id: organisations.id }).from(organisations).limit(2);
  if (rows.length > 1) throw new UsageError(m.manyOrganisations);
  return rows[0]?.id ?? null;
}
