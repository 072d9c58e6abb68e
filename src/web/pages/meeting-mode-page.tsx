import { beforeMeetingDay } from "../../domain/meeting/copenhagen-time.ts";
import { inPhase } from "../../domain/meeting/meeting-lifecycle.ts";
import type { MeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import { recordingRefusal } from "../../domain/meeting-mode/meeting-mode.policy.ts";
import { itemsWithoutDecision } from "../../domain/minutes/items-without-decision.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { HeldEarlyCheck } from "../components/held-early-check.tsx";
import { MeetingModeAgenda, MeetingModeRoom } from "../components/meeting-mode-agenda.tsx";
import { MeetingModeAttendance } from "../components/meeting-mode-attendance.tsx";
import { type DecisionClash, MeetingModeItem } from "../components/meeting-mode-item.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.hold;

/**
 * Meeting mode for the minute taker (/app/moeder/:id/afvikling): the agenda on the left, the
 * attendance and every item on the right. Plain forms work without JavaScript (the page lists
 * every pane, post/redirect/get); the meeting-mode script shows one pane at a time and saves
 * every form in the background (see src/web/client/meeting-mode.ts).
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
  const steerable = view.recordable && meeting.status === "agenda_published";
  const missing = itemsWithoutDecision(meeting.items);
  return (
    <Layout title={title} viewer={viewer} scripts={["meeting-mode"]}>
      <div
        id="hold-app"
        data-meeting={String(meeting.id)}
        data-messages={JSON.stringify(meetingModeMessages.save)}
      >
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
              <a href={`${base}/referat`}>
                {inPhase("open", meeting.status) ? m.draftMinutes : m.minutes}
              </a>
            </li>
          </ul>
        </nav>
        {props.error ? (
          <ErrorSummary title={m.errorTitle} messages={[props.error.message]}>
            {props.error.itemId ? (
              <p>
                <a href={`#afvikling-punkt-${props.error.itemId}`}>
                  {meeting.items.find((i) => i.id === props.error?.itemId)?.title}
                </a>
              </p>
            ) : null}
          </ErrorSummary>
        ) : null}
        {meeting.status === "held" && view.recordable ? (
          <OutcomeNotice block id="afholdt">
            <p>{m.held}</p>
            <p>
              <a href={`${base}/referat`}>{m.heldLink}</a>
            </p>
          </OutcomeNotice>
        ) : null}
        {view.recordable ? null : (
          // Why the record cannot be changed here: the agenda not out yet, or the minutes out.
          <p class="notice">{recordingRefusal(meeting.status)?.message}</p>
        )}
        <div class="hold-bar">
          <MeetingModeRoom meeting={meeting} token={token} steerable={steerable} />
          <p id="hold-save-status" class="hold-save-status" role="status" aria-live="polite" />
        </div>
        <div class="hold-panes">
          <MeetingModeAgenda meeting={meeting} />
          <div class="hold-main">
            <p class="lead hold-intro">{m.intro}</p>
            <MeetingModeAttendance view={view} csrfToken={token} editable={view.recordable} />
            <h2 class="hold-items-heading">{m.itemsHeading}</h2>
            {meeting.items.map((item) => (
              <MeetingModeItem
                view={view}
                item={item}
                csrfToken={token}
                steerable={steerable}
                clash={props.clash?.itemId === item.id ? props.clash : null}
              />
            ))}
            {meeting.status === "agenda_published" ? (
              <section aria-labelledby="afslut" class="hold-finish">
                <h2 id="afslut">{m.finishHeading}</h2>
                <p>{m.finishIntro}</p>
                {beforeMeetingDay(meeting.startsAt) ? (
                  <p class="notice" id="afslut-foer-tid">
                    {m.finishEarly(formatShortDate(meeting.startsAt))}
                  </p>
                ) : null}
                <div id="afslut-mangler" data-live>
                  {missing.length > 0 ? <p class="notice">{m.finishMissing(missing)}</p> : null}
                </div>
                <form method="post" action={`${base}/afvikling/afslut`} data-after="all">
                  <input type="hidden" name="_csrf" value={token} />
                  {beforeMeetingDay(meeting.startsAt) ? (
                    <HeldEarlyCheck label={m.finishEarlyConfirm} note="afslut-foer-tid" />
                  ) : null}
                  <button class="button" type="submit">
                    {m.finish}
                  </button>
                </form>
              </section>
            ) : null}
          </div>
        </div>
      </div>
    </Layout>
  );
}
