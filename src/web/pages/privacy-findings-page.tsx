import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import type { PrivacyFinding } from "../../domain/privacy/list-privacy-findings.ts";
import { privacyMessages as m } from "../../i18n/da/privacy.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { formatMeetingDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

function Status(props: { f: PrivacyFinding }) {
  const { f } = props;
  if (f.confirmed) {
    return (
      <>{m.confirmedBy(f.confirmed.by, formatMeetingDate(copenhagenWallClock(f.confirmed.at)))}</>
    );
  }
  if (f.attachment && !f.attachment.scanned) return <>{m.unscanned}</>;
  return <>{f.attachment ? m.withheld : m.masked}</>;
}

/**
 * /app/moeder/:id/persondata: the CPR-shaped numbers in what the public may read of a meeting,
 * before and after publishing, and for the secretary a way to confirm one as something else.
 */
export function PrivacyFindingsPage(props: {
  meetingId: number;
  meetingTitle: string;
  /** The page the findings were reached from: the minutes once the meeting is held. */
  backHref: string;
  findings: PrivacyFinding[];
  canConfirm: boolean;
  notice: string | null;
  viewer: Viewer;
}) {
  const { findings } = props;
  const token = props.viewer?.csrfToken ?? "";
  const title = m.title(props.meetingTitle);
  return (
    <Layout title={title} viewer={props.viewer}>
      <p>
        <a href={props.backHref}>{props.meetingTitle}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{m.intro}</p>
      <AgendaNotices notice={props.notice} />
      {findings.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <p>{m.count(findings.length)}</p>
          {props.canConfirm ? <p>{m.confirmHint}</p> : null}
          <div class="table-wrap">
            <table class="case-table stack-table">
              <thead>
                <tr>
                  <th scope="col">{m.columns.where}</th>
                  <th scope="col">{m.columns.number}</th>
                  <th scope="col">{m.columns.context}</th>
                  <th scope="col">{m.columns.modulus11}</th>
                  <th scope="col">{m.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {findings.map((f) => (
                  <tr>
                    <td data-label={m.columns.where}>
                      {f.where}
                      <br />
                      {f.place}
                    </td>
                    <td data-label={m.columns.number}>
                      <code>{f.shown}</code>
                    </td>
                    <td data-label={m.columns.context}>
                      {f.before}
                      <mark>{f.shown}</mark>
                      {f.after}
                    </td>
                    <td data-label={m.columns.modulus11}>{m.modulus11(f.modulus11)}</td>
                    <td data-label={m.columns.status}>
                      <Status f={f} />
                      {props.canConfirm && !f.confirmed ? (
                        <form
                          method="post"
                          action={`/app/moeder/${props.meetingId}/persondata/bekraeft`}
                        >
                          <input type="hidden" name="_csrf" value={token} />
                          <input type="hidden" name="hash" value={f.hash} />
                          <button class="button case-secondary" type="submit">
                            {m.confirm}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}
