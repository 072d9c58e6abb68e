import { type Context, Hono } from "hono";
import { canEditTemplate } from "../../domain/case/case.policy.ts";
import { DomainError } from "../../domain/domain-error.ts";
import {
  getCommitteeTemplate,
  loadCommittee,
} from "../../domain/template/get-committee-template.ts";
import type { TemplateFieldValues } from "../../domain/template/template-input.ts";
import { updateTemplate } from "../../domain/template/update-template.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CaseTemplatePage } from "../../web/pages/case-template-page.tsx";
import { type FormBody, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { caseErrorPage, principalOf } from "./cases-shared.tsx";

const m = caseUi.template;
const MAX_ROWS = 60;

/** The template's fields from the form, in the order of their position numbers. */
function fieldsFrom(form: FormBody): TemplateFieldValues[] {
  const count = Math.min(MAX_ROWS, Math.max(0, Number(text(form, "antal")) || 0));
  const rows: { position: number; n: number; field: TemplateFieldValues }[] = [];
  for (let n = 0; n < count; n++) {
    const v = (x: string) => text(form, `felt-${n}-${x}`);
    if (v("fjern") === "1") continue;
    const label = v("overskrift").trim();
    const key = v("noegle").trim();
    if (!label && !key) continue;
    rows.push({
      position: Number(v("placering")) || n + 1,
      n,
      field: {
        key,
        label,
        guidance: v("vejledning"),
        example: v("eksempel"),
        required: v("kraevet") === "1",
        public: v("offentlig") === "1",
        kind: v("type") === "recommendations" ? "recommendations" : "text",
      },
    });
  }
  return rows.sort((a, b) => a.position - b.position || a.n - b.n).map((r) => r.field);
}

/**
 * The committee whose template the session's user may edit, or the response to send: 404
 * without a role on it, 403 for anyone but its administrators. Checked before any form is read.
 */
async function editableCommittee(c: Context<AppEnv>, id: number) {
  const principal = principalOf(c);
  try {
    const committee = await loadCommittee(c.get("deps").db, principal, id);
    if (canEditTemplate(principal, committee)) return committee;
    return renderError(c, 403, { title: m.errorTitle, message: caseMessages.forbidden.template });
  } catch (error) {
    return caseErrorPage(c, error, m.errorTitle);
  }
}

/** /app/udvalg/:id/skabelon: administrators edit a committee's case template. */
export const caseTemplateRoutes = new Hono<AppEnv>()
  .get("/udvalg/:id/skabelon", async (c) => {
    const id = parseId(c.req.param("id"));
    const viewer = c.get("viewer");
    if (id === null || !viewer) return renderError(c, 404);
    const committee = await editableCommittee(c, id);
    if (committee instanceof Response) return committee;
    const template = await getCommitteeTemplate(c.get("deps").db, principalOf(c), id);
    return renderPage(
      c,
      <CaseTemplatePage
        viewer={viewer}
        committee={committee}
        name={template?.name ?? ""}
        fields={template?.fields ?? []}
        notice={c.req.query("besked") === "gemt" ? m.saved : null}
      />,
    );
  })
  .post("/udvalg/:id/skabelon", async (c) => {
    const id = parseId(c.req.param("id"));
    const viewer = c.get("viewer");
    if (id === null || !viewer) return renderError(c, 404);
    const committee = await editableCommittee(c, id);
    if (committee instanceof Response) return committee;
    const form = await readForm(c);
    const fields = fieldsFrom(form);
    try {
      await updateTemplate(c.get("deps").db, principalOf(c), {
        committeeId: id,
        name: text(form, "navn"),
        fields,
      });
      return c.redirect(`/app/udvalg/${id}/skabelon?besked=gemt`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 400) {
        return caseErrorPage(c, error, m.errorTitle);
      }
      return renderPage(
        c,
        <CaseTemplatePage
          viewer={viewer}
          committee={committee}
          name={text(form, "navn")}
          fields={fields}
          error={error.message}
        />,
        400,
      );
    }
  });
