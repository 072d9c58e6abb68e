import { cliMessages as m } from "../../i18n/da/cli.ts";
import { reindexAll } from "../../search/reindex-all.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseOptions } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

/** `referat reindex`: rebuilds the search index from the public meetings, bilag text included. */
export async function runReindex(args: string[]): Promise<number> {
  const { positionals } = parseOptions(args, {});
  if (positionals.length > 0) throw new UsageError(`${m.reindex.noArguments}\n\n${m.usage}`);
  const { database, storage } = await openWorkspace();
  try {
    const started = performance.now();
    const summary = await reindexAll(database.db, { storage });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(m.reindex.done(summary.meetings, summary.documents, seconds));
    return 0;
  } finally {
    await database.close();
  }
}
