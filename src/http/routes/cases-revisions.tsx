import { Hono } from "hono";
import { canEditCase } from "../../domain/case/case.policy.ts";
import { diffRevisions } from "../../domain/case/diff-revisions.ts";
import { listRevisions } from "../../domain/case/list-revisions.ts";
import { loadCase } from "../../domain/case/load-case.ts";
import { restoreRevision } from "../../domain/case/restore-revision.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CaseRevisionsPage } from "../../web/pages/case-revisions-page.tsx";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { caseErrorPage, principalOf } from "./cases-shared.tsx";

const m = caseUi.revisions;

/** /app/sager/:id/versioner: versions, the changes between any two, restoring one. */
export const caseRevisionRoutes = new Hono<AppEnv>()
  .get("/sager/:id/versioner", async (c) => {
    const id = parseId(c.req.param("id"));
    const viewer = c.get("viewer");
    if (id === null || !viewer) return renderError(c, 404);
    const { db } = c.get("deps");
    const principal = principalOf(c);
    try {
      const kase = await loadCase(db, principal, id);
      const revisions = await listRevisions(db, principal, id);
      const latest = revisions[0]?.number ?? 1;
      const from = parseId(c.req.query("fra")) ?? Math.max(1, latest - 1);
      const to = parseId(c.req.query("til")) ?? latest;
      const bad = from === to && revisions.length > 1;
      const diff =
        revisions.length > 1 && !bad
          ? await diffRevisions(db, principal, {
              caseId: id,
              from: Math.min(from, to),
              to: Math.max(from, to),
            })
          : null;
      return renderPage(
        c,
        <CaseRevisionsPage
          viewer={viewer}
          caseId={id}
          caseTitle={kase.title}
          version={kase.version}
          revisions={revisions}
          diff={diff}
          canRestore={canEditCase(principal, kase)}
          error={bad ? m.badRange : null}
        />,
        bad ? 400 : 200,
      );
    } catch (error) {
      return caseErrorPage(c, error, m.heading);
    }
  })
  .post("/sager/:id/versioner/:n/gendan", async (c) => {
    const id = parseId(c.req.param("id"));
    const n = parseId(c.req.param("n"));
    if (id === null || n === null) return renderError(c, 404);
    const version = Number(text(await readForm(c), "version"));
    try {
      const result = await restoreRevision(c.get("deps").db, principalOf(c), {
        caseId: id,
        number: n,
        version: Number.isInteger(version) ? version : -1,
      });
      return c.redirect(`/app/sager/${id}?besked=gendannet&v=${n}&ny=${result.revision}`, 303);
    } catch (error) {
      if (error instanceof DomainError && error.status === 409) {
        return renderError(c, 400, { title: m.heading, message: error.message });
      }
      return caseErrorPage(c, error, m.heading);
    }
  });
