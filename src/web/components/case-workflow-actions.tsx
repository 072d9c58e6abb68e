import type { CaseView } from "../../domain/case/get-case.ts";
import { caseBarMessages } from "../../i18n/da/case-bar.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";

const m = caseUi.page;
const b = caseBarMessages;

/**
 * The workflow steps open to the viewer, as the case's permissions say (send for approval;
 * approve or return): each button posts the case form (`form`) to its step. Sending and
 * returning ask for more (the approver, a comment), so each opens as a panel of its own; a
 * step refused for want of that (`refused`: the refusal's targets) shows its panel open again.
 */
export function CaseWorkflowActions(props: {
  view: CaseView;
  approvers: { id: number; name: string; title: string | null }[];
  form: string;
  refused?: readonly (string | null)[];
}) {
  const { view: v, approvers, form } = props;
  const reopen = (target: string) => props.refused?.includes(target) ?? false;
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
                <select
                  id="sag-godkender"
                  name="godkender"
                  form={form}
                  aria-describedby="send-hint"
                  aria-invalid={reopen("approver") ? "true" : undefined}
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
          <button
            class="button"
            type="submit"
            form={form}
            formaction={`${base}/godkend`}
            aria-describedby="sag-godkend-hint"
          >
            {m.approve}
          </button>
          <p class="visually-hidden" id="sag-godkend-hint">
            {m.reviewIntro}
          </p>
          <details class="case-bar-panel" open={reopen("returnComment")}>
            <summary class="button case-secondary">{b.sendBack}</summary>
            <fieldset class="case-actions">
              <legend>{m.reviewHeading}</legend>
              <p class="muted">{m.reviewIntro}</p>
              <label for="sag-retur">{m.returnComment}</label>
              <p class="muted" id="sag-retur-hint">
                {m.returnHint}
              </p>
              <textarea
                id="sag-retur"
                name="retur_kommentar"
                form={form}
                rows={3}
                aria-describedby="sag-retur-hint"
                aria-invalid={reopen("returnComment") ? "true" : undefined}
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
