import type { RevisionDiff } from "../../domain/case/diff-revisions.ts";
import type { RevisionSummary } from "../../domain/case/list-revisions.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { CaseDiff } from "../components/case-diff.tsx";
import { formatCaseTime } from "../components/case-time.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = caseUi.revisions;

/**
 * The versions of a case, newest first, with who saved each and when; two chosen versions
 * compared field by field with insertions and deletions marked; restoring an older version
 * as a new one for whoever may edit the case.
 */
export function CaseRevisionsPage(props: {
  viewer: NonNullable<Viewer>;
  caseId: number;
  caseTitle: string;
  version: number;
  revisions: RevisionSummary[];
  diff: RevisionDiff | null;
  canRestore: boolean;
  error?: string | null;
}) {
  const { revisions, diff, caseId } = props;
  const base = `/app/sager/${caseId}`;
  const who = (r: RevisionSummary) => r.author?.name ?? m.unknownPerson;
  return (
    <Layout title={m.title(props.caseTitle)} viewer={props.viewer}>
      <Breadcrumbs
        trail={[
          { label: caseUi.page.breadcrumb, href: "/app/sager" },
          { label: props.caseTitle, href: base },
          { label: m.heading },
        ]}
      />
      <h1>{m.title(props.caseTitle)}</h1>
      {props.error ? <ErrorSummary messages={[props.error]} /> : null}
      {diff ? (
        <section aria-labelledby="aendringer">
          <h2 id="aendringer">{m.diffHeading(diff.from.number, diff.to.number)}</h2>
          <p>
            {m.diffIntro(
              `${diff.from.number} (${who(diff.from)}, ${formatCaseTime(diff.from.createdAt)})`,
              `${diff.to.number} (${who(diff.to)}, ${formatCaseTime(diff.to.createdAt)})`,
            )}
          </p>
          <p>{caseUi.changes.shownIntro}</p>
          <CaseDiff facts={diff.facts} fields={diff.fields} headingLevel={3} />
        </section>
      ) : revisions.length < 2 ? (
        <p>{m.onlyOne}</p>
      ) : null}
      <section aria-labelledby="versioner">
        <h2 id="versioner">{m.heading}</h2>
        <p>{m.intro}</p>
        <form method="get" action={`${base}/versioner`}>
          <div class="table-wrap">
            <table class="case-table">
              <thead>
                <tr>
                  <th scope="col">{m.number}</th>
                  <th scope="col">{m.who}</th>
                  <th scope="col">{m.when}</th>
                  <th scope="col">{m.from}</th>
                  <th scope="col">{m.to}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r) => (
                  <tr>
                    <td>
                      {r.number}
                      {r.restoredFrom !== null ? ` (${m.restoredFrom(r.restoredFrom)})` : null}
                    </td>
                    <td>{who(r)}</td>
                    <td>{formatCaseTime(r.createdAt)}</td>
                    <td>
                      <input
                        type="radio"
                        name="fra"
                        value={String(r.number)}
                        aria-label={m.fromVersion(r.number)}
                        checked={diff?.from.number === r.number}
                      />
                    </td>
                    <td>
                      <input
                        type="radio"
                        name="til"
                        value={String(r.number)}
                        aria-label={m.toVersion(r.number)}
                        checked={diff?.to.number === r.number}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button class="button" type="submit">
            {m.compare}
          </button>
        </form>
      </section>
      {props.canRestore && revisions.length > 1 ? (
        <section aria-labelledby="gendan">
          <h2 id="gendan">{m.restoreHeading}</h2>
          <ul class="case-restore">
            {revisions.slice(1).map((r) => (
              <li>
                <form method="post" action={`${base}/versioner/${r.number}/gendan`}>
                  <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
                  <input type="hidden" name="version" value={String(props.version)} />
                  <button class="button case-secondary" type="submit">
                    {m.restore(r.number)}
                  </button>{" "}
                  <span class="muted">
                    {who(r)}, {formatCaseTime(r.createdAt)}
                  </span>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={base}>{m.back}</a>
      </p>
    </Layout>
  );
}
