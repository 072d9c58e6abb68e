import type { MeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingModeAttendance } from "../components/meeting-mode-attendance.tsx";
import { type DecisionClash, MeetingModeItem } from "../components/meeting-mode-item.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.hold;

/**
 * Meeting mode for the minute taker (/app/moeder/:id/afvikling): attendance, then every item
 * with its decision and record, then finishing the meeting. Plain forms (post/redirect/get).
 */
export function MeetingModePage(props: {
  view: MeetingModeView;
  viewer: Viewer;
  error?: { message: string; itemId: number | null } | null;
  clash?: DecisionClash | null;
}) {
  const { view, viewer } = props;
  const { meeting } = view;
  const token = viewer?.csrfToken ?? "";
  const title = m.title(meeting.committee.name, formatShortDate(meeting.startsAt));
  const base = `/app/moeder/${meeting.id}`;
  return (
    <Layout title={title} viewer={viewer} scripts={["unsaved-changes"]}>
      <h1>{title}</h1>
      <p>
        <span class="tag">{webMessages.status[meeting.status]}</span>
      </p>
      <nav class="hold-links" aria-label={m.navLabel}>
        <ul>
          <li>
            <a href={base}>{m.back}</a>
          </li>
          <li>
            <a href={`${base}/live`}>{m.live}</a>
          </li>
          <li>
            <a href={`${base}/referat`}>{m.minutes}</a>
          </li>
        </ul>
      </nav>
      {props.error ? (
        <div class="error-summary" role="alert">
          <h2>{m.errorTitle}</h2>
          <p>{props.error.message}</p>
          {props.error.itemId ? (
            <p>
              <a href={`#afvikling-punkt-${props.error.itemId}`}>
                {meeting.items.find((i) => i.id === props.error?.itemId)?.title}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <p class="lead">{m.intro}</p>
      {view.recordable ? null : (
        <p class="notice">
          {meeting.status === "minutes_approved" ? minutesMessages.minutes.lockedNote : m.locked}
        </p>
      )}
      <nav aria-label={m.jumpToItem}>
        <ul class="agenda-links-list hold-jump">
          <li>
            <a href="#fremmoede">{m.attendanceLink}</a>
          </li>
          {meeting.items.map((item) => (
            <li>
              <a href={`#afvikling-punkt-${item.id}`}>{m.itemLink(item.number)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <MeetingModeAttendance meeting={meeting} csrfToken={token} editable={view.recordable} />
      <h2>{m.itemsHeading}</h2>
      {meeting.items.map((item) => (
        <MeetingModeItem
          view={view}
          item={item}
          csrfToken={token}
          clash={props.clash?.itemId === item.id ? props.clash : null}
        />
      ))}
      {meeting.status === "agenda_published" ? (
        <section aria-labelledby="afslut">
          <h2 id="afslut">{m.finishHeading}</h2>
          <p>{m.finishIntro}</p>
          <form method="post" action={`${base}/afvikling/afslut`}>
            <input type="hidden" name="_csrf" value={token} />
            <button class="button" type="submit">
              {m.finish}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
