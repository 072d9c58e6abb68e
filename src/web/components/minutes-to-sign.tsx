import type { MinutesToSign } from "../../domain/minutes/list-minutes-to-sign.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { formatShortDate } from "../format-date.ts";

const d = signoffMessages.dashboard;

/** The dashboard's »Referater, du skal godkende«, each with its one-click approval. */
export function MinutesToSignPanel(props: { list: MinutesToSign[]; csrfToken: string }) {
  if (props.list.length === 0) return null;
  return (
    <section class="minutes-to-sign" aria-labelledby="referater-godkend">
      <h2 id="referater-godkend">{d.heading}</h2>
      <ul>
        {props.list.map((x) => {
          const title = `${x.committeeName} ${formatShortDate(x.startsAt)}`;
          const base = `/app/moeder/${x.meetingId}/referat`;
          return (
            <li>
              <a href={base}>{d.open(title)}</a>
              <form method="post" action={`${base}/godkend`} class="agenda-inline-form">
                <input type="hidden" name="_csrf" value={props.csrfToken} />
                <button class="button" type="submit">
                  {d.sign(title)}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
