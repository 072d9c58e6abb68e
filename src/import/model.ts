/**
 * The parsed form of one legacy minutes (or agenda) document. Text, PDF and DOCX readers all
 * produce this; `import --dry-run --json` prints it as it is, so its shape is a contract.
 */
export interface ParsedMinutes {
  meeting: ParsedMeeting;
  items: ParsedItem[];
  /** Document-level oddities, in Danish. */
  warnings: string[];
}

export interface ParsedMeeting {
  committee: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, or null when the document states none. */
  startTime: string | null;
  location: string;
  participants: Participant[];
  /** People listed as absent ("Afbud", "Fraværende"), when the document says so. */
  absent: Participant[];
}

export interface Participant {
  name: string;
  title: string | null;
}

export interface ParsedItem {
  number: number;
  /** The title without a trailing time slot or duration. */
  title: string;
  /** "HH:MM" times from a title such as "(9.30-10.15)". */
  timeSlot: { start: string; end: string } | null;
  /** From "(20 min.)" in the title or text, else from the time slot. */
  durationMinutes: number | null;
  journalNumber: string | null;
  /** Every heading of the item in document order, with its text (Beslutning and Bilag included). */
  sections: Section[];
  /** The text under the (last) "Beslutning" heading, or null when the item has none. */
  decision: string | null;
  /** Attachment names listed under "Bilag". */
  attachments: string[];
  /** A closed item ("Lukket punkt"): its content must never be published. */
  closed: boolean;
  /** "Begrundelse for lukning": public even for a closed item. */
  closureReason: string | null;
  /** "Åben beslutning": the decision as it may be published for a closed item. */
  openDecision: string | null;
  warnings: string[];
}

export interface Section {
  heading: string;
  /** Paragraphs separated by a blank line; list items and table rows one per line. */
  text: string;
}

/** A failure the user caused (bad file); message is Danish and names the file. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * A CPR-shaped number in what the public may read of an imported file, as `import --json`
 * reports it under `privacy`. The number itself is never printed; published, it is masked.
 */
export interface ImportPrivacyFinding {
  /** The item's number, or null for the meeting (place, participants). */
  item: number | null;
  /** Where in the item: "Titel", a section heading, "Beslutning", ... */
  place: string;
  /** The birth-date part with the serial hidden: "120389-XXXX". */
  shown: string;
  form: "hyphen" | "space" | "compact";
  modulus11: boolean;
}
