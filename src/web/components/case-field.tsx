import type { CaseView } from "../../domain/case/get-case.ts";
import type { PmDoc, PmNode } from "../../domain/richtext/doc.ts";
import { docToText } from "../../domain/richtext/doc-to-text.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CaseCheck, type CheckView } from "./case-check.tsx";
import { CaseRichText } from "./rich-text.tsx";

const m = caseUi.page;

export type CaseFieldView = CaseView["fields"][number];

/** Extra empty point inputs under a recommendation, for adding points without a script. */
const EMPTY_POINTS = 2;

/** The lead-in ("Direktøren indstiller,") and the points of a recommendation document. */
export function recommendationParts(doc: PmDoc, points: string[] | null) {
  const index = doc.content.findIndex((n) => n.type === "orderedList");
  const before: PmNode[] = index < 0 ? doc.content : doc.content.slice(0, index);
  return {
    lead: docToText({ type: "doc", content: before }).trim(),
    points: points ?? [],
  };
}

function Recommendations(props: { field: CaseFieldView; describedBy: string | undefined }) {
  const { field } = props;
  const { lead, points } = recommendationParts(field.doc, field.recommendations);
  const id = `felt-${field.key}`;
  const slots = [...points, ...Array.from({ length: EMPTY_POINTS }, () => "")];
  return (
    <fieldset class="case-recommendations" aria-describedby={props.describedBy}>
      <legend class="visually-hidden">{m.fieldText(field.label)}</legend>
      <label for={`${id}-indledning`}>{m.recommendationLead}</label>
      <p class="muted" id={`${id}-indledning-hint`}>
        {m.recommendationLeadHint}
      </p>
      <input
        type="text"
        id={`${id}-indledning`}
        name={`indledning-${field.key}`}
        value={lead}
        aria-describedby={`${id}-indledning-hint`}
      />
      <p class="muted" id={`${id}-punkter-hint`}>
        {m.recommendationHint}
      </p>
      <ol class="case-points">
        {slots.map((point, i) => (
          <li>
            <label for={`${id}-punkt-${i + 1}`}>{m.recommendationPoint(i + 1)}</label>
            <input
              type="text"
              id={`${id}-punkt-${i + 1}`}
              name={`punkt-${field.key}`}
              value={point}
              aria-describedby={`${id}-punkter-hint`}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

/**
 * One template field: its heading, the text (a plain textarea that the editor island turns
 * into a rich-text editor, or the text itself when read-only), the writing check and the
 * field's guidance and example beside it.
 */
export function CaseField(props: {
  field: CaseFieldView;
  editable: boolean;
  check: CheckView | null;
  /** The writing check is on its way (the speller was still loading). */
  checkPending?: boolean;
  /** Read-only text that may be commented: the editor island lets a range be marked. */
  commentable?: boolean;
}) {
  const { field, editable } = props;
  const id = `felt-${field.key}`;
  const guidanceId = `${id}-vejledning`;
  // Guidance and »skal udfyldes« are for writing: a case read only shows its text at full width.
  const hasGuidance = editable && (field.guidance !== "" || field.example !== "");
  return (
    <section
      class="case-field"
      id={id}
      aria-labelledby={`${id}-h`}
      data-key={field.key}
      data-words={String(props.check?.words ?? 0)}
      data-sentences={String(props.check?.sentences ?? 0)}
      data-long-words={String(props.check?.longWords ?? 0)}
    >
      <h2 id={`${id}-h`}>
        {field.label}
        {field.required && editable ? <span class="case-field-flag"> ({m.required})</span> : null}
        {field.public ? null : <span class="case-field-flag"> ({m.notPublic})</span>}
      </h2>
      <div class={hasGuidance ? "case-field-grid" : "case-field-grid case-field-grid--single"}>
        <div class="case-field-main">
          {editable && field.kind === "recommendations" ? (
            <Recommendations field={field} describedBy={hasGuidance ? guidanceId : undefined} />
          ) : editable ? (
            <>
              <label id={`${id}-label`} for={`${id}-tekst`}>
                {m.fieldText(field.label)}
              </label>
              <p class="muted case-field-hint" id={`${id}-hint`}>
                {m.fieldHint}
              </p>
              <textarea
                id={`${id}-tekst`}
                name={`tekst-${field.key}`}
                rows={10}
                aria-describedby={hasGuidance ? `${id}-hint ${guidanceId}` : `${id}-hint`}
                data-case-field={field.key}
                data-label={field.label}
                data-doc={JSON.stringify(field.doc)}
              >
                {field.text}
              </textarea>
              <input type="hidden" name={`doc-${field.key}`} value="" data-case-doc={field.key} />
            </>
          ) : (
            <div
              class="case-field-text"
              id={`${id}-tekst`}
              data-case-readonly={props.commentable ? field.key : undefined}
              data-label={props.commentable ? field.label : undefined}
              data-doc={props.commentable ? JSON.stringify(field.doc) : undefined}
            >
              <CaseRichText doc={field.doc} />
            </div>
          )}
          {field.kind === "recommendations" && editable ? null : (
            <CaseCheck
              id={`${id}-tjek`}
              check={props.check}
              pending={props.checkPending ?? false}
            />
          )}
        </div>
        {hasGuidance ? (
          <div class="case-guidance" id={guidanceId}>
            <h3>{m.guidance}</h3>
            {field.guidance
              .split(/\n+/)
              .filter(Boolean)
              .map((p) => (
                <p>{p}</p>
              ))}
            {field.example ? (
              <details>
                <summary>{m.example}</summary>
                {field.example
                  .split(/\n+/)
                  .filter(Boolean)
                  .map((p) => (
                    <p>{p}</p>
                  ))}
              </details>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
