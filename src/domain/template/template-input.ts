import { z } from "zod";
import { caseMessages } from "../../i18n/da/case.ts";
import { DomainError } from "../domain-error.ts";

const m = caseMessages.template;
export const MAX_TEMPLATE_FIELDS = 40;
const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

const fieldInput = z.object({
  key: z.string().max(200),
  label: z.string().max(100),
  guidance: z.string().max(2000).default(""),
  example: z.string().max(5000).default(""),
  required: z.boolean().default(false),
  public: z.boolean().default(true),
  kind: z.enum(["text", "recommendations"]).default("text"),
});

export const updateTemplateInput = z.object({
  committeeId: z.number(),
  name: z.string().max(200).optional(),
  /** The fields in the order they are to appear. */
  fields: z.array(fieldInput).max(1000),
});

export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;
export type TemplateFieldValues = z.output<typeof fieldInput>;

/** Checks and normalises a template edit; every problem a Danish DomainError. */
export function parseTemplateInput(input: unknown) {
  const parsed = updateTemplateInput.safeParse(input);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join(".") || "input";
    throw new DomainError("invalid", caseMessages.invalidInput(path));
  }
  const { committeeId, name } = parsed.data;
  const fields = parsed.data.fields.map((f) => ({
    ...f,
    key: f.key.trim(),
    label: f.label.replace(/\s+/g, " ").trim(),
    guidance: f.guidance.trim(),
    example: f.example.trim(),
  }));
  if (fields.length === 0) throw new DomainError("invalid", m.noFields);
  if (fields.length > MAX_TEMPLATE_FIELDS) {
    throw new DomainError("invalid", m.tooManyFields(MAX_TEMPLATE_FIELDS));
  }
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (!KEY.test(f.key)) throw new DomainError("invalid", m.keyInvalid(f.key));
    if (seen.has(f.key)) throw new DomainError("invalid", m.keyDuplicate(f.key));
    seen.add(f.key);
    if (!f.label) throw new DomainError("invalid", m.labelMissing(i + 1));
  });
  if (fields.filter((f) => f.kind === "recommendations").length > 1) {
    throw new DomainError("invalid", m.oneRecommendationField);
  }
  return { committeeId, name: name?.trim() || undefined, fields };
}
