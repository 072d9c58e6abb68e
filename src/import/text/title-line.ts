import { type DateMatch, findDanishDate } from "../danish-date.ts";

export interface TitleLine {
  committee: string;
  date: DateMatch | null;
  /** True when the document calls itself an agenda (dagsorden) rather than minutes. */
  isAgenda: boolean;
  /** True when the line starts with a document word such as "Referat" or "Dagsorden". */
  hasDocumentWord: boolean;
}

const DOCUMENT_WORD =
  /^(referat|dagsorden|mødereferat|beslutningsreferat|beslutningsprotokol|protokol)(?=$|[\s:,–-])/i;
const LEADING_FILLER = new Set(["af", "for", "fra", "mødet", "møde", "i", ":", "-", "–"]);
const TRAILING_FILLER = new Set(["d.", "d", "den", "af", "fra", "kl.", "kl", ",", "-", "–", ":"]);
const EDGE_PUNCTUATION = " ,:;–-";

function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.includes(text.charAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function cleanCommittee(text: string): string {
  const tokens = text.split(/\s+/).filter((token) => token !== "");
  while (tokens.length > 0 && LEADING_FILLER.has((tokens[0] ?? "").toLowerCase())) tokens.shift();
  while (tokens.length > 0 && TRAILING_FILLER.has((tokens.at(-1) ?? "").toLowerCase())) {
    tokens.pop();
  }
  return trimPunctuation(tokens.join(" "));
}

/** Reads "REFERAT Chefforum d. 25-11-2021", "Dagsorden for Økonomiudvalget den 3. maj 2024" ... */
export function parseTitleLine(line: string): TitleLine {
  const text = line.trim();
  const word = DOCUMENT_WORD.exec(text);
  const rest = word ? text.slice(word[0].length) : text;
  const date = findDanishDate(rest);
  let committee = cleanCommittee(date ? rest.slice(0, date.index) : rest);
  if (committee === "" && date) committee = cleanCommittee(rest.slice(date.index + date.length));
  return {
    committee,
    date: date ? { ...date, index: date.index + (text.length - rest.length) } : null,
    isAgenda: word?.[1]?.toLowerCase() === "dagsorden",
    hasDocumentWord: word !== null,
  };
}
