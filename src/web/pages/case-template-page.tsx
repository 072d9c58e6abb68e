import type { TemplateFieldValues } from "../../domain/template/template-input.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = caseUi.template;

function FieldEditor(props: { n: number; field: TemplateFieldValues | null }) {
  const f = props.field;
  const id = `skabelon-${props.n}`;
  const name = (x: string) => `felt-${props.n}-${x}`;
  return (
    <fieldset class="case-template-field">
      <legend>{f ? `${m.field(props.n + 1)}: ${f.label}` : m.newField}</legend>
      <div class="case-row">
        <div class="case-grow">
          <label for={`${id}-label`}>{m.label}</label>
          <input type="text" id={`${id}-label`} name={name("overskrift")} value={f?.label ?? ""} />
        </div>
        <div>
          <label for={`${id}-key`}>{m.key}</label>
          <input type="text" id={`${id}-key`} name={name("noegle")} value={f?.key ?? ""} />
        </div>
        <div>
          <label for={`${id}-pos`}>{m.position}</label>
          <input
            type="number"
            id={`${id}-pos`}
            name={name("placering")}
            min={1}
            value={String(props.n + 1)}
            inputmode="numeric"
          />
        </div>
      </div>
      <label for={`${id}-guidance`}>{m.guidance}</label>
      <textarea id={`${id}-guidance`} name={name("vejledning")} rows={3}>
        {f?.guidance ?? ""}
      </textarea>
      <label for={`${id}-example`}>{m.example}</label>
      <textarea id={`${id}-example`} name={name("eksempel")} rows={3}>
        {f?.example ?? ""}
      </textarea>
      <label for={`${id}-kind`}>{m.kind}</label>
      <select id={`${id}-kind`} name={name("type")}>
        <option value="text" selected={f?.kind !== "recommendations"}>
          {m.kindText}
        </option>
        <option value="recommendations" selected={f?.kind === "recommendations"}>
          {m.kindRecommendations}
        </option>
      </select>
      <div class="case-checkbox">
        <input
          type="checkbox"
          id={`${id}-req`}
          name={name("kraevet")}
          value="1"
          checked={f?.required ?? false}
        />
        <label for={`${id}-req`}>{m.required}</label>
      </div>
      <div class="case-checkbox">
        <input
          type="checkbox"
          id={`${id}-pub`}
          name={name("offentlig")}
          value="1"
          checked={f?.public ?? true}
        />
        <label for={`${id}-pub`}>{m.public}</label>
      </div>
      {f ? (
        <div class="case-checkbox">
          <input type="checkbox" id={`${id}-del`} name={name("fjern")} value="1" />
          <label for={`${id}-del`}>{m.remove}</label>
        </div>
      ) : null}
    </fieldset>
  );
}

/** An administrator edits a committee's case template: ordered fields with guidance. */
export function CaseTemplatePage(props: {
  viewer: NonNullable<Viewer>;
  committee: { id: number; name: string };
  name: string;
  fields: TemplateFieldValues[];
  notice?: string | null;
  error?: string | null;
}) {
  const { committee, fields } = props;
  return (
    <Layout title={m.title(committee.name)} viewer={props.viewer}>
      <Breadcrumbs
        trail={[{ label: "Sager", href: "/app/sager" }, { label: m.title(committee.name) }]}
      />
      <h1>{m.title(committee.name)}</h1>
      <p class="lead">{m.intro}</p>
      {props.notice ? <OutcomeNotice class="case-notice">{props.notice}</OutcomeNotice> : null}
      {props.error ? <ErrorSummary messages={[props.error]} /> : null}
      {fields.length === 0 ? <p>{m.noTemplate}</p> : null}
      <form
        method="post"
        action={`/app/udvalg/${committee.id}/skabelon`}
        class="case-template-form"
      >
        <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
        <input type="hidden" name="antal" value={String(fields.length + 1)} />
        <label for="skabelon-navn">{m.name}</label>
        <input type="text" id="skabelon-navn" name="navn" value={props.name} />
        {fields.map((f, n) => (
          <FieldEditor n={n} field={f} />
        ))}
        <FieldEditor n={fields.length} field={null} />
        <button class="button" type="submit">
          {m.save}
        </button>
      </form>
    </Layout>
  );
}
