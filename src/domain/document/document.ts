import type { PmDoc } from "../richtext/doc.ts";

/**
 * The one document model of an agenda or minutes. HTML, PDF and DOCX are rendered from it and
 * nothing else, so every format says the same. Built from the database (buildDocument) or from
 * a parsed legacy file (via meetingFromParsed). Strings are final, Danish and ready to print.
 * The public variant is made only from toPublicMeeting() (publicDocument); nothing is ever
 * derived from an internal document for the public. Stored documents are checked on read
 * (meeting-document.schema.ts).
 */
export interface MeetingDocument {
  /** "public" never carries a closed item's content; "internal" is for staff with access. */
  variant: "public" | "internal";
  kind: "agenda" | "minutes";
  /** The one h1: "Referat: Chefforum 25. november 2021". */
  title: string;
  organisationName: string;
  committeeName: string;
  /** Meeting date, place, participants, absence: label and text. */
  facts: DocumentFact[];
  items: DocumentItem[];
  /**
   * An agenda changed after it went out (»Rettet dagsorden«): a heading, a note and one
   * ready-to-print line per change. Absent when nothing changed.
   */
  corrections?: DocumentCorrections;
  /**
   * Minutes: the members' approval (Kommunestyrelsesloven §13), who approved and when and who
   * has not yet. Added when the minutes are shown (withSignoffs), never stored in a minutes
   * version: the stored schema drops it (adr/0016).
   */
  signoffs?: DocumentSignoffs;
}

export interface DocumentSignoffs {
  /** "Medlemmernes godkendelse". */
  heading: string;
  /** "Godkendt af: Anne Hansen (A) 14. marts 2027 kl. 10.12", "Mangler at godkende: …". */
  lines: string[];
}

export interface DocumentCorrections {
  /** "Rettelser". */
  heading: string;
  /** "Dagsordenen er ændret, efter den blev udsendt. Ændringerne blev udsendt …". */
  note: string;
  lines: string[];
}

export interface DocumentFact {
  label: string;
  value: string;
  /** A machine-readable date for the HTML <time> element. */
  datetime?: string;
}

export interface DocumentItem {
  /** Fragment id, unique in the document: "punkt-3". */
  anchor: string;
  number: number;
  /** "Punkt 3: Orientering om budget (9.30-10.15)". */
  heading: string;
  /** "Orientering om budget", to name the item in messages; absent in older stored versions. */
  title?: string;
  journalNumber: string | null;
  closed: boolean;
  /** "Lukket punkt" (public) or a warning for staff; null for an open item. */
  closedNote: string | null;
  sections: DocumentSection[];
  attachments: DocumentAttachment[];
  /** True when the item was withdrawn after the agenda went out; closedNote says so. */
  withdrawn?: boolean;
}

/**
 * What a section holds. Minutes add, per item: the quorum (§11, "quorum"), who was absent
 * during it ("absence"), inhabilitet ("conflicts"), votes and protokoltilførsler
 * ("protocol_notes").
 */
export type SectionKind =
  | "field"
  | "quorum"
  | "absence"
  | "conflicts"
  | "decision"
  | "votes"
  | "protocol_notes"
  | "closure_reason"
  | "open_decision"
  | "withdrawal_reason";

export interface DocumentSection {
  kind: SectionKind;
  heading: string;
  /** Shown under the heading, e.g. the decision's outcome or "Ikke offentligt felt". */
  note: string | null;
  doc: PmDoc;
}

export interface DocumentAttachment {
  /** Stored attachment id, or null when the name comes from a legacy document. */
  id: number | null;
  /** The file name; for legacy documents the name as the minutes listed it. */
  name: string;
  /** What readers see (the stored title; the name for legacy documents). */
  title: string;
  mediaType: string | null;
  /** True when the file is stored and can be fetched; false for names from legacy documents. */
  stored: boolean;
  /** "ikke offentligt" in the internal variant; null otherwise. */
  note: string | null;
}
