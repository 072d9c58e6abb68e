import type { TotpState } from "../../domain/auth/manage-totp.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = accountMessages.totp;

function CodeField(props: { error: string | null }) {
  return (
    <>
      <label for="kode">{m.code}</label>
      <span class="hint" id="kode-hint">
        {m.codeHint}
      </span>
      <input
        id="kode"
        name="kode"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]{6}"
        maxlength={6}
        required
        aria-describedby={props.error ? "kode-hint fejl" : "kode-hint"}
      />
    </>
  );
}

/** /app/konto/totp: an administrator sets up, or turns off, the second factor. */
export function TotpPage(props: {
  viewer: Viewer;
  state: TotpState;
  /** The QR code of the pending set-up, as SVG markup made by the qrcode library. */
  qrSvg: string | null;
  notice: string | null;
  error: string | null;
}) {
  const { state } = props;
  const token = props.viewer?.csrfToken ?? "";
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <AgendaNotices errors={props.error ? [props.error] : null} notice={props.notice} />
      <p class="lead">{m.intro}</p>
      {state.kind === "enabled" ? (
        <>
          <p>{m.enabled}</p>
          <form class="stacked" method="post" action="/app/konto/totp/slaa-fra">
            <input type="hidden" name="_csrf" value={token} />
            <p>{m.disableHelp}</p>
            <CodeField error={props.error} />
            <button class="button" type="submit">
              {m.disable}
            </button>
          </form>
        </>
      ) : state.kind === "pending" ? (
        <ol class="totp-steps">
          <li>
            <p>{m.step1}</p>
            <figure class="totp-qr" role="img" aria-label={m.qrLabel}>
              {/* The SVG is the qrcode library's output for our own otpauth address. */}
              <span dangerouslySetInnerHTML={{ __html: props.qrSvg ?? "" }} />
            </figure>
            <p>
              {m.manual} <code class="totp-secret">{state.secret}</code>
            </p>
          </li>
          <li>
            <p>{m.step2}</p>
            <form class="stacked" method="post" action="/app/konto/totp/bekraeft">
              <input type="hidden" name="_csrf" value={token} />
              <CodeField error={props.error} />
              <button class="button" type="submit">
                {m.confirm}
              </button>
            </form>
          </li>
        </ol>
      ) : (
        <form method="post" action="/app/konto/totp/start">
          <input type="hidden" name="_csrf" value={token} />
          <button class="button" type="submit">
            {m.start}
          </button>
        </form>
      )}
    </Layout>
  );
}
