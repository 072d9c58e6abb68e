import type { GroupMapping } from "../../domain/sso/list-group-mappings.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = ssoMessages.admin;
const ROLES = ["admin", "secretary", "author", "approver", "member"] as const;

/** /app/admin/grupper: which identity-provider groups give which roles. */
export function GroupRolesPage(props: {
  viewer: Viewer;
  csrfToken: string;
  mappings: GroupMapping[];
  committees: { id: number; name: string }[];
  notice?: string | null;
  error?: string | null;
  form?: { group: string; role: string; committee: string };
}) {
  const form = props.form ?? { group: "", role: "member", committee: "" };
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {props.notice ? <OutcomeNotice class="case-notice">{props.notice}</OutcomeNotice> : null}
      {props.mappings.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.group}</th>
                <th scope="col">{m.role}</th>
                <th scope="col">{m.committee}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.mappings.map((row) => (
                <tr>
                  <td>
                    <code>{row.group}</code>
                  </td>
                  <td>{webMessages.roles[row.role]}</td>
                  <td>{row.committee?.name ?? ssoMessages.groups.allCommittees}</td>
                  <td>
                    <form method="post" action="/app/admin/grupper/fjern">
                      <input type="hidden" name="_csrf" value={props.csrfToken} />
                      <input type="hidden" name="id" value={String(row.id)} />
                      <button
                        class="button button-secondary"
                        type="submit"
                        aria-label={m.removeLabel(row.group, webMessages.roles[row.role])}
                      >
                        {m.remove}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{m.addHeading}</h2>
      {props.error ? <ErrorSummary id="gruppe-fejl" messages={[props.error]} /> : null}
      <form class="stacked" method="post" action="/app/admin/grupper" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label for="gruppe">{m.group}</label>
        <input
          id="gruppe"
          name="gruppe"
          type="text"
          required
          value={form.group}
          aria-describedby={props.error ? "gruppe-hjaelp gruppe-fejl" : "gruppe-hjaelp"}
        />
        <p id="gruppe-hjaelp">{m.groupHint}</p>
        <label for="rolle">{m.role}</label>
        <select id="rolle" name="rolle">
          {ROLES.map((r) => (
            <option value={r} selected={form.role === r}>
              {webMessages.roles[r]}
            </option>
          ))}
        </select>
        <label for="udvalg">{m.committee}</label>
        <select id="udvalg" name="udvalg">
          <option value="" selected={form.committee === ""}>
            {ssoMessages.groups.allCommittees}
          </option>
          {props.committees.map((x) => (
            <option value={String(x.id)} selected={form.committee === String(x.id)}>
              {x.name}
            </option>
          ))}
        </select>
        <button class="button" type="submit">
          {m.add}
        </button>
      </form>
    </Layout>
  );
}
