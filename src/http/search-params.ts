import { z } from "zod";
import type { Purpose } from "../domain/meeting/meeting.types.ts";
import { searchMessages } from "../i18n/da/search.ts";
import { MAX_QUERY_CHARS } from "../search/parse-search-query.ts";
import type { SearchRequest } from "../search/search.types.ts";

const e = searchMessages.errors;

/** Purposes as they read in the address ("formaal=beslutning"). */
export const PURPOSE_PARAMS = {
  orientering: "orientation",
  droeftelse: "discussion",
  beslutning: "decision",
  temadroeftelse: "theme_discussion",
} as const satisfies Record<string, Purpose>;

type PurposeParam = keyof typeof PURPOSE_PARAMS;
const purposeParams = Object.keys(PURPOSE_PARAMS) as [PurposeParam, ...PurposeParam[]];

/** An empty form field means "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/**
 * The query string of /soeg. Fields of the form only; any other parameter is ignored. Each
 * invalid value gets its own Danish message.
 */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .max(MAX_QUERY_CHARS, { error: e.tooLong(MAX_QUERY_CHARS) })
    .default(""),
  udvalg: optional(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: e.committee })),
  aar: optional(
    z
      .string()
      .regex(/^[12][0-9]{3}$/, { error: e.year })
      .transform(Number),
  ),
  formaal: optional(z.enum(purposeParams, { error: e.purpose })),
  journal: optional(z.string().regex(/^[0-9A-Za-zÆØÅæøå.-]{1,40}$/, { error: e.journal })),
  sortering: optional(z.enum(["relevans", "dato"], { error: e.sort })),
  // Past the last page (or the last one shown, MAX_PAGE) is the last page, as in every list.
  side: optional(
    z
      .string()
      .regex(/^[1-9][0-9]{0,8}$/, { error: e.page })
      .transform(Number),
  ),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The search the parameters ask for. */
export function toSearchRequest(params: SearchParams): SearchRequest {
  return {
    query: params.q,
    sort: params.sortering === "dato" ? "date" : "relevance",
    page: params.side ?? 1,
    ...(params.udvalg ? { committee: params.udvalg } : {}),
    ...(params.aar ? { year: params.aar } : {}),
    ...(params.formaal ? { purpose: PURPOSE_PARAMS[params.formaal] } : {}),
    ...(params.journal ? { journal: params.journal } : {}),
  };
}

/** The address of a search: the given parameters with `changes` applied; empty ones left out. */
export function searchHref(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/soeg?${text}` : "/soeg";
}
