import type { MailPreferences } from "../../domain/mail/mail-preferences.ts";
import { DELIVERIES, MAIL_TOPICS } from "../../domain/mail/mail-topics.ts";
import { mailPreferenceMessages } from "../../i18n/da/mail.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = mailPreferenceMessages;

/** /app/indstillinger: per kind of message, a mail at once, in the daily digest, or never. */
export function MailPreferencesPage(props: {
  viewer: Viewer;
  preferences: MailPreferences;
  saved?: boolean;
  error?: string;
}) {
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <h2>{m.heading}</h2>
      <p>{m.intro}</p>
      {props.saved ? <OutcomeNotice>{m.saved}</OutcomeNotice> : null}
      {props.error ? <ErrorSummary messages={[props.error]} /> : null}
      <form class="mail-preferences" method="post" action="/app/indstillinger">
        <input type="hidden" name="_csrf" value={props.viewer?.csrfToken ?? ""} />
        {MAIL_TOPICS.map((t, i) => (
          <fieldset>
            <legend>{m.topics[t.topic]}</legend>
            {DELIVERIES.map((d) => (
              <label class="mail-choice" for={`mail-${i}-${d}`}>
                <input
                  type="radio"
                  id={`mail-${i}-${d}`}
                  name={t.topic}
                  value={d}
                  checked={props.preferences[t.topic] === d}
                />{" "}
                {m.deliveries[d]}
              </label>
            ))}
          </fieldset>
        ))}
        <button class="button" type="submit">
          {m.save}
        </button>
      </form>
    </Layout>
  );
}
