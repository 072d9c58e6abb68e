import { z } from "zod";
import { annotationMessages } from "../../i18n/da/annotation.ts";

export const MAX_ANNOTATION_NOTE = 10_000;
export const MAX_ANNOTATION_QUOTE = 5_000;

const fraction = z.number().finite().min(0).max(1);

/** What the browser sends to save an annotation (its id is made there: a repeat is harmless). */
export const annotationInputSchema = z.object({
  id: z.uuid(),
  page: z.number().int().min(1).max(100_000),
  quote: z.string().trim().min(1).max(MAX_ANNOTATION_QUOTE),
  rects: z
    .array(z.object({ x: fraction, y: fraction, w: fraction, h: fraction }))
    .min(1)
    .max(500),
  note: z
    .string()
    .max(MAX_ANNOTATION_NOTE, annotationMessages.errors.noteTooLong(MAX_ANNOTATION_NOTE))
    .transform((s) => s.replace(/\r\n/g, "\n").trim()),
  visibility: z.enum(["private", "committee"]),
});

export type AnnotationInput = z.infer<typeof annotationInputSchema>;
