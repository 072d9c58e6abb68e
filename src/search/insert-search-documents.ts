import { sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.ts";
import type { SearchDocumentRow } from "./build-search-documents.ts";

/** Documents per statement: keeps one statement's JSON to a few megabytes. */
const ROWS_PER_STATEMENT = 2000;

/**
 * Inserts search documents with their text, one statement per few thousand: the rows travel as
 * one JSON array; the database stems the text into the tsvector (title A, body C, committee
 * name D) and writes the narrow row and its text under one id.
 */
export async function insertSearchDocuments(db: Db | Tx, rows: SearchDocumentRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT));
    await db.execute(sql`
      with input as (
        select nextval(pg_get_serial_sequence('search_documents', 'id'))::int as id, r.*
        from jsonb_to_recordset(${json}::jsonb) as r(
          "organisationId" int, "meetingId" int, kind search_document_kind, "itemOrdinal" int,
          "itemNumber" int, "attachmentId" int, "committeeSlug" text, "committeeName" text,
          "startsAt" timestamp, purpose purpose, "journalNumber" text, title text, body text)
      ),
      documents as (
        insert into search_documents ("id", "organisationId", "meetingId", "kind", "itemOrdinal",
          "itemNumber", "attachmentId", "committeeSlug", "startsAt", "purpose", "journalNumber", "tsv")
        overriding system value
        select id, "organisationId", "meetingId", kind, "itemOrdinal", "itemNumber", "attachmentId",
          "committeeSlug", "startsAt", purpose, "journalNumber",
          setweight(to_tsvector('danish'::regconfig, title), 'A')
            || setweight(to_tsvector('danish'::regconfig, body), 'C')
            || setweight(to_tsvector('danish'::regconfig, "committeeName"), 'D')
        from input
        order by id
      )
      insert into search_document_texts ("documentId", "committeeName", "title", "body")
      select id, "committeeName", title, body from input`);
  }
}
