import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { formatCaseTime } from "../../web/components/case-time.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import type { PublicCorrection, PublicMeeting } from "../publication/publication.policy.ts";
import type { DocumentCorrections } from "./document.ts";

const d = agendaCorrectionMessages.document;

function corrections(lines: string[], sentAt: (Date | null)[]): DocumentCorrections | undefined {
  if (lines.length === 0) return undefined;
  const last = sentAt.filter((x): x is Date => x !== null).sort((a, b) => +b - +a)[0];
  return { heading: d.heading, note: d.note(last ? formatCaseTime(last) : null), lines };
}

function publicLine(x: PublicCorrection): string {
  if (x.kind === "added" || x.at === null) return d.added(x.number);
  const what =
    x.kind === "withdrawn"
      ? d.withdrawn(x.number)
      : x.kind === "title"
        ? d.title(x.number)
        : x.kind === "moved"
          ? d.moved(x.previousNumber ?? x.number, x.number)
          : d.caseText(x.number, x.fieldLabels);
  const line = d.line(what, formatCaseTime(x.at), x.reason);
  return x.sent ? line : `${line} ${d.notSent}`;
}

/** The »Rettelser« of a public agenda: what changed after it went out, without earlier wording. */
export function publicCorrectionsOf(view: PublicMeeting): DocumentCorrections | undefined {
  const list = view.corrections ?? [];
  return corrections(
    list.map(publicLine),
    list.map((x) => x.sentAt),
  );
}

/**
 * The »Rettelser« of an agenda for staff and members: every change with its reason, a corrected
 * title with its earlier wording, and the items that went out as a supplement.
 */
export function internalCorrectionsOf(meeting: FullMeeting): DocumentCorrections | undefined {
  const items = new Map(meeting.items.map((i) => [i.id, i]));
  const added = meeting.items
    .filter((i) => i.sent && (i.publishedInVersion ?? 0) > 1)
    .map((i) => d.added(i.number));
  const changes = (meeting.corrections ?? []).flatMap((x) => {
    const item = items.get(x.itemId);
    if (!item) return [];
    const what =
      x.kind === "withdrawn"
        ? d.withdrawn(item.number)
        : x.kind === "title"
          ? d.titleStaff(item.number, x.previousTitle ?? "", x.newTitle ?? "")
          : x.kind === "moved"
            ? d.moved(x.previousNumber ?? item.number, x.newNumber ?? item.number)
            : d.caseText(item.number, x.fieldLabels);
    const line = d.line(what, formatCaseTime(x.at), x.reason);
    return [x.sentInVersion === null ? `${line} ${d.notSent}` : line];
  });
  return corrections(
    [...added, ...changes],
    (meeting.corrections ?? []).map((x) => x.sentAt),
  );
}
