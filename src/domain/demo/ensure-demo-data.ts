import type { Logger } from "pino";
import type { Db } from "../../db/client.ts";
import { organisations } from "../../db/schema/index.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { generateDemoData } from "./generate-demo-data.ts";

/** On an empty database, creates the demo organisation with a year of meetings. */
export async function ensureDemoData(db: Db, storage: BlobStorage, logger: Logger): Promise<void> {
  const [any] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (any) return;
  const started = performance.now();
  const summary = await generateDemoData(db, storage, { years: 1, committees: 4 });
  logger.info({ ...summary, ms: Math.round(performance.now() - started) }, "demo data created");
  logger.warn("demo users exist with a published password; set REFERAT_DEMO=0 for real use");
}
