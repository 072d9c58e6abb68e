import type { MinutesToSign } from "../../domain/minutes/list-minutes-to-sign.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { formatShortDate } from "../format-date.ts";

const d = signoffMessages.dashboard;

/**
 * The dashboard's »Referater, du skal godkende«: each a way to the minutes, where the member
 * reads them and approves them with one click. No approval from here: one is for what was read.
 */
export function MinutesToSignPanel(props: { list: MinutesToSign[] }) {
  if (props.list.length === 0) return null;
  return (
    <section class="minutes-to-sign" aria-labelledby="referater-godkend">
      <h2 id="referater-godkend">{d.heading}</h2>
      <ul>
        {props.list.map((x) => (
          <li>
            <a href={`/app/moeder/${x.meetingId}/referat`}>
              {d.open(`${x.committeeName} ${formatShortDate(x.startsAt)}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
