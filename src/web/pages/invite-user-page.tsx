import { roleEnum } from "../../db/schema/enums.ts";
import { passwordMessages } from "../../i18n/da/mail.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { TextField } from "../components/text-field.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = passwordMessages.invite;

export interface InviteValues {
  name?: string;
  email?: string;
  title?: string;
  role?: string;
  scope?: string;
}

/** /app/admin/brugere/inviter: name, e-mail, title and one role, organisation-wide or on a committee. */
export function InviteUserPage(props: {
  viewer: Viewer;
  committees: { id: number; name: string }[];
  values?: InviteValues;
  error?: string;
  sentTo?: string;
  /** Whether mail goes out (REFERAT_SMTP_URL is set); if not, the invitation waits. */
  mailConfigured?: boolean;
}) {
  const v = props.values ?? {};
  const hint = props.error ? "invite-fejl" : undefined;
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {props.sentTo ? (
        <OutcomeNotice>
          {props.mailConfigured === false ? m.queued(props.sentTo) : m.sent(props.sentTo)}
        </OutcomeNotice>
      ) : null}
      {props.error ? (
        <ErrorSummary id="invite-fejl" title={m.errorTitle} messages={[props.error]} />
      ) : null}
      <form
        class="stacked invite-form"
        method="post"
        action="/app/admin/brugere/inviter"
        novalidate
      >
        <input type="hidden" name="_csrf" value={props.viewer?.csrfToken ?? ""} />
        <TextField
          id="invite-name"
          name="name"
          label={m.name}
          value={v.name ?? ""}
          autocomplete="off"
          required
          describedBy={hint}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={m.email}
          value={v.email ?? ""}
          autocomplete="off"
          required
          describedBy={hint}
        />
        <TextField
          id="invite-title"
          name="title"
          label={m.jobTitle}
          value={v.title ?? ""}
          autocomplete="off"
        />
        <label for="invite-role">{m.role}</label>
        <select id="invite-role" name="role" required>
          {roleEnum.enumValues.map((role) => (
            <option value={role} selected={(v.role ?? "member") === role}>
              {webMessages.roles[role]}
            </option>
          ))}
        </select>
        <label for="invite-scope">{m.scope}</label>
        <select id="invite-scope" name="scope" required>
          <option value="" selected={!v.scope}>
            {m.wholeOrganisation}
          </option>
          {props.committees.map((c) => (
            <option value={String(c.id)} selected={v.scope === String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        <button class="button" type="submit">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}
