import { purposes } from "../../domain/case/purpose.ts";
import { MAX_TITLE_LENGTH } from "../../domain/case/save-case-input.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = caseUi.create;

/** Starting a case: committee, purpose and title; the rest is written in the editor. */
export function CaseNewPage(props: {
  viewer: NonNullable<Viewer>;
  committees: { id: number; name: string }[];
  error?: string | null;
  values?: { committeeId?: number; purpose?: string; title?: string };
}) {
  const v = props.values ?? {};
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs trail={[{ label: caseUi.list.title, href: "/app/sager" }, { label: m.title }]} />
      <h1>{m.title}</h1>
      {props.error ? <ErrorSummary messages={[props.error]} /> : null}
      {props.committees.length === 0 ? (
        <p>{m.noCommittees}</p>
      ) : (
        <form method="post" action="/app/sager" class="stacked case-new">
          <p>{m.intro}</p>
          <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
          <label for="ny-udvalg">{m.committee}</label>
          <select id="ny-udvalg" name="udvalg" required>
            {props.committees.map((c) => (
              <option value={String(c.id)} selected={v.committeeId === c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label for="ny-formaal">{m.purpose}</label>
          <select id="ny-formaal" name="formaal" aria-describedby="ny-formaal-hint">
            <option value="">{m.choosePurpose}</option>
            {Object.entries(purposes).map(([key, label]) => (
              <option value={key} selected={v.purpose === key}>
                {label}
              </option>
            ))}
          </select>
          <p class="muted" id="ny-formaal-hint">
            {m.purposeHint}
          </p>
          <label for="ny-titel">{m.caseTitle}</label>
          <p class="muted" id="ny-titel-hint">
            {caseUi.page.titleHint(MAX_TITLE_LENGTH)}
          </p>
          <input
            type="text"
            id="ny-titel"
            name="titel"
            required
            maxlength={MAX_TITLE_LENGTH}
            aria-describedby="ny-titel-hint"
            value={v.title ?? ""}
          />
          <button class="button" type="submit">
            {m.submit}
          </button>
        </form>
      )}
    </Layout>
  );
}
