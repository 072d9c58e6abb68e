import type { listNotifications } from "../../domain/notification/list-notifications.ts";
import { notificationPath } from "../../domain/notification/notification-path.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { meetingNotificationMessages } from "../../i18n/da/mail.ts";
import { formatShortDate } from "../format-date.ts";
import { formatCaseTime } from "./case-time.ts";

const m = caseUi.notifications;
const agendaKinds = agendaCorrectionMessages.notifications;

export type DashboardNotification = Awaited<ReturnType<typeof listNotifications>>[number];

/** On the staff start page: the way to the cases and the user's unread notifications. */
export function CaseDashboard(props: {
  notifications: DashboardNotification[];
  csrfToken: string;
  canEditTemplates?: { id: number; name: string }[];
  /** The user writes cases in some committee (author, secretary, administrator). */
  canCreateCase?: boolean;
  /** The user approves cases in some committee. */
  canApprove?: boolean;
}) {
  const { notifications } = props;
  return (
    <section class="case-dashboard" aria-labelledby="sager-beskeder">
      <h2 id="sager-beskeder">{caseUi.list.title}</h2>
      <ul class="case-dashboard-links">
        <li>
          <a href="/app/sager">{caseUi.list.mine}</a>
        </li>
        {props.canApprove ? (
          <li>
            <a href="/app/sager#til-godkendelse">{caseUi.list.toApprove}</a>
          </li>
        ) : null}
        {props.canCreateCase ? (
          <li>
            <a href="/app/sager/ny">{caseUi.list.newCase}</a>
          </li>
        ) : null}
        {(props.canEditTemplates ?? []).map((c) => (
          <li>
            <a href={`/app/udvalg/${c.id}/skabelon`}>{caseUi.template.title(c.name)}</a>
          </li>
        ))}
      </ul>
      <h3>{m.heading}</h3>
      {notifications.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <ul class="case-notifications">
            {notifications.map((n) => {
              const make =
                m.kinds[n.kind] ??
                agendaKinds[n.kind] ??
                meetingNotificationMessages[n.kind] ??
                m.other;
              const about =
                n.meetingId && n.committeeName && n.meetingStartsAt
                  ? `${n.committeeName} ${formatShortDate(n.meetingStartsAt)}`
                  : (n.caseTitle ?? "");
              const text = make(n.actor ?? caseUi.history.someone, about);
              const href = notificationPath(n);
              return (
                <li>
                  <a href={href}>{text}</a>{" "}
                  <span class="muted when">{formatCaseTime(n.createdAt)}</span>
                </li>
              );
            })}
          </ul>
          <form method="post" action="/app/beskeder/laest">
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <button class="button case-secondary" type="submit">
              {m.markRead}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
