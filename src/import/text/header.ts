import { importMessages } from "../../i18n/da/import.ts";
import { findDanishDate, findStartTime } from "../danish-date.ts";
import type { Participant } from "../model.ts";
import { type HeaderField, matchHeaderLabel } from "./header-labels.ts";
import { parseParticipants } from "./participants.ts";
import { parseTitleLine, type TitleLine } from "./title-line.ts";

const messages = importMessages.documentWarnings;

export interface ParsedHeader {
  committee: string;
  /** YYYY-MM-DD, or null when neither the date line nor the title states a date. */
  date: string | null;
  startTime: string | null;
  location: string;
  participants: Participant[];
  absent: Participant[];
  isAgenda: boolean;
  warnings: string[];
}

/** "Referent: Eva Holm": an unknown label, so not the continuation of the line before. */
const OTHER_LABEL = /^[\p{L} .]{2,30}:\s/u;

interface Entry {
  field: HeaderField;
  lines: string[];
}

interface Scan {
  entries: Entry[];
  /** Lines without a label, in document order, with whether a label came before them. */
  unlabelled: { line: string; afterLabel: boolean }[];
}

function scan(lines: readonly string[]): Scan {
  const entries: Entry[] = [];
  const unlabelled: Scan["unlabelled"] = [];
  let open: Entry | null = null;
  let awaitingValue: Entry | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      open = null;
      continue;
    }
    const label = matchHeaderLabel(line);
    if (label) {
      open = { field: label.field, lines: label.value === "" ? [] : [label.value] };
      awaitingValue = label.value === "" ? open : null;
      entries.push(open);
    } else if ((open || awaitingValue) && !OTHER_LABEL.test(line)) {
      (open ?? awaitingValue)?.lines.push(line);
      awaitingValue = null;
    } else {
      open = null;
      awaitingValue = null;
      unlabelled.push({ line, afterLabel: entries.length > 0 });
    }
  }
  return { entries, unlabelled };
}

function valuesOf(entries: Entry[], field: HeaderField): string[][] {
  return entries.filter((entry) => entry.field === field).map((entry) => entry.lines);
}

function pickTitle(unlabelled: Scan["unlabelled"]): { title: TitleLine; index: number } | null {
  const parsed = unlabelled.map((u) => parseTitleLine(u.line));
  const index = parsed.findIndex((title) => title.hasDocumentWord);
  if (index >= 0) return { title: parsed[index] as TitleLine, index };
  return parsed[0] ? { title: parsed[0], index: 0 } : null;
}

/** Reads the meeting header: title line, Mødedato, Mødested, Mødedeltagere, Afbud ... */
export function parseHeader(lines: readonly string[]): ParsedHeader {
  const { entries, unlabelled } = scan(lines);
  const warnings: string[] = [];
  const picked = pickTitle(unlabelled);
  const used = new Set<number>(picked ? [picked.index] : []);

  let committee = picked?.title.committee ?? "";
  const labelledCommittee = valuesOf(entries, "committee").flat().join(" ").trim();
  if (committee === "") committee = labelledCommittee;
  const next = picked ? unlabelled[picked.index + 1] : undefined;
  if (committee === "" && next && !next.afterLabel) {
    committee = next.line;
    used.add((picked?.index ?? 0) + 1);
  }
  if (committee === "") warnings.push(messages.missingCommittee);

  const dateTexts = valuesOf(entries, "date").map((value) => value.join(" "));
  const meetingDate = dateTexts.map(findDanishDate).find((date) => date !== null) ?? null;
  const titleDate = picked?.title.date ?? null;
  if (!meetingDate && titleDate) warnings.push(messages.dateFromTitle);
  if (meetingDate && titleDate && meetingDate.iso !== titleDate.iso) {
    warnings.push(messages.dateMismatch(meetingDate.iso, titleDate.iso));
  }

  const timeTexts = [...valuesOf(entries, "time").map((value) => value.join(" ")), ...dateTexts];
  const startTime = timeTexts.map(findStartTime).find((time) => time !== null) ?? null;

  const location = valuesOf(entries, "location").flat().join(" ").trim();
  if (location === "") warnings.push(messages.missingLocation);

  unlabelled.forEach((u, index) => {
    if (!used.has(index)) warnings.push(messages.unknownHeaderLine(u.line));
  });

  return {
    committee,
    date: meetingDate?.iso ?? titleDate?.iso ?? null,
    startTime: startTime ?? (picked ? findStartTime(unlabelled[picked.index]?.line ?? "") : null),
    location,
    participants: valuesOf(entries, "participants").flatMap(parseParticipants),
    absent: valuesOf(entries, "absent").flatMap(parseParticipants),
    isAgenda: picked?.title.isAgenda ?? false,
    warnings,
  };
}
