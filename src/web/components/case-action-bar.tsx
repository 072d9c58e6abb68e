import type { CaseView } from "../../domain/case/get-case.ts";
import { caseBarMessages } from "../../i18n/da/case-bar.ts";
import type { CheckView } from "./case-check.tsx";
import { CaseWorkflowActions, type StepRefusal } from "./case-workflow-actions.tsx";

const b = caseBarMessages;

/** The writing check's findings (unknown words, accessibility problems, CPR numbers) over all fields. */
export function findingsOf(checks: Record<string, CheckView>, order: string[]) {
  let count = 0;
  let first: string | null = null;
  for (const key of order) {
    const c = checks[key];
    const n = c ? c.spelling.length + c.accessibility.length + c.cpr.length : 0;
    count += n;
    if (n > 0 && first === null) first = key;
  }
  return { count, first };
}

/**
 * The bar that stays at the top of the case page while it scrolls: whether the text is saved
 * (and Gem), the workflow steps open to the viewer, and the writing check's findings with a
 * link to the first. Its buttons belong to the case form (`form`), so they post what the form
 * at the bottom of the page would.
 */
export function CaseActionBar(props: {
  view: CaseView;
  approvers: { id: number; name: string; title: string | null }[];
  /** The id of the case form, or null when the viewer has no form (read-only, no steps). */
  form: string | null;
  editable: boolean;
  /** Null while the writing check is on its way. */
  checks: Record<string, CheckView> | null;
  /** A step refused for want of what its panel asks for: the panel opens again and says why. */
  refusal?: StepRefusal | null;
  /** The form holds text a refused save did not store. */
  unsaved?: boolean;
}) {
  const { view: v, form, checks } = props;
  // An editable recommendation has no check box of its own (its points are plain inputs).
  const checked = v.fields
    .filter((f) => !(props.editable && f.kind === "recommendations"))
    .map((f) => f.key);
  const found = checks ? findingsOf(checks, checked) : null;
  const target = found?.first ?? checked[0];
  return (
    <section class="case-bar" aria-label={b.label} data-case-bar>
      {props.editable && form ? (
        <div class="case-bar-save">
          <p
            class="case-bar-state"
            role="status"
            data-save-state
            data-dirty={props.unsaved ? "" : undefined}
          >
            {props.unsaved ? b.unsaved : b.saved}
          </p>
          <button class="button" type="submit" form={form}>
            {b.save}
          </button>
        </div>
      ) : null}
      {form ? (
        <div class="case-bar-steps">
          <CaseWorkflowActions
            view={v}
            approvers={props.approvers}
            form={form}
            refusal={props.refusal ?? null}
          />
        </div>
      ) : null}
      {target ? (
        <a class="case-bar-check" href={`#felt-${target}-tjek`} data-check-summary>
          {found ? b.findings(found.count) : b.findingsPending}
        </a>
      ) : null}
    </section>
  );
}
