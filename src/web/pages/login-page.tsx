import { accountMessages } from "../../i18n/da/mail.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { Layout } from "../layout.tsx";

const m = webMessages.login;

/** The log-in form; `error` is shown above it and announced to screen readers. */
export function LoginPage(props: {
  csrfToken: string;
  next: string;
  email?: string;
  error?: string;
  /** A fixed message after a redirect, e.g. once a new password is saved. */
  notice?: string;
}) {
  return (
    <Layout title={m.title} viewer={null}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.error ? (
        <p class="error-summary" role="alert" id="login-fejl">
          {props.error}
        </p>
      ) : null}
      <form class="stacked" method="post" action="/login" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <label for="email">{m.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ""}
          aria-describedby={props.error ? "login-fejl" : undefined}
        />
        <label for="password">{m.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button class="button" type="submit">
          {m.submit}
        </button>
      </form>
      <p>
        <a href="/glemt-adgangskode">{accountMessages.forgotLink}</a>
      </p>
    </Layout>
  );
}
