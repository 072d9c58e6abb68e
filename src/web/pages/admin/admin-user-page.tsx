import type { SessionRow } from "../../../domain/account/list-user-sessions.ts";
import type { UserRow } from "../../../domain/account/list-users.ts";
import { accountMessages } from "../../../i18n/da/account.ts";
import { webMessages } from "../../../i18n/da/web.ts";
import { AgendaNotices } from "../../components/agenda-notices.tsx";
import { Breadcrumbs } from "../../components/breadcrumbs.tsx";
import { formatCaseTime } from "../../components/case-time.ts";
import { Layout, type Viewer } from "../../layout.tsx";
import { rolesText, signInText } from "./admin-users-page.tsx";

const m = accountMessages.user;
const u = accountMessages.users;

function PostButton(props: {
  action: string;
  token: string;
  label: string;
  ariaLabel?: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="_csrf" value={props.token} />
      <button
        class={props.secondary ? "button case-secondary" : "button"}
        type="submit"
        aria-label={props.ariaLabel}
      >
        {props.label}
      </button>
    </form>
  );
}

/** /app/admin/brugere/:id: one user's account, sessions and second factor. */
export function AdminUserPage(props: {
  viewer: Viewer;
  user: UserRow;
  sessions: SessionRow[];
  self: boolean;
  notice: string | null;
  error: string | null;
}) {
  const { user, sessions } = props;
  const token = props.viewer?.csrfToken ?? "";
  const base = `/app/admin/brugere/${user.id}`;
  return (
    <Layout title={user.name} viewer={props.viewer}>
      <Breadcrumbs
        trail={[
          { label: webMessages.nav.staff, href: "/app" },
          { label: accountMessages.admin.title, href: "/app/admin" },
          { label: u.title, href: "/app/admin/brugere" },
          { label: user.name },
        ]}
      />
      <h1>{user.name}</h1>
      <AgendaNotices
        errors={props.error ? [props.error] : null}
        errorTitle={accountMessages.errors.title}
        notice={props.notice}
      />
      <dl class="account-facts">
        <dt>{u.email}</dt>
        <dd>{user.email}</dd>
        <dt>{u.jobTitle}</dt>
        <dd>{user.title ?? "–"}</dd>
        <dt>{u.roles}</dt>
        <dd>{rolesText(user.roles)}</dd>
        <dt>{u.signIn}</dt>
        <dd>{signInText(user)}</dd>
        <dt>{u.lastSignIn}</dt>
        <dd>{user.lastSignInAt ? formatCaseTime(user.lastSignInAt) : u.never}</dd>
        <dt>{u.status}</dt>
        <dd>{user.deactivatedAt ? u.deactivated : u.active}</dd>
      </dl>

      <h2>{m.sessions}</h2>
      {sessions.length === 0 ? (
        <p>{m.noSessions}</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="case-table">
              <caption>{m.sessionsCaption(user.name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.created}</th>
                  <th scope="col">{m.expires}</th>
                  <th scope="col">{m.lastSeen}</th>
                  <th scope="col">{m.browser}</th>
                  <th scope="col">{m.address}</th>
                  <th scope="col">
                    <span class="visually-hidden">{m.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr>
                    <td>
                      {formatCaseTime(s.createdAt)} {s.current ? m.thisSession : ""}
                    </td>
                    <td>{formatCaseTime(s.expiresAt)}</td>
                    <td>{s.lastSeenAt ? formatCaseTime(s.lastSeenAt) : m.unknown}</td>
                    <td>{s.userAgent ?? m.unknown}</td>
                    <td>{s.address ?? m.unknown}</td>
                    <td>
                      <PostButton
                        action={`${base}/sessioner/${s.id}/afslut`}
                        token={token}
                        label={m.end}
                        ariaLabel={m.endLabel(formatCaseTime(s.createdAt))}
                        secondary
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PostButton action={`${base}/sessioner/afslut-alle`} token={token} label={m.endAll} />
        </>
      )}

      <h2>{m.account}</h2>
      {user.deactivatedAt ? (
        <>
          <p>{m.deactivatedSince(formatCaseTime(user.deactivatedAt))}</p>
          <PostButton action={`${base}/genaktiver`} token={token} label={m.reactivate} />
        </>
      ) : props.self ? null : (
        <PostButton action={`${base}/deaktiver`} token={token} label={m.deactivate} />
      )}

      <h2>{m.secondFactor}</h2>
      {user.signIn === "password+totp" ? (
        <>
          <p>{m.secondFactorOn}</p>
          <p>{m.removeSecondFactorHelp}</p>
          <PostButton action={`${base}/totp/fjern`} token={token} label={m.removeSecondFactor} />
        </>
      ) : (
        <p>{m.secondFactorOff}</p>
      )}
    </Layout>
  );
}
