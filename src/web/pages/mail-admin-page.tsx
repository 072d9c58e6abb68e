import type { MailConfig } from "../../config.ts";
import type { MailOverview, OutboxMail } from "../../domain/mail/get-mail-overview.ts";
import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import { mailDeliveryMessages } from "../../i18n/da/mail-delivery.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = mailDeliveryMessages.admin;

/** What a mail is about; the stored kind for a kind this version does not name. */
function kindLabel(kind: string): string {
  return (m.kinds as Record<string, string>)[kind] ?? kind;
}

/** "12. marts 2025 kl. 09.00" in Copenhagen time. */
function when(at: Date): string {
  const wall = copenhagenWallClock(at);
  return `${formatShortDate(wall)} kl. ${wall.slice(11, 16).replace(":", ".")}`;
}

function MailTable(props: {
  caption: string;
  mails: OutboxMail[];
  csrfToken: string;
  failed: boolean;
}) {
  return (
    // Focusable, so the keyboard can scroll a table wider than the screen.
    <section class="table-wrap" tabindex={0} aria-label={props.caption}>
      <table class="case-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.to}</th>
            <th scope="col">{m.columns.subject}</th>
            <th scope="col">{m.columns.kind}</th>
            <th scope="col">{m.columns.attempts}</th>
            <th scope="col">{m.columns.error}</th>
            <th scope="col">{m.columns.time}</th>
            {props.failed ? <th scope="col">{m.columns.action}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.mails.map((mail) => (
            <tr>
              <td>{mail.toAddress}</td>
              <td>{mail.subject}</td>
              <td>{kindLabel(mail.kind)}</td>
              <td>{String(mail.attempts)}</td>
              <td>{mail.lastError ?? m.noError}</td>
              <td class="mail-time">
                {m.created(when(mail.createdAt))}
                <br />
                {mail.failedAt
                  ? m.failedAt(when(mail.failedAt))
                  : m.nextAttempt(when(mail.nextAttemptAt))}
              </td>
              {props.failed ? (
                <td>
                  <form method="post" action={`/app/admin/post/${mail.id}/send-igen`}>
                    <input type="hidden" name="_csrf" value={props.csrfToken} />
                    <button
                      class="button case-secondary"
                      type="submit"
                      aria-label={m.resendLabel(mail.toAddress)}
                    >
                      {m.resend}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** /app/admin/post: is mail set up, what waits, what went out, what was refused. */
export function MailAdminPage(props: {
  mail: MailConfig | null;
  overview: MailOverview;
  notice: string | null;
  viewer: Viewer;
}) {
  const { mail, overview } = props;
  const token = props.viewer?.csrfToken ?? "";
  const server = mail
    ? `${mail.smtp.secure ? "smtps" : "smtp"}://${mail.smtp.host}:${mail.smtp.port}`
    : "";
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      <AgendaNotices notice={props.notice} />
      {mail ? (
        <p id="mail-status">
          {m.configured(server)}
          <br />
          {m.configuredFrom(mail.from)}
        </p>
      ) : (
        <div class="error-summary" id="mail-status">
          <p>{m.notConfigured}</p>
        </div>
      )}
      <h2>{m.countsTitle}</h2>
      <dl class="mail-counts">
        <dt>{m.counts.waiting}</dt>
        <dd id="mail-waiting">{String(overview.counts.waiting)}</dd>
        <dt>{m.counts.sent}</dt>
        <dd id="mail-sent">{String(overview.counts.sent)}</dd>
        <dt>{m.counts.failed}</dt>
        <dd id="mail-failed">{String(overview.counts.failed)}</dd>
      </dl>
      <h2>{m.failedTitle}</h2>
      {overview.failed.length === 0 ? (
        <p>{m.failedNone}</p>
      ) : (
        <MailTable caption={m.failedTitle} mails={overview.failed} csrfToken={token} failed />
      )}
      {overview.counts.failed > overview.failed.length ? (
        <p>{m.listed(overview.failed.length, overview.counts.failed)}</p>
      ) : null}
      <h2>{m.waitingTitle}</h2>
      {overview.waiting.length === 0 ? (
        <p>{m.waitingNone}</p>
      ) : (
        <MailTable
          caption={m.waitingTitle}
          mails={overview.waiting}
          csrfToken={token}
          failed={false}
        />
      )}
      {overview.counts.waiting > overview.waiting.length ? (
        <p>{m.listed(overview.waiting.length, overview.counts.waiting)}</p>
      ) : null}
    </Layout>
  );
}
