import { accountMessages } from "../../i18n/da/account.ts";
import { Layout } from "../layout.tsx";

const m = accountMessages.loginCode;
const t = accountMessages.totp;

/** /login/kode: the second step of signing in, for users with a second factor. */
export function LoginCodePage(props: { csrfToken: string; next: string; error?: string }) {
  return (
    <Layout title={m.title} viewer={null}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {props.error ? (
        <p class="error-summary" role="alert" id="kode-fejl">
          {props.error}
        </p>
      ) : null}
      <form class="stacked" method="post" action="/login/kode" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <label for="kode">{t.code}</label>
        <input
          id="kode"
          name="kode"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          required
          autofocus
          aria-describedby={props.error ? "kode-fejl" : undefined}
        />
        <button class="button" type="submit">
          {m.submit}
        </button>
      </form>
      <p>
        <a href="/login">{m.startOver}</a>
      </p>
    </Layout>
  );
}
