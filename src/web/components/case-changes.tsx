import type { RevisionDiff } from "../../domain/case/diff-revisions.ts";
import type { ChangesBase } from "../../domain/case/find-changes-base.ts";
import type { RevisionSummary } from "../../domain/case/list-revisions.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CaseDiff } from "./case-diff.tsx";
import { formatCaseTime } from "./case-time.ts";

const m = caseUi.changes;
const p = caseUi.page;

export interface CaseChangesView {
  caseId: number;
  /** The case's revisions, newest first. */
  revisions: RevisionSummary[];
  /** The revision to compare from by default, and why; null when nothing is newer. */
  base: ChangesBase | null;
  /** The changes the viewer asked to see (?fra=N), from N to the latest revision. */
  shown: RevisionDiff | null;
  /** For the author of a returned case: what the approver changed since it was sent. */
  sinceSent: RevisionDiff | null;
}

/** The approver's edits since the author sent the case, shown to the author of a returned case. */
function SinceSent(props: { diff: RevisionDiff; base: string }) {
  const { diff } = props;
  return (
    <section class="case-changes" aria-labelledby="aendringer">
      <h2 id="aendringer">{p.changesHeading}</h2>
      <p>{p.changesIntro(diff.to.author?.name ?? "", formatCaseTime(diff.to.createdAt))}</p>
      <CaseDiff facts={diff.facts} fields={diff.fields} headingLevel={3} />
      <p>
        <a href={`${props.base}/versioner?fra=${diff.from.number}&til=${diff.to.number}`}>
          {p.changesLink}
        </a>
      </p>
    </section>
  );
}

/**
 * »Vis ændringer«: pick an earlier version (by default the one the viewer last saw, or the
 * one returned) and see every field of the case with the changes since marked inside it,
 * headings, lists and tables kept. A plain GET form, so it works without a script.
 */
export function CaseChanges(props: { changes: CaseChangesView }) {
  const { revisions, base, shown, sinceSent, caseId } = props.changes;
  const url = `/app/sager/${caseId}`;
  const older = revisions.slice(1);
  const selected = shown?.from.number ?? base?.number ?? older[0]?.number;
  return (
    <>
      {sinceSent && !shown ? <SinceSent diff={sinceSent} base={url} /> : null}
      {older.length > 0 ? (
        <section class="case-compare" aria-labelledby="vis-aendringer">
          <h2 id="vis-aendringer">{m.heading}</h2>
          {base && !shown ? (
            <p class="case-compare-since" role="status">
              {m.since[base.reason](base.number)}
            </p>
          ) : null}
          <form method="get" action={`${url}#vis-aendringer`} class="case-compare-form">
            <label for="sammenlign-fra">{m.compareWith}</label>
            <select id="sammenlign-fra" name="fra">
              {older.map((r) => (
                <option value={String(r.number)} selected={r.number === selected}>
                  {m.option(
                    r.number,
                    r.author?.name ?? caseUi.revisions.unknownPerson,
                    formatCaseTime(r.createdAt),
                  )}
                </option>
              ))}
            </select>
            <button class="button case-secondary" type="submit">
              {m.show}
            </button>
          </form>
          {shown ? (
            <div class="case-compare-result">
              <h3>{m.shownHeading(shown.from.number, shown.to.number)}</h3>
              <p class="muted">{m.shownIntro}</p>
              <CaseDiff facts={shown.facts} fields={shown.fields} headingLevel={4} showUnchanged />
              <p>
                <a href={`${url}#vis-aendringer`}>{m.hide}</a>
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
