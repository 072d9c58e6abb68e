import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { formatCaseTime } from "../../web/components/case-time.ts";
import { isPending, pendingCorrections } from "../agenda/pending-corrections.ts";
import type {
  AgendaCorrectionKind,
  AgendaCorrectionView,
  FullMeeting,
} from "../meeting/meeting.types.ts";
import type { PublicCorrection, PublicMeeting } from "../publication/publication.policy.ts";
import type { DocumentCorrections } from "./document.ts";

const d = agendaCorrectionMessages.document;

function corrections(lines: string[], sentAt: (Date | null)[]): DocumentCorrections | undefined {
  if (lines.length === 0) return undefined;
  const last = sentAt.filter((x): x is Date => x !== null).sort((a, b) => +b - +a)[0];
  return { heading: d.heading, note: d.note(last ? formatCaseTime(last) : null), lines };
}

/** A new number of a sent item, or (merged) of a run of items shifted alike. */
interface Move {
  from: number;
  to: number;
  title: string;
  count: number;
  at: Date;
  sent: boolean;
  /** The item that took this one's place as this took its: the two swapped. */
  swappedWith?: { from: number; title: string };
}

/** A line, or a move to merge with its neighbours; `at` orders them (null: time not known). */
type Entry = ({ move: Move } | { line: string }) & { at: Date | null };

/**
 * Lines in the order things happened (those whose time is not known first), with each run of
 * moves that shifted neighbouring items by the same step (an item placed above them) as one
 * line: »Punkt 1–6 har fået nye numre og er nu punkt 2–7«, and two items that swapped places
 * as one: »Punkt 2 »A« og punkt 3 »B« har byttet plads«.
 */
function render(entries: Entry[]): string[] {
  const merged: Entry[] = [];
  const ordered = [...entries].sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  for (const entry of ordered) {
    const last = merged.at(-1);
    if ("move" in entry && last && "move" in last) {
      const a = last.move;
      const b = entry.move;
      const swap = a.count === 1 && !a.swappedWith && b.from === a.to && b.to === a.from;
      if (b.sent === a.sent && swap) {
        a.swappedWith = { from: b.from, title: b.title };
        if (b.at > a.at) a.at = b.at;
        continue;
      }
      if (
        b.sent === a.sent &&
        !a.swappedWith &&
        b.from === a.from + a.count &&
        b.to - b.from === a.to - a.from
      ) {
        a.count++;
        if (b.at > a.at) a.at = b.at;
        continue;
      }
    }
    merged.push("move" in entry ? { move: { ...entry.move }, at: entry.at } : entry);
  }
  return merged.map((entry) => {
    if ("line" in entry) return entry.line;
    const { from, to, title, count, at, sent, swappedWith: other } = entry.move;
    const what = other
      ? from < other.from
        ? d.swapped(from, title, other.from, other.title)
        : d.swapped(other.from, other.title, from, title)
      : count === 1
        ? d.moved(from, to, title)
        : d.shifted(from, from + count - 1, to, to + count - 1);
    return d.line(what, formatCaseTime(at), null, !sent);
  });
}

/** What happened to the item as a whole, when it was withdrawn, closed or opened. */
function itemChange(kind: AgendaCorrectionKind, n: number, title: string): string | null {
  if (kind === "withdrawn") return d.withdrawn(n, title);
  if (kind === "closed") return d.closed(n, title);
  if (kind === "opened") return d.opened(n, title);
  return null;
}

/**
 * A public line says what changed and when, never whether the members have been sent it yet:
 * the public page shows the change at once, and »ikke udsendt endnu« is the secretary's word.
 */
function publicEntry(x: PublicCorrection): Entry {
  if (x.kind === "moved" && x.at !== null) {
    const from = x.previousNumber ?? x.number;
    const move = { from, to: x.number, title: x.title, count: 1, at: x.at, sent: true };
    return { move, at: x.at };
  }
  if (x.kind === "added" || x.at === null) return addedEntry(x.number, x.title, x.at);
  const what =
    itemChange(x.kind, x.number, x.title) ??
    (x.kind === "title" ? d.title(x.number) : d.caseText(x.number, x.fieldLabels));
  return { line: d.line(what, formatCaseTime(x.at), x.reason), at: x.at };
}

/** An item that went out with a supplement, with the supplement's time when it is known. */
function addedEntry(n: number, title: string, at: Date | null): Entry {
  return {
    line: at ? d.line(d.added(n, title), formatCaseTime(at), null) : `${d.added(n, title)}.`,
    at,
  };
}

/** The »Rettelser« of a public agenda: what changed after it went out, without earlier wording. */
export function publicCorrectionsOf(view: PublicMeeting): DocumentCorrections | undefined {
  const list = view.corrections ?? [];
  return corrections(
    render(list.map(publicEntry)),
    list.map((x) => x.sentAt),
  );
}

/** Lines of `list` for staff; an unsent one is marked so when `markUnsent`. */
function staffEntries(
  meeting: FullMeeting,
  list: readonly AgendaCorrectionView[],
  markUnsent: boolean,
): Entry[] {
  const items = new Map(meeting.items.map((i) => [i.id, i]));
  return list.flatMap((x): Entry[] => {
    const item = items.get(x.itemId);
    if (!item) return [];
    const sent = !markUnsent || !isPending(x);
    if (x.kind === "moved") {
      const from = x.previousNumber ?? item.number;
      const to = x.newNumber ?? item.number;
      return [{ move: { from, to, title: item.title, count: 1, at: x.at, sent }, at: x.at }];
    }
    const what =
      itemChange(x.kind, item.number, item.title) ??
      (x.kind === "title"
        ? d.titleStaff(item.number, x.previousTitle ?? "", x.newTitle ?? "")
        : d.caseText(item.number, x.fieldLabels));
    return [{ line: d.line(what, formatCaseTime(x.at), x.reason, !sent), at: x.at }];
  });
}

/**
 * The »Rettelser« of an agenda for staff and members: every change with its reason, a corrected
 * title with its earlier wording, and the items that went out as a supplement.
 */
export function internalCorrectionsOf(meeting: FullMeeting): DocumentCorrections | undefined {
  const added: Entry[] = meeting.items
    .filter((i) => i.sent && (i.publishedInVersion ?? 0) > 1)
    .map((i) => addedEntry(i.number, i.title, i.sentAt ?? null));
  const list = meeting.corrections ?? [];
  return corrections(
    render([...added, ...staffEntries(meeting, list, true)]),
    list.map((x) => x.sentAt),
  );
}

/** The corrections the next sending carries, as the secretary sees them before it goes out. */
export function pendingCorrectionLines(meeting: FullMeeting): string[] {
  return render(staffEntries(meeting, pendingCorrections(meeting), false));
}
