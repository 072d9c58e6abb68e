import type { FollowUpRow } from "../../domain/follow-up/list-my-follow-ups.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatCaseTime } from "../components/case-time.ts";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.followUp;

/** "Mine opfølgninger": follow-up tasks from decisions, open ones first. */
export function FollowUpPage(props: { tasks: FollowUpRow[]; viewer: Viewer; today: string }) {
  const open = props.tasks.filter((t) => !t.doneAt);
  const done = props.tasks.filter((t) => t.doneAt);
  const token = props.viewer?.csrfToken ?? "";
  const where = (t: FollowUpRow) => (
    <a href={`/app/moeder/${t.meetingId}/referat#punkt-${t.itemNumber}`}>
      {`${t.committeeName} ${formatShortDate(t.startsAt)}, ${webMessages.meeting.item(t.itemNumber, t.itemTitle)}`}
    </a>
  );
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {open.length === 0 ? <p>{m.empty}</p> : null}
      <ul class="follow-up-list">
        {open.map((t) => (
          <li>
            <p class="follow-up-what">{t.what}</p>
            <p>
              {m.due}: {t.dueOn ? formatShortDate(t.dueOn) : m.noDue}
              {t.dueOn && t.dueOn < props.today ? <strong> ({m.overdue})</strong> : null}
            </p>
            <p>{where(t)}</p>
            <form method="post" action={`/app/opfoelgning/${t.id}/udfoert`}>
              <input type="hidden" name="_csrf" value={token} />
              <button class="button" type="submit" aria-label={m.doneLabel(t.what)}>
                {m.done}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {done.length > 0 ? (
        <>
          <h2>{m.doneHeading}</h2>
          <ul class="follow-up-list">
            {done.map((t) => (
              <li>
                <p class="follow-up-what">{t.what}</p>
                {t.doneAt ? <p>{m.doneAt(formatCaseTime(t.doneAt))}</p> : null}
                <p>{where(t)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
