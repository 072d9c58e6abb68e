import { webMessages } from "../../i18n/da/web.ts";
import { formatMeetingDate, isoLocal } from "../format-date.ts";

const m = webMessages.meeting;

export interface FactsParticipant {
  name: string;
  title: string | null;
  absent: boolean;
  partial: { status: "arrived_late" | "left_early"; itemNumber: number }[];
}

function label(p: FactsParticipant): string {
  const base = p.title ? `${p.name} (${p.title})` : p.name;
  const notes = p.partial.map((x) => `${m.attendanceNote[x.status]} ${m.underItem(x.itemNumber)}`);
  return notes.length > 0 ? `${base}, ${notes.join(", ")}` : base;
}

/** Date, place, participants and (for minutes) who was absent. */
export function MeetingFacts(props: {
  startsAt: string;
  location: string;
  participants: FactsParticipant[];
  showAbsent: boolean;
}) {
  const present = props.participants.filter((p) => !props.showAbsent || !p.absent);
  const absent = props.showAbsent ? props.participants.filter((p) => p.absent) : [];
  return (
    <dl class="facts">
      <dt>{m.date}</dt>
      <dd>
        <time datetime={isoLocal(props.startsAt)}>{formatMeetingDate(props.startsAt)}</time>
      </dd>
      {props.location ? (
        <>
          <dt>{m.location}</dt>
          <dd>{props.location}</dd>
        </>
      ) : null}
      <dt>{m.participants}</dt>
      <dd>{present.length > 0 ? present.map(label).join(", ") : m.noParticipants}</dd>
      {absent.length > 0 ? (
        <>
          <dt>{m.absent}</dt>
          <dd>{absent.map(label).join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
