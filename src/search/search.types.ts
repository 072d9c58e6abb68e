import type { Purpose } from "../domain/meeting/meeting.types.ts";
import type { SnippetPart } from "./split-snippet.ts";

export type SearchSort = "relevance" | "date";

export interface SearchFilters {
  /** A committee's slug. */
  committee?: string;
  year?: number;
  purpose?: Purpose;
  /** The start of a journal number, e.g. "00.30". */
  journal?: string;
}

export interface SearchRequest extends SearchFilters {
  query: string;
  sort: SearchSort;
  /** 1-based; beyond the last page, the last page is answered. */
  page: number;
}

export interface SearchHit {
  id: number;
  kind: "meeting" | "item" | "attachment";
  meetingId: number;
  itemOrdinal: number | null;
  itemNumber: number | null;
  attachmentId: number | null;
  committeeSlug: string;
  committeeName: string;
  startsAt: string;
  /** When the text found was published: the minutes, else the agenda. */
  publishedAt: Date | null;
  journalNumber: string | null;
  title: SnippetPart[];
  /** The plain title, for link text and file names. */
  plainTitle: string;
  snippet: SnippetPart[];
}

export type SearchOutcome =
  /** Nothing to search for: only stop words or exclusions. */
  | { kind: "no-terms"; truncated: boolean }
  | {
      kind: "results";
      /** Matches counted, at most MAX_RESULTS + 1. */
      total: number;
      /** More than MAX_RESULTS matched; the newest MAX_RESULTS are ranked and paged. */
      capped: boolean;
      page: number;
      pageCount: number;
      hits: SearchHit[];
      truncated: boolean;
    };
