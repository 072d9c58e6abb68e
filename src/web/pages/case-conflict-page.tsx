import type { CaseConflictError } from "../../domain/case/case-errors.ts";
import type { CaseView } from "../../domain/case/get-case.ts";
import { purposes } from "../../domain/case/purpose.ts";
import { sanitizeDoc } from "../../domain/richtext/sanitize-doc.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { formatCaseTime } from "../components/case-time.ts";
import { CaseRichText } from "../components/rich-text.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = caseUi.conflict;
const labels = caseMessages.labels as Record<string, string>;

function factText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.empty;
  if (key === "purpose") return purposes[value as keyof typeof purposes] ?? String(value);
  if (key === "closed") return value ? (labels.yes ?? "") : (labels.no ?? "");
  return String(value);
}

/**
 * Someone saved the case after the user opened it: nothing of the user's save was written.
 * Shows, for every field and fact that differs, the stored version (who, when) beside the
 * user's own, with a form to save theirs over it anyway and a link to drop theirs.
 */
export function CaseConflictPage(props: {
  viewer: Viewer;
  view: CaseView;
  error: CaseConflictError;
}) {
  const { view, error, viewer } = props;
  const { stored, attempted } = error;
  const who = stored.savedBy?.name ?? caseUi.revisions.unknownPerson;
  const when = stored.savedAt ? formatCaseTime(stored.savedAt) : "";
  const fieldKeys = error.fieldKeys.filter((k) => stored.content.fields.some((f) => f.key === k));
  const factKeys = error.fieldKeys.filter((k) => !fieldKeys.includes(k));
  // The other save may be the user's own, from another tab: not »someone else«.
  const self = stored.savedBy !== null && stored.savedBy.id === viewer?.userId;
  const title = self ? m.titleSelf : m.title;
  const attemptedFacts = attempted as unknown as Record<string, unknown>;
  const storedFacts = stored.content as unknown as Record<string, unknown>;
  return (
    <Layout title={title} viewer={viewer}>
      <Breadcrumbs
        trail={[
          { label: caseUi.page.breadcrumb, href: "/app/sager" },
          { label: view.title, href: `/app/sager/${view.id}` },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <div class="error-summary case-error" role="alert">
        <p>{self ? m.messageSelf : error.message}</p>
      </div>
      {factKeys.map((key) => (
        <section class="case-conflict" aria-labelledby={`konflikt-${key}`}>
          <h2 id={`konflikt-${key}`}>{labels[key] ?? key}</h2>
          <div class="case-conflict-grid">
            <div>
              <h3>{m.theirs(who, when)}</h3>
              <p>{factText(key, storedFacts[key])}</p>
            </div>
            <div>
              <h3>{m.yours}</h3>
              <p>{factText(key, attemptedFacts[key])}</p>
            </div>
          </div>
        </section>
      ))}
      {fieldKeys.map((key) => {
        const theirs = stored.content.fields.find((f) => f.key === key);
        const mine = attempted.fields?.find((f) => f.key === key);
        const clean = mine ? sanitizeDoc(mine.doc, theirs?.label ?? key) : null;
        return (
          <section class="case-conflict" aria-labelledby={`konflikt-${key}`}>
            <h2 id={`konflikt-${key}`}>{m.field(theirs?.label ?? key)}</h2>
            <div class="case-conflict-grid">
              <div class="case-conflict-theirs">
                <h3>{m.theirs(who, when)}</h3>
                {theirs?.doc.content.length ? <CaseRichText doc={theirs.doc} /> : <p>{m.empty}</p>}
              </div>
              <div class="case-conflict-mine">
                <h3>{m.yours}</h3>
                {clean?.ok && clean.doc.content.length ? (
                  <CaseRichText doc={clean.doc} />
                ) : (
                  <p>{m.empty}</p>
                )}
              </div>
            </div>
          </section>
        );
      })}
      <form method="post" action={`/app/sager/${view.id}`} class="case-conflict-form">
        <input type="hidden" name="_csrf" value={viewer?.csrfToken ?? ""} />
        <input type="hidden" name="version" value={String(stored.version)} />
        {/* What the others changed where this text did not is kept. */}
        <input type="hidden" name="grundversion" value={String(attempted.version)} />
        <input type="hidden" name="titel" value={attempted.title ?? view.title} />
        <input type="hidden" name="formaal" value={attempted.purpose ?? ""} />
        <input type="hidden" name="journalnummer" value={attempted.journalNumber ?? ""} />
        <input
          type="hidden"
          name="tidsforbrug"
          value={attempted.durationMinutes == null ? "" : String(attempted.durationMinutes)}
        />
        {attempted.closed ? <input type="hidden" name="lukket" value="1" /> : null}
        <input type="hidden" name="begrundelse" value={attempted.closureReason ?? ""} />
        <input type="hidden" name="aaben_beslutning" value={attempted.openDecision ?? ""} />
        {(attempted.fields ?? []).map((f) => (
          <input type="hidden" name={`doc-${f.key}`} value={JSON.stringify(f.doc)} />
        ))}
        <p class="muted" id="behold-hint">
          {m.keepMineHint}
        </p>
        <button class="button" type="submit" aria-describedby="behold-hint">
          {m.keepMine}
        </button>
      </form>
      <p>
        <a href={`/app/sager/${view.id}`}>{m.discard}</a>
      </p>
    </Layout>
  );
}
