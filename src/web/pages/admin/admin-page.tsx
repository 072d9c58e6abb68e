import { accountMessages } from "../../../i18n/da/account.ts";
import { webMessages } from "../../../i18n/da/web.ts";
import { Breadcrumbs } from "../../components/breadcrumbs.tsx";
import { Layout, type Viewer } from "../../layout.tsx";

const m = accountMessages.admin;

/** /app/admin: the administration area's front page. */
export function AdminPage(props: { viewer: Viewer }) {
  const links = [
    { href: "/app/admin/brugere", label: m.users, text: m.usersText },
    { href: "/app/admin/grupper", label: m.groups, text: m.groupsText },
    { href: "/app/admin/post", label: m.mail, text: m.mailText },
  ];
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs trail={[{ label: webMessages.nav.staff, href: "/app" }, { label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      <ul class="admin-links">
        {links.map((l) => (
          <li>
            <a href={l.href}>{l.label}</a>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href="/app/konto/totp">{accountMessages.totp.link}</a>
      </p>
    </Layout>
  );
}
