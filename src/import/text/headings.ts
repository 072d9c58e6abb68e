/**
 * "prose": free text that may contain its own sub-headings; "field": a template field;
 * "weak": a word that is a field in some templates but a sub-heading inside prose in others;
 * "decision" and "attachments" are Beslutning and Bilag; "closure_reason" and "open_decision"
 * are the public fields of a closed item.
 */
export type HeadingKind =
  | "prose"
  | "field"
  | "weak"
  | "decision"
  | "attachments"
  | "closure_reason"
  | "open_decision";

export interface HeadingMatch {
  /** The heading as written, without surrounding bold markers. */
  heading: string;
  kind: HeadingKind;
}

const EXACT = new Map<string, HeadingKind>([
  ["anledning", "prose"],
  ["baggrund", "prose"],
  ["resumé", "prose"],
  ["resume", "prose"],
  ["sagsresumé", "prose"],
  ["sagsresume", "prose"],
  ["sammenfatning", "prose"],
  ["sagsfremstilling", "prose"],
  ["sagsbeskrivelse", "prose"],
  ["supplerende sagsfremstilling", "prose"],
  ["uddybende sagsfremstilling", "prose"],
  ["indstilling", "field"],
  ["indstillinger", "field"],
  ["kommunens vision og politikker", "field"],
  ["vision og politikker", "field"],
  ["økonomi", "field"],
  ["økonomiske konsekvenser", "field"],
  ["økonomi og finansiering", "field"],
  ["bevillingsmæssige konsekvenser", "field"],
  ["personalemæssige konsekvenser", "field"],
  ["lovgrundlag", "field"],
  ["retsgrundlag", "field"],
  ["lovgivning", "field"],
  ["hjemmel", "field"],
  ["borgerperspektiv", "field"],
  ["historik", "field"],
  ["tidligere beslutninger", "field"],
  ["bemærkninger", "field"],
  ["høringssvar", "field"],
  ["miljøvurdering", "field"],
  ["begrundelse for lukning", "closure_reason"],
  ["begrundelse for lukket punkt", "closure_reason"],
  ["lukningsbegrundelse", "closure_reason"],
  ["åben beslutning", "open_decision"],
  ["offentlig beslutning", "open_decision"],
  ["høring", "weak"],
  ["kommunikation", "weak"],
  ["tidsplan", "weak"],
  ["beslutning", "decision"],
  ["beslutninger", "decision"],
  ["bilag", "attachments"],
  ["bilagsliste", "attachments"],
  ["bilagsoversigt", "attachments"],
  ["bilagsfortegnelse", "attachments"],
  ["vedlagte bilag", "attachments"],
]);

/** "Beslutning i Økonomiudvalget den 12. marts 2025", "Beslutning den 25-11-2021" ... */
const DECISION_IN = /^beslutning(?:er)?\s(?:i|på|fra|den|d\.)\s/;
/** "Forvaltningens indstilling", "Indstilling fra direktionen" ... */
const RECOMMENDATION_BY = /^(?:\p{L}+s indstilling|indstilling (?:fra|til) \p{L}.*)$/u;

function normalise(line: string): string {
  let text = line.trim();
  if (text.length > 4 && text.startsWith("**") && text.endsWith("**")) text = text.slice(2, -2);
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The section heading a line states, or null. A heading is a whole line; a trailing colon
 * or full stop makes it text ("Beslutning:" is a label inside prose, not a new section).
 */
export function matchHeading(line: string): HeadingMatch | null {
  if (line.length > 120) return null;
  const heading = normalise(line);
  if (heading.length === 0 || heading.length > 90) return null;
  const lower = heading.toLowerCase();
  // "Bilag:" still heads the attachment list; any other label with a colon is text.
  if (/^bilag\s*:$/.test(lower))
    return { heading: heading.slice(0, -1).trimEnd(), kind: "attachments" };
  if (/[.:,;!?]$/.test(heading)) return null;
  const kind = EXACT.get(lower);
  if (kind) return { heading, kind };
  if (DECISION_IN.test(lower)) return { heading, kind: "decision" };
  if (RECOMMENDATION_BY.test(lower) && heading.length <= 60) return { heading, kind: "field" };
  return null;
}
