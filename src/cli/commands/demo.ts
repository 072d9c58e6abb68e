import { eq } from "drizzle-orm";
import { organisations } from "../../db/schema/index.ts";
import { DEMO_ORGANISATION, generateDemoData } from "../../domain/demo/generate-demo-data.ts";
import { slugify } from "../../domain/organisation/slugify.ts";
import { cliMessages as m } from "../../i18n/da/cli.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseOptions, positiveInt } from "../parse-options.ts";

/** `referat demo --years N --committees N`: demo data, also at benchmark scale. */
export async function runDemo(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    years: { type: "string" },
    committees: { type: "string" },
    seed: { type: "string" },
  });
  const years = positiveInt(values.years, "--years", 1);
  const committees = positiveInt(values.committees, "--committees", 4);
  const seed = positiveInt(values.seed, "--seed", 2025);
  const { database, storage } = await openWorkspace();
  try {
    const [existing] = await database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, slugify(DEMO_ORGANISATION)));
    if (existing) {
      console.error(m.demoExists);
      return 1;
    }
    const started = performance.now();
    const s = await generateDemoData(database.db, storage, { years, committees, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(m.demoDone(s.meetings, s.items, s.committees, seconds));
    return 0;
  } finally {
    await database.close();
  }
}
