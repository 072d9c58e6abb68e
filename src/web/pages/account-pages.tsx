import { passwordMessages } from "../../i18n/da/mail.ts";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = passwordMessages;

/** »Glemt adgangskode«: the form asking for the e-mail address. */
export function ForgotPasswordPage(props: {
  csrfToken: string;
  viewer: Viewer;
  email?: string;
  error?: string;
}) {
  return (
    <Layout title={m.forgot.title} viewer={props.viewer}>
      <h1>{m.forgot.title}</h1>
      <p>{m.forgot.intro}</p>
      {props.error ? (
        <p class="error-summary" role="alert" id="glemt-fejl">
          {props.error}
        </p>
      ) : null}
      <form class="stacked" method="post" action="/glemt-adgangskode" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label for="email">{m.forgot.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          value={props.email ?? ""}
          aria-describedby={props.error ? "glemt-fejl" : undefined}
        />
        <button class="button" type="submit">
          {m.forgot.submit}
        </button>
      </form>
      <p>
        <a href="/login">{m.forgot.backToLogin}</a>
      </p>
    </Layout>
  );
}

/** The same answer whether or not the address belongs to a user. */
export function ResetRequestedPage(props: { viewer: Viewer }) {
  return (
    <Layout title={m.forgot.sentTitle} viewer={props.viewer}>
      <h1>{m.forgot.sentTitle}</h1>
      <OutcomeNotice>{m.forgot.sent}</OutcomeNotice>
      <p>
        <a href="/login">{m.forgot.backToLogin}</a>
      </p>
    </Layout>
  );
}

/** Choosing a password through a mailed link (reset or invitation). */
export function ChoosePasswordPage(props: {
  csrfToken: string;
  viewer: Viewer;
  token: string;
  purpose: "reset" | "invite";
  email: string;
  error?: string;
}) {
  const title = props.purpose === "invite" ? m.choose.inviteTitle : m.choose.resetTitle;
  const describedBy = props.error
    ? "ny-adgangskode-fejl ny-adgangskode-hint"
    : "ny-adgangskode-hint";
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>{m.choose.intro(props.email)}</p>
      {props.error ? (
        <p class="error-summary" role="alert" id="ny-adgangskode-fejl">
          {props.error}
        </p>
      ) : null}
      <form class="stacked" method="post" action="/ny-adgangskode" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="username" autocomplete="username" value={props.email} />
        <label for="password">{m.choose.password}</label>
        <p class="muted" id="ny-adgangskode-hint">
          {m.choose.passwordHint}
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength={8}
          aria-describedby={describedBy}
        />
        <label for="repeat">{m.choose.repeat}</label>
        <input id="repeat" name="repeat" type="password" autocomplete="new-password" required />
        <button class="button" type="submit">
          {m.choose.submit}
        </button>
      </form>
    </Layout>
  );
}

/** A used, late or unknown link: what happened and how to get a new one. */
export function LinkExpiredPage(props: { viewer: Viewer }) {
  return (
    <Layout title={m.expired.title} viewer={props.viewer}>
      <h1>{m.expired.title}</h1>
      <p class="lead">{m.expired.message}</p>
      <p>{m.expired.howToGetNew}</p>
      <p>
        <a class="button" href="/glemt-adgangskode">
          {m.expired.newLink}
        </a>
      </p>
      <p>{m.expired.inviteHint}</p>
    </Layout>
  );
}
