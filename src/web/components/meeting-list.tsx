import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatMeetingDate, isoLocal } from "../format-date.ts";

/** Meetings as links; staff lists show the status, public lists whether agenda or minutes. */
export function MeetingList(props: {
  meetings: MeetingSummary[];
  hrefBase: string;
  staff: boolean;
}) {
  return (
    <ul class="meeting-list">
      {props.meetings.map((meeting) => {
        const kind = publicationKind(meeting);
        const tag = props.staff
          ? webMessages.status[meeting.status]
          : kind === "agenda"
            ? webMessages.meeting.kindAgenda
            : webMessages.meeting.kindMinutes;
        return (
          <li>
            <a href={`${props.hrefBase}${meeting.id}`}>
              <time datetime={isoLocal(meeting.startsAt)}>
                {formatMeetingDate(meeting.startsAt)}
              </time>
            </a>
            <span class="tag">{tag}</span>
          </li>
        );
      })}
    </ul>
  );
}
