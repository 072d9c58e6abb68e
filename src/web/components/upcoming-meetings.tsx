import type { UpcomingMeeting } from "../../domain/publication/list-upcoming-meetings.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { formatMeetingDate, isoLocal } from "../format-date.ts";
import { meetingHref } from "../portal-urls.ts";

const m = portalMessages.committee;

/** The public meeting calendar: date and place; the agenda's link once it is published. */
export function UpcomingMeetings(props: { meetings: UpcomingMeeting[] }) {
  if (props.meetings.length === 0) return null;
  return (
    <section aria-labelledby="kommende-moeder">
      <h2 id="kommende-moeder">{m.upcoming}</h2>
      <p class="muted">{m.upcomingIntro}</p>
      <ul class="meeting-list">
        {props.meetings.map((meeting) => (
          <li>
            <span>
              <time datetime={isoLocal(meeting.startsAt)}>
                {formatMeetingDate(meeting.startsAt)}
              </time>
              {meeting.location ? <span class="muted">, {meeting.location}</span> : null}
            </span>
            {meeting.agendaPublic ? (
              <a href={meetingHref(meeting.id)}>{m.agendaLink}</a>
            ) : (
              <span class="muted">{m.agendaNotYet}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
