import type { Db } from "../db/client.ts";
import { searchDocuments, searchDocumentTexts, searchTerms } from "../db/schema/index.ts";
import type { IndexOptions, IndexSummary } from "./index-meetings.ts";
import { indexPublicMeetings } from "./index-public-meetings.ts";

/**
 * Rebuilds the whole index and its word list from the public meetings, in one transaction:
 * searches see the old index until the new one is complete. Known bilag texts are kept.
 */
export function reindexAll(db: Db, options: IndexOptions = {}): Promise<IndexSummary> {
  return db.transaction(async (tx) => {
    await tx.delete(searchDocumentTexts);
    await tx.delete(searchDocuments);
    await tx.delete(searchTerms);
    return indexPublicMeetings(tx, {}, options);
  });
}
