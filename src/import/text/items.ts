import { importMessages } from "../../i18n/da/import.ts";
import { joinWrapped } from "../join-wrapped.ts";
import { journalNumberFromLine } from "../journal-number.ts";
import type { ParsedItem, Section } from "../model.ts";
import { slotMinutes, splitTitleTiming } from "../time-slot.ts";
import { isClosedPlaceholder, splitClosedMarker } from "./closure.ts";
import { matchHeading } from "./headings.ts";
import type { ItemStart } from "./item-starts.ts";
import { attachmentNames, splitSections } from "./sections.ts";

const messages = importMessages.itemWarnings;

export interface ItemOptions {
  /** Agendas have no decisions yet, so a missing Beslutning is not worth a warning. */
  expectDecision: boolean;
}

/** Takes the journal number from the first line of the body that holds one, before any text. */
function takeJournalNumber(body: string[]): string | null {
  const index = body.findIndex((line) => line.trim() !== "");
  if (index < 0) return null;
  const journalNumber = journalNumberFromLine(body[index] ?? "");
  if (journalNumber) body.splice(index, 1);
  return journalNumber;
}

/**
 * The rest of a title that wrapped onto the next line(s). Directly below the title it is any
 * text up to a blank line; after a blank line (a PDF may space a wrapped heading like a new
 * paragraph) only short lines that the journal number follows.
 */
function takeTitleContinuation(body: string[]): string[] {
  const parts: string[] = [];
  const isText = (line: string) =>
    line !== "" && !journalNumberFromLine(line) && !matchHeading(line);
  while (body.length > 0 && isText((body[0] ?? "").trim())) {
    parts.push((body.shift() ?? "").trim());
  }
  const rest = body.findIndex((line) => line.trim() !== "");
  const next = (body[rest] ?? "").trim();
  const after = body.slice(rest + 1).find((line) => line.trim() !== "") ?? "";
  if (rest >= 0 && isText(next) && next.length <= 60 && journalNumberFromLine(after.trim())) {
    parts.push(next);
    body.splice(0, rest + 1);
  }
  return parts;
}

/** Parses one agenda item from its "Punkt N:" line and the lines up to the next item. */
export function parseItem(
  start: ItemStart,
  body: readonly string[],
  options: ItemOptions,
): ParsedItem {
  const warnings: string[] = [];
  const lines = [...body];
  const rawTitle = takeTitleContinuation(lines).reduce(joinWrapped, start.rawTitle.trim());
  const timing = splitTitleTiming(rawTitle);
  const { timeSlot, durationMinutes: titleMinutes } = timing;
  const marker = splitClosedMarker(timing.title);
  const title = marker.title;
  if (title === "") warnings.push(messages.emptyTitle);

  const journalNumber = takeJournalNumber(lines);
  if (!journalNumber) warnings.push(messages.missingJournalNumber);

  const { sections: raw, estimateMinutes } = splitSections(lines);
  const sections: Section[] = raw.map((section) => ({
    heading: section.kind === "preamble" ? importMessages.untitledSectionHeading : section.heading,
    text: section.text,
  }));
  if (raw[0]?.kind === "preamble") {
    warnings.push(messages.textBeforeFirstHeading(importMessages.untitledSectionHeading));
  }
  for (const section of raw) {
    if (section.text === "") warnings.push(messages.emptySection(section.heading));
  }

  // An item decided in several committees lists each decision; the last is this meeting's.
  const decisionSection = raw.findLast((section) => section.kind === "decision");
  const decision = decisionSection && decisionSection.text !== "" ? decisionSection.text : null;
  if (!decisionSection && options.expectDecision) warnings.push(messages.missingDecision);

  const textOf = (kind: string) => raw.find((section) => section.kind === kind)?.text || null;
  const closureReason = textOf("closure_reason");
  const openDecision = textOf("open_decision");
  const closed =
    marker.closed ||
    closureReason !== null ||
    raw.some((section) => section.kind !== "attachments" && isClosedPlaceholder(section.text));

  const attachments = raw
    .filter((section) => section.kind === "attachments")
    .flatMap((section) => attachmentNames(section.text));

  return {
    number: start.number,
    title,
    timeSlot,
    durationMinutes: titleMinutes ?? estimateMinutes ?? (timeSlot ? slotMinutes(timeSlot) : null),
    journalNumber,
    sections,
    decision,
    attachments,
    closed,
    closureReason,
    openDecision,
    warnings,
  };
}
