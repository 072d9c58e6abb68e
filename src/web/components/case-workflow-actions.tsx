import type { CaseView } from "../../domain/case/get-case.ts";
import { caseBarMessages } from "../../i18n/da/case-bar.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";

const m = caseUi.page;
const b = caseBarMessages;

/** What a step's own panel asks for. */
type StepTarget = "approver" | "returnComment";

/** A step refused for want of what its panel asks for, told in the panel. */
export interface StepRefusal {
  message: string;
  targets: readonly StepTarget[];
}

/**
 * The refusal as its step's panel tells it, or null when it is about anything else or the
 * panel has no field to tell it at (no approver to choose any more).
 */
export function stepRefusalOf(
  error: { message: string; targets?: readonly (string | null)[] },
  approvers: number,
): StepRefusal | null {
  const targets = error.targets ?? [];
  const steps = targets.filter(
    (t): t is StepTarget => (t === "approver" && approvers > 0) || t === "returnComment",
  );
  return steps.length > 0 && steps.length === targets.length
    ? { message: error.message, targets: steps }
    : null;
}

/**
 * The workflow steps open to the viewer, as the case's permissions say (send for approval;
 * approve or return): each button posts the case form (`form`) to its step. Sending and
 * returning ask for more (the approver, a comment), so each opens as a panel of its own; a
 * step refused for want of that (`refusal`) shows its panel open again with the reason above
 * the field, and the field focused: the panel lies over the top of the page, where a refusal
 * is otherwise told.
 */
export function CaseWorkflowActions(props: {
  view: CaseView;
  approvers: { id: number; name: string; title: string | null }[];
  form: string;
  refusal?: StepRefusal | null;
}) {
  const { view: v, approvers, form } = props;
  const reopen = (target: StepTarget) => props.refusal?.targets.includes(target) ?? false;
  const reason = (target: StepTarget, id: string) =>
    reopen(target) ? (
      <p class="case-point-error" id={id} role="alert">
        {props.refusal?.message}
      </p>
    ) : null;
  const base = `/app/sager/${v.id}`;
  return (
    <>
      {v.permissions.submit ? (
        <details class="case-bar-panel" open={reopen("approver")}>
          <summary class="button case-secondary">{b.send}</summary>
          <fieldset class="case-actions">
            <legend>{m.sendHeading}</legend>
            <p class="muted" id="send-hint">
              {m.sendHint}
            </p>
            {approvers.length === 0 ? (
              <p>{m.noApprovers}</p>
            ) : (
              <>
                <label for="sag-godkender">{m.chooseApprover}</label>
                {reason("approver", "sag-godkender-fejl")}
                <select
                  id="sag-godkender"
                  name="godkender"
                  form={form}
                  aria-describedby={
                    reopen("approver") ? "sag-godkender-fejl send-hint" : "send-hint"
                  }
                  aria-invalid={reopen("approver") ? "true" : undefined}
                  autofocus={reopen("approver")}
                >
                  <option value="">{m.chooseApproverOption}</option>
                  {approvers.map((a) => (
                    <option value={String(a.id)} selected={v.approver?.id === a.id}>
                      {a.title ? `${a.name}, ${a.title}` : a.name}
                    </option>
                  ))}
                </select>
                <button
                  class="button case-send"
                  type="submit"
                  form={form}
                  formaction={`${base}/send`}
                >
                  {m.send}
                </button>
              </>
            )}
          </fieldset>
        </details>
      ) : null}
      {v.permissions.review ? (
        <>
          {/* A panel like sending and returning: approving locks the case, so it is one
              deliberate step more than »Gem« beside it. */}
          <details class="case-bar-panel">
            <summary class="button">{b.approve}</summary>
            <fieldset class="case-actions">
              <legend>{m.approveHeading}</legend>
              <p class="muted" id="sag-godkend-hint">
                {m.approveIntro}
              </p>
              <button
                class="button"
                type="submit"
                form={form}
                formaction={`${base}/godkend`}
                aria-describedby="sag-godkend-hint"
              >
                {m.approve}
              </button>
            </fieldset>
          </details>
          <details class="case-bar-panel" open={reopen("returnComment")}>
            <summary class="button case-secondary">{b.sendBack}</summary>
            <fieldset class="case-actions">
              <legend>{m.returnHeading}</legend>
              <p class="muted">{m.returnIntro}</p>
              <label for="sag-retur">{m.returnComment}</label>
              <p class="muted" id="sag-retur-hint">
                {m.returnHint}
              </p>
              {reason("returnComment", "sag-retur-fejl")}
              <textarea
                id="sag-retur"
                name="retur_kommentar"
                form={form}
                rows={3}
                aria-describedby={
                  reopen("returnComment") ? "sag-retur-fejl sag-retur-hint" : "sag-retur-hint"
                }
                aria-invalid={reopen("returnComment") ? "true" : undefined}
                autofocus={reopen("returnComment")}
              />
              <button
                class="button case-secondary"
                type="submit"
                form={form}
                formaction={`${base}/retur`}
              >
                {m.sendBack}
              </button>
            </fieldset>
          </details>
        </>
      ) : null}
    </>
  );
}
