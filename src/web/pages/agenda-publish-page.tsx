import { takesNoTime } from "../../domain/agenda/agenda-layout.ts";
import type { AgendaPublicationPreview } from "../../domain/agenda/preview-agenda-publication.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { PrivacySummaryView } from "../components/privacy-summary.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const p = agendaMessages.publishPreview;
const a = agendaMessages.assembly;

/**
 * /app/moeder/:id/dagsorden/udsend: what sending the agenda, a supplement or a »Rettet
 * dagsorden« will do (items, corrections, the public, who is told, CPR-shaped numbers), with
 * the button that sends it.
 */
export function AgendaPublishPage(props: { preview: AgendaPublicationPreview; viewer: Viewer }) {
  const { preview } = props;
  const { meeting, leadTime } = preview.ws;
  const { kind } = preview;
  const title = p.title(kind);
  const meetingTitle = `${meeting.committee.name} ${formatShortDate(meeting.startsAt)}`;
  const back = `/app/moeder/${meeting.id}#sammensaetning`;
  const unestimated = preview.items
    .filter((item) =>
      takesNoTime({
        id: item.id,
        durationMinutes: preview.ws.assembly.get(item.id)?.durationMinutes ?? null,
      }),
    )
    .map((item) => item.number);
  const late =
    kind !== "corrected" && leadTime?.late
      ? a.leadTimeWarning(formatShortDate(`${leadTime.latest} 00:00:00`), 4)
      : null;
  return (
    <Layout title={`${title}: ${meetingTitle}`} viewer={props.viewer} scripts={["submit-once"]}>
      <p>
        <a href={back}>{meetingTitle}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{p.intro}</p>
      {preview.items.length > 0 ? (
        <>
          <h2>{p.itemsHeading(preview.items.length)}</h2>
          <ol class="publish-items">
            {preview.items.map((item) => (
              <li value={String(item.number)}>
                {item.title}
                {item.closed ? ` (${p.closedItem})` : ""}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {preview.corrections.length > 0 ? (
        <>
          <h2>{p.correctionsHeading(preview.corrections.length)}</h2>
          <ul class="publish-corrections">
            {preview.corrections.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {/* What sending does, only when it can be sent. */}
      {preview.problems.length > 0 ? null : (
        <>
          <p>{kind === "corrected" ? p.publicCorrected : p.public}</p>
          <p>{p.recipients(preview.recipients)}</p>
        </>
      )}
      {late ? <p class="agenda-warning">{late}</p> : null}
      {unestimated.length > 0 ? <p class="agenda-warning">{p.noEstimate(unestimated)}</p> : null}
      <PrivacySummaryView summary={preview.privacy} meetingId={meeting.id} document="agenda" />
      {preview.problems.length > 0 ? (
        <ErrorSummary title={p.blocked(preview.problems.length)} messages={preview.problems}>
          <p>
            <a href={back}>{p.fixFirst}</a>
          </p>
        </ErrorSummary>
      ) : (
        <form
          method="post"
          action={`/app/moeder/${meeting.id}/dagsorden/${kind === "corrected" ? "rettet" : "udsend"}`}
          class="publish-confirm"
          data-submit-once
        >
          <input type="hidden" name="_csrf" value={props.viewer?.csrfToken ?? ""} />
          <input type="hidden" name="version" value={String(preview.version - 1)} />
          <button type="submit" class="button">
            {p.submit(kind)}
          </button>{" "}
          <a href={back}>{p.back}</a>
        </form>
      )}
    </Layout>
  );
}
