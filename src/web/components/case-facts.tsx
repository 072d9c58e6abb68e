import type { CaseView } from "../../domain/case/get-case.ts";
import { purposes } from "../../domain/case/purpose.ts";
import { MAX_TITLE_LENGTH } from "../../domain/case/save-case-input.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";

const m = caseUi.page;

/** The case's own facts: title with purpose, journal number, time estimate, open or closed. */
export function CaseFactsForm(props: {
  view: CaseView;
  /** What a refused save's problems are about ("title", "journalNumber"): marked invalid. */
  invalid?: readonly (string | null)[];
}) {
  const v = props.view;
  const invalid = (target: string) => (props.invalid?.includes(target) ? "true" : undefined);
  return (
    <fieldset class="case-facts">
      <legend>{m.facts}</legend>
      <div class="case-row">
        <div>
          <label for="sag-formaal">{m.purpose}</label>
          <select
            id="sag-formaal"
            name="formaal"
            data-case-purpose
            aria-invalid={invalid("purpose")}
          >
            <option value="" selected={v.purpose === null}>
              {m.noPurpose}
            </option>
            {Object.entries(purposes).map(([key, label]) => (
              <option value={key} selected={v.purpose === key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="case-grow">
          <label for="sag-titel">{m.caseTitle}</label>
          <p class="muted" id="sag-titel-hint">
            {m.titleHint(MAX_TITLE_LENGTH)}
          </p>
          <input
            type="text"
            id="sag-titel"
            name="titel"
            value={v.title}
            required
            maxlength={MAX_TITLE_LENGTH}
            aria-describedby="sag-titel-hint"
            aria-invalid={invalid("title")}
            data-case-title
          />
        </div>
      </div>
      <div class="case-row">
        <div class="case-grow">
          <label for="sag-journal">{m.journalNumber}</label>
          <p class="muted" id="sag-journal-hint">
            {m.journalHint}
          </p>
          <input
            type="text"
            id="sag-journal"
            name="journalnummer"
            value={v.journalNumber ?? ""}
            aria-describedby="sag-journal-hint"
            aria-invalid={invalid("journalNumber")}
            autocomplete="off"
          />
        </div>
        <div>
          <label for="sag-tid">{m.duration}</label>
          <input
            type="number"
            id="sag-tid"
            name="tidsforbrug"
            min={1}
            max={600}
            step={1}
            inputmode="numeric"
            aria-invalid={invalid("durationMinutes")}
            value={v.durationMinutes === null ? "" : String(v.durationMinutes)}
          />
        </div>
      </div>
      <div class="case-closed">
        <input type="checkbox" id="sag-lukket" name="lukket" value="1" checked={v.closed} />
        <label for="sag-lukket">{m.closed}</label>
        <p class="muted" id="sag-lukket-hint">
          {m.closedHint}
        </p>
      </div>
      <label for="sag-begrundelse">{m.closureReason}</label>
      <p class="muted" id="sag-begrundelse-hint">
        {m.closureHint}
      </p>
      <textarea
        id="sag-begrundelse"
        name="begrundelse"
        rows={2}
        aria-describedby="sag-begrundelse-hint"
        aria-invalid={invalid("closureReason")}
      >
        {v.closureReason ?? ""}
      </textarea>
      <label for="sag-aaben">{m.openDecision}</label>
      <textarea
        id="sag-aaben"
        name="aaben_beslutning"
        rows={2}
        aria-invalid={invalid("openDecision")}
      >
        {v.openDecision ?? ""}
      </textarea>
    </fieldset>
  );
}

/** The same facts, read-only. */
export function CaseFactsList(props: {
  view: CaseView;
  /** The meeting whose agenda closed the case's item although the case is open. */
  closedOn?: string | null;
}) {
  const v = props.view;
  const closed = v.closed
    ? caseMessages.labels.yes
    : props.closedOn
      ? m.closedOnAgendaOnly(props.closedOn)
      : caseMessages.labels.no;
  const rows: [string, string | null][] = [
    [m.purpose, v.purpose ? purposes[v.purpose] : null],
    [m.journalNumber, v.journalNumber],
    [m.duration, v.durationMinutes === null ? null : String(v.durationMinutes)],
    [m.closed, closed],
    [m.closureReason, v.closed ? v.closureReason : null],
    [m.openDecision, v.openDecision],
  ];
  return (
    <dl class="facts">
      {rows
        .filter(([, value]) => value !== null && value !== "")
        .map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
    </dl>
  );
}
