import { passwordMessages } from "../../i18n/da/mail.ts";
import { samlMessages } from "../../i18n/da/saml.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout } from "../layout.tsx";

const m = webMessages.login;

/** The log-in form; `error` is shown above it and announced to screen readers. */
export function LoginPage(props: {
  csrfToken: string;
  next: string;
  email?: string;
  error?: string;
  /** The SAML identity provider's name, when SAML sign-in is set up. */
  samlName?: string | null;
  /** The identity provider's name when sign-in through it is configured. */
  provider?: string | null;
  /** False: the password form is switched off (REFERAT_LOCAL_LOGIN=0). */
  localLogin?: boolean;
  /** A fixed message after a redirect, e.g. once a new password is saved. */
  notice?: string;
}) {
  const provider = props.provider ?? null;
  const local = props.localLogin ?? true;
  return (
    <Layout title={m.title} viewer={null}>
      <h1>{m.title}</h1>
      {provider ? (
        <>
          <p>{ssoMessages.signInIntro(provider)}</p>
          <p>
            <a
              class="button"
              href={`/login/oidc?${new URLSearchParams({ next: props.next }).toString()}`}
            >
              {ssoMessages.signInWith(provider)}
            </a>
          </p>
        </>
      ) : null}
      {props.samlName ? (
        <p>
          <a class="button" href={`/saml/login?next=${encodeURIComponent(props.next)}`}>
            {samlMessages.button(props.samlName)}
          </a>
        </p>
      ) : null}
      {local ? <LocalLogin {...props} provider={provider ?? props.samlName ?? null} /> : null}
    </Layout>
  );
}

function LocalLogin(props: {
  csrfToken: string;
  next: string;
  email?: string;
  error?: string;
  notice?: string | undefined;
  provider: string | null;
}) {
  return (
    <>
      {props.provider ? <h2>{ssoMessages.passwordHeading}</h2> : null}
      <p>{m.intro}</p>
      {props.notice ? <OutcomeNotice>{props.notice}</OutcomeNotice> : null}
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
          // After a refusal the e-mail is kept and the password typed again; the message is
          // read with the field.
          autofocus={props.error ? true : undefined}
          aria-describedby={props.error ? "login-fejl" : undefined}
        />
        <button class="button" type="submit">
          {m.submit}
        </button>
      </form>
      <p>
        <a href="/glemt-adgangskode">{passwordMessages.forgotLink}</a>
      </p>
    </>
  );
}
