import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { attachments } from "./attachment.ts";
import { users } from "./user.ts";

/** Who reads an annotation besides its author: nobody, or the committee's readers of the bilag. */
export const annotationVisibilityEnum = pgEnum("annotation_visibility", ["private", "committee"]);

/** A highlighted passage's boxes on its page, each as fractions (0..1) of the page's size. */
export interface AnnotationRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A member's highlight with a note on a bilag (PDF). The id is made by the browser, so a save
 * repeated after a lost answer or from the offline outbox writes the same row. Deleting keeps the
 * row marked `deleted`, so a late repeat of the save cannot bring it back. Never public.
 */
export const bilagAnnotations = pgTable(
  "bilag_annotations",
  {
    id: uuid().primaryKey(),
    attachmentId: integer()
      .notNull()
      .references(() => attachments.id, { onDelete: "cascade" }),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** 1-based page number. */
    page: integer().notNull(),
    quote: text().notNull(),
    rects: jsonb().$type<AnnotationRect[]>().notNull(),
    note: text().notNull().default(""),
    visibility: annotationVisibilityEnum().notNull().default("private"),
    deleted: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bilag_annotations_attachment_idx").on(t.attachmentId, t.page)],
);
