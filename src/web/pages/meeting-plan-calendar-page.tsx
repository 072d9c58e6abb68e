import { agendaMessages } from "../../i18n/da/agenda.ts";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const f = agendaMessages.feed;

/** The user's private calendar link: make one (or a new one); a new link is shown once. */
export function MeetingPlanCalendarPage(props: {
  viewer: Viewer;
  hasToken: boolean;
  /** The full URL of a link just made. */
  newUrl?: string | null;
}) {
  return (
    <Layout title={f.title} viewer={props.viewer}>
      <h1>{f.title}</h1>
      <p class="lead">{f.intro}</p>
      {props.newUrl ? (
        <OutcomeNotice block>
          <p>{f.created}</p>
          <label for="kalenderlink">{f.linkLabel}</label>
          <input
            id="kalenderlink"
            type="text"
            readonly
            value={props.newUrl}
            class="calendar-link"
          />
        </OutcomeNotice>
      ) : (
        <p>{props.hasToken ? f.exists : f.none}</p>
      )}
      <form method="post" action="/app/kalender">
        <input type="hidden" name="_csrf" value={props.viewer?.csrfToken ?? ""} />
        <button type="submit" class="button">
          {props.hasToken || props.newUrl ? f.replace : f.create}
        </button>
      </form>
    </Layout>
  );
}
