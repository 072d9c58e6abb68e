import type { ItemCorrectionForm } from "../../domain/agenda/get-item-correction.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const p = agendaCorrectionMessages.page;

/** What the user typed, shown again after a refused post. */
export interface CorrectionValues {
  title?: string;
  fields?: Record<string, string>;
  reason?: string;
  withdrawReason?: string;
}

/**
 * The secretary's page for one sent item of a published agenda: correct its title or its
 * case's text with a reason, or withdraw it with a reason. Plain forms; the version the page
 * showed goes along, so a newer agenda version answers with a 409 instead of a silent change.
 */
export function AgendaCorrectionPage(props: {
  form: ItemCorrectionForm;
  viewer: Viewer;
  errors?: readonly string[] | null;
  values?: CorrectionValues;
}) {
  const { form, viewer } = props;
  const { meeting, item } = form;
  const values = props.values ?? {};
  const base = `/app/moeder/${meeting.id}/dagsorden/punkter/${item.id}`;
  const csrf = viewer?.csrfToken ?? "";
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="version" value={String(meeting.agendaVersion)} />
    </>
  );
  return (
    <Layout title={p.title(item.number)} viewer={viewer}>
      <article class="agenda-correction">
        <h1>{p.title(item.number)}</h1>
        <p class="muted">{item.title}</p>
        <p>
          <a href={`/app/moeder/${meeting.id}#dp-${item.id}`}>{p.back}</a>
        </p>
        <AgendaNotices errors={props.errors ?? null} />
        <p>{p.intro}</p>
        {item.withdrawn ? (
          <p class="notice">{agendaCorrectionMessages.errors.alreadyWithdrawn}</p>
        ) : (
          <>
            <h2 id="ret">{p.correctHeading}</h2>
            <form method="post" action={`${base}/ret`} class="agenda-form" aria-labelledby="ret">
              {hidden}
              {form.caseVersion === null ? null : (
                <input type="hidden" name="sagsversion" value={String(form.caseVersion)} />
              )}
              <label for="ret-titel">{p.title_}</label>
              <input
                id="ret-titel"
                name="titel"
                type="text"
                required
                value={values.title ?? item.title}
              />
              {form.fields.length > 0 ? (
                <fieldset>
                  <legend>{p.fieldsLegend}</legend>
                  <p class="muted" id="ret-felter-hint">
                    {p.fieldHint}
                  </p>
                  {form.fields.map((f) => (
                    <>
                      <label for={`felt-${f.key}`}>
                        {f.public ? f.label : `${f.label} (${p.notPublicField})`}
                      </label>
                      <textarea
                        id={`felt-${f.key}`}
                        name={`felt:${f.key}`}
                        rows={5}
                        aria-describedby="ret-felter-hint"
                      >
                        {values.fields?.[f.key] ?? f.text}
                      </textarea>
                    </>
                  ))}
                </fieldset>
              ) : null}
              <ReasonField id="ret-begrundelse" label={p.reason} hint={p.reasonHint}>
                {values.reason ?? ""}
              </ReasonField>
              <button type="submit" class="button">
                {p.submitCorrection}
              </button>
            </form>
            <h2 id="traek">{p.withdrawHeading}</h2>
            <p>{p.withdrawIntro}</p>
            <form
              method="post"
              action={`${base}/traek`}
              class="agenda-form"
              aria-labelledby="traek"
            >
              {hidden}
              <ReasonField
                id="traek-begrundelse"
                label={p.withdrawReason}
                hint={p.withdrawReasonHint}
              >
                {values.withdrawReason ?? ""}
              </ReasonField>
              <button type="submit" class="agenda-button agenda-button-danger">
                {p.submitWithdraw}
              </button>
            </form>
          </>
        )}
      </article>
    </Layout>
  );
}

/** The required »Begrundelse« of a correction or a withdrawal, with its hint. */
function ReasonField(props: { id: string; label: string; hint: string; children: string }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <p class="muted" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <textarea
        id={props.id}
        name="begrundelse"
        rows={2}
        required
        aria-describedby={`${props.id}-hint`}
      >
        {props.children}
      </textarea>
    </>
  );
}
