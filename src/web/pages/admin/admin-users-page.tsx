import type { UserRow } from "../../../domain/account/list-users.ts";
import { accountMessages } from "../../../i18n/da/account.ts";
import { webMessages } from "../../../i18n/da/web.ts";
import { Breadcrumbs } from "../../components/breadcrumbs.tsx";
import { formatCaseTime } from "../../components/case-time.ts";
import { Layout, type Viewer } from "../../layout.tsx";

const m = accountMessages.users;
const a = accountMessages.admin;

export function rolesText(roles: UserRow["roles"]): string {
  if (roles.length === 0) return m.noRoles;
  return roles
    .map((g) => `${m.roleNames[g.role] ?? g.role} (${g.committeeName ?? m.allCommittees})`)
    .join(", ");
}

export function signInText(row: Pick<UserRow, "signIn" | "providers">): string {
  const ways: string[] = row.providers.map((p) => m.providers[p]);
  if (row.signIn === "password+totp") ways.push(m.passwordAndCode);
  if (row.signIn === "password") ways.push(m.password);
  return ways.length > 0 ? ways.join(", ") : m.none;
}

/** /app/admin/brugere: the organisation's users. */
export function AdminUsersPage(props: { viewer: Viewer; users: UserRow[] }) {
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs
        trail={[
          { label: webMessages.nav.staff, href: "/app" },
          { label: a.title, href: "/app/admin" },
          { label: m.title },
        ]}
      />
      <h1>{m.title}</h1>
      <p>
        <a class="button" href="/app/admin/brugere/inviter">
          {m.invite}
        </a>
      </p>
      <div class="table-wrap">
        <table class="case-table">
          <caption>{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.email}</th>
              <th scope="col">{m.jobTitle}</th>
              <th scope="col">{m.roles}</th>
              <th scope="col">{m.signIn}</th>
              <th scope="col">{m.lastSignIn}</th>
              <th scope="col">{m.status}</th>
            </tr>
          </thead>
          <tbody>
            {props.users.map((u) => (
              <tr>
                <th scope="row">
                  <a href={`/app/admin/brugere/${u.id}`}>{u.name}</a>
                </th>
                <td>{u.email}</td>
                <td>{u.title ?? ""}</td>
                <td>{rolesText(u.roles)}</td>
                <td>{signInText(u)}</td>
                <td>{u.lastSignInAt ? formatCaseTime(u.lastSignInAt) : m.never}</td>
                <td>{u.deactivatedAt ? m.deactivated : m.active}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
