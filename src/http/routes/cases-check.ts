import { Hono } from "hono";
import { z } from "zod";
import { loadCase } from "../../domain/case/load-case.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { sanitizeDoc } from "../../domain/richtext/sanitize-doc.ts";
import { checkWriting } from "../../domain/writing/check-writing.ts";
import { addCounts, lixFromCounts } from "../../domain/writing/compute-lix.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { checkView, lixView } from "../../web/components/case-check.tsx";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";
import { caseSpeller, principalOf } from "./cases-shared.tsx";

const count = z.number().int().min(0).max(10_000_000);
const checkInput = z.object({
  key: z.string().max(100),
  doc: z.unknown(),
  /** The other fields' counts as the editor last had them, for the case's LIX. */
  others: z
    .array(z.object({ words: count, sentences: count, longWords: count }))
    .max(100)
    .default([]),
});

/**
 * The live writing check (POST /app/sager/:id/skrivetjek, JSON, CSRF header): one field's
 * document in, its LIX with the scale word, unknown words and accessibility findings out,
 * with the case's LIX from this field and the others' counts. Suggestions are left out to
 * keep it fast; the document is sanitised first, as a save would.
 */
export const caseCheckRoutes = new Hono<AppEnv>().post("/sager/:id/skrivetjek", async (c) => {
  const id = parseId(c.req.param("id"));
  if (id === null) return c.json({ error: caseMessages.notFound }, 404);
  const { db } = c.get("deps");
  const principal = principalOf(c);
  try {
    // Only someone who may read the case may check it; asked before the input is looked at.
    await loadCase(db, principal, id);
  } catch (error) {
    if (error instanceof DomainError) return c.json({ error: error.message }, error.status);
    throw error;
  }
  const body = await c.req.json().catch(() => null);
  const parsed = checkInput.safeParse(body);
  if (!parsed.success) return c.json({ error: caseMessages.invalidInput("input") }, 400);
  const clean = sanitizeDoc(parsed.data.doc, parsed.data.key);
  if (!clean.ok) return c.json({ error: clean.message }, 400);
  const result = checkWriting(clean.doc, await caseSpeller(), { suggestions: false });
  const field = result.fields[0];
  if (!field) return c.json({ error: caseMessages.invalidInput("doc") }, 400);
  const caseLix = lixFromCounts(addCounts([field.lix, ...parsed.data.others]));
  return c.json({ field: checkView(field), caseLix: lixView(caseLix) });
});
