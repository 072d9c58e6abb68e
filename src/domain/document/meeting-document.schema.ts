import { z } from "zod";
import type { PmDoc } from "../richtext/doc.ts";
import type { MeetingDocument } from "./document.ts";

/**
 * The stored form of a MeetingDocument (minutes versions keep theirs) and its check on read:
 * a stored document is data from an earlier release, so it is parsed, not trusted. Unknown keys
 * (such as the `restricted` marks of documents stored before the public one was kept beside
 * them) are dropped.
 */

/** Bumped when MeetingDocument changes shape; a reader meets older ones and must know them. */
export const DOCUMENT_SCHEMA_VERSION = 1;

const pmDoc = z.custom<PmDoc>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    (v as { type?: unknown }).type === "doc" &&
    Array.isArray((v as { content?: unknown }).content ?? []),
);

const fact = z.object({ label: z.string(), value: z.string(), datetime: z.string().optional() });

const section = z.object({
  kind: z.enum([
    "field",
    "quorum",
    "absence",
    "conflicts",
    "decision",
    "votes",
    "protocol_notes",
    "closure_reason",
    "open_decision",
    "withdrawal_reason",
  ]),
  heading: z.string(),
  note: z.string().nullable(),
  doc: pmDoc,
});

/** Documents stored before bilag had titles show the name as the title. */
const attachment = z
  .object({
    id: z.number().int().nullable(),
    name: z.string(),
    title: z.string().optional(),
    mediaType: z.string().nullable(),
    stored: z.boolean(),
    note: z.string().nullable(),
  })
  .transform((a) => ({ ...a, title: a.title ?? a.name }));

const item = z.object({
  anchor: z.string(),
  number: z.number().int(),
  heading: z.string(),
  title: z.string().optional(),
  journalNumber: z.string().nullable(),
  closed: z.boolean(),
  closedNote: z.string().nullable(),
  sections: z.array(section),
  attachments: z.array(attachment),
  withdrawn: z.boolean().optional(),
});

const corrections = z.object({
  heading: z.string(),
  note: z.string(),
  lines: z.array(z.string()),
});

export const meetingDocumentSchema = z.object({
  variant: z.enum(["public", "internal"]),
  kind: z.enum(["agenda", "minutes"]),
  title: z.string(),
  organisationName: z.string(),
  committeeName: z.string(),
  facts: z.array(fact),
  items: z.array(item),
  corrections: corrections.optional(),
}) satisfies z.ZodType<MeetingDocument>;

/** How a document is stored: its schema version beside it. */
export interface StoredDocument {
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  document: MeetingDocument;
}

const storedSchema = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  document: meetingDocumentSchema,
});

export function toStoredDocument(document: MeetingDocument): StoredDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, document };
}

/**
 * A stored document, checked: the current envelope, or (schema version 0) a bare document as
 * versions were stored before. Throws when the data is not a document of a known version.
 */
export function readStoredDocument(value: unknown): MeetingDocument {
  if (typeof value === "object" && value !== null && "schemaVersion" in value) {
    return storedSchema.parse(value).document;
  }
  return meetingDocumentSchema.parse(value);
}
