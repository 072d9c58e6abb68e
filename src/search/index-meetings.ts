import { inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.ts";
import { searchDocuments, searchTerms } from "../db/schema/index.ts";
import { getMeetings } from "../domain/meeting/get-meetings.ts";
import { maskCprText } from "../domain/privacy/mask-cpr-numbers.ts";
import { confirmedCheck } from "../domain/privacy/meeting-privacy.ts";
import { toPublicMeeting } from "../domain/publication/publication.policy.ts";
import type { BlobStorage } from "../storage/blob-storage.ts";
import { buildSearchDocuments } from "./build-search-documents.ts";
import { insertSearchDocuments } from "./insert-search-documents.ts";
import { readAttachmentTexts } from "./read-attachment-texts.ts";

export interface IndexOptions {
  /** Where bilag files are read from to index their text; without it only known texts are. */
  storage?: BlobStorage;
}

export interface IndexSummary {
  /** Meetings now in the index (public ones). */
  meetings: number;
  documents: number;
}

/** Meetings loaded and written per transaction. */
export const INDEX_CHUNK_SIZE = 200;

/**
 * Brings the index in line with these meetings as the public sees them now: their documents
 * are replaced by those built from toPublicMeeting(), so a meeting that is not (or no longer)
 * public leaves the index. A few statements per chunk of meetings, each chunk in a
 * transaction (a savepoint when `db` is a transaction).
 */
export async function indexMeetings(
  db: Db | Tx,
  meetingIds: number[],
  options: IndexOptions = {},
): Promise<IndexSummary> {
  const summary: IndexSummary = { meetings: 0, documents: 0 };
  for (let start = 0; start < meetingIds.length; start += INDEX_CHUNK_SIZE) {
    const chunk = meetingIds.slice(start, start + INDEX_CHUNK_SIZE);
    await db.transaction(async (tx) => {
      const views = (await getMeetings(tx, chunk)).flatMap((meeting) => {
        const view = toPublicMeeting(meeting);
        return view
          ? [{ organisationId: meeting.organisationId, view, privacy: meeting.privacy }]
          : [];
      });
      const files = views.flatMap(({ view }) =>
        view.items.flatMap((item) =>
          item.closed ? [] : item.attachments.filter((a) => a.stored).map((a) => a.id),
        ),
      );
      const texts = await readAttachmentTexts(tx, options.storage, files);
      // A bilag's text is public text too: CPR numbers in it are masked like the rest.
      const rows = views.flatMap(({ organisationId, view, privacy }) => {
        const isConfirmed = confirmedCheck(privacy);
        return buildSearchDocuments(organisationId, view, (id) => {
          const text = texts.get(id);
          return text === undefined ? undefined : maskCprText(text, isConfirmed);
        });
      });
      await tx.delete(searchDocuments).where(inArray(searchDocuments.meetingId, chunk));
      await insertSearchDocuments(tx, rows);
      await tx.execute(
        sql`insert into ${searchTerms} (${sql.identifier("lexeme")})
            select distinct v.lexeme
            from ${searchDocuments}, unnest(tsvector_to_array(${searchDocuments.tsv})) as v(lexeme)
            where ${inArray(searchDocuments.meetingId, chunk)}
            on conflict do nothing`,
      );
      summary.meetings += views.length;
      summary.documents += rows.length;
    });
  }
  return summary;
}
