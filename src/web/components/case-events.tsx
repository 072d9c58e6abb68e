import type { CaseMeeting, HistoryEvent } from "../../domain/case/get-case-history.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../format-date.ts";
import { formatCaseTime } from "./case-time.ts";

const m = caseUi.history;

function describe(e: HistoryEvent): string {
  const who = e.actor?.name ?? m.someone;
  switch (e.kind) {
    case "status":
      if (e.step === "created") return m.created(who);
      if (e.step === "submitted") return m.submitted(who, e.approver?.name ?? m.someone);
      if (e.step === "returned") return m.returned(who);
      return m.approved(who);
    case "revision":
      return e.restoredFrom !== null
        ? m.restored(who, e.number, e.restoredFrom)
        : m.revision(who, e.number);
    case "shared":
      return m.shared(who, e.user?.name ?? m.someone);
    case "unshared":
      return m.unshared(who, e.user?.name ?? m.someone);
    case "comment":
      return m.comment(who);
    case "comment_resolved":
      return m.commentResolved(who);
    case "comment_reopened":
      return m.commentReopened(who);
    default:
      return m.other(who);
  }
}

/**
 * The authoring history of a case (getCaseHistory): who created, saved, sent, returned,
 * approved and commented, and when, oldest first.
 */
export function CaseEvents(props: {
  events: HistoryEvent[];
  caseId: number;
  meetings?: CaseMeeting[];
}) {
  const meetings = props.meetings ?? [];
  return (
    <section class="case-events" aria-labelledby="sagens-forloeb">
      <h2 id="sagens-forloeb">{caseUi.page.historyHeading}</h2>
      {meetings.length > 0 ? (
        <>
          <h3>{caseUi.page.meetingsHeading}</h3>
          <ol class="case-event-list">
            {meetings.map((x) => (
              <li>
                <a href={`/app/moeder/${x.meetingId}`}>
                  {formatShortDate(x.startsAt)}, {x.committee},{" "}
                  {webMessages.meeting.item(x.itemNumber, x.itemTitle)}
                </a>
                {x.closed ? ` (${caseUi.page.closedOnAgenda})` : null}
                {x.decision ? (
                  <span class="case-event-quote">
                    {webMessages.outcome[x.decision.outcome]}: {x.decision.text}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          <h3>{caseUi.page.stepsHeading}</h3>
        </>
      ) : null}
      {props.events.length === 0 && meetings.length === 0 ? <p>{m.none}</p> : null}
      {props.events.length > 0 ? (
        <ol class="case-event-list">
          {props.events.map((e) => (
            <li>
              <span class="case-event-time">{formatCaseTime(e.at)}</span>{" "}
              {e.kind === "comment" ? (
                <a href={`/app/sager/${props.caseId}#kommentar-${e.commentId}`}>{describe(e)}</a>
              ) : e.kind === "revision" && e.number > 1 ? (
                <a
                  href={`/app/sager/${props.caseId}/versioner?fra=${e.number - 1}&til=${e.number}`}
                >
                  {describe(e)}
                </a>
              ) : (
                describe(e)
              )}
              {e.kind === "comment" ? <q class="case-event-quote">{e.body}</q> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
