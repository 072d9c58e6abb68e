import type { Context } from "hono";
import { Hono } from "hono";
import { approveCase } from "../../domain/case/approve-case.ts";
import { CaseConflictError } from "../../domain/case/case-errors.ts";
import { type CaseView, getCase } from "../../domain/case/get-case.ts";
import { returnCase } from "../../domain/case/return-case.ts";
import { type SaveCaseResult, saveCase } from "../../domain/case/save-case.ts";
import { shareCase } from "../../domain/case/share-case.ts";
import { submitCase } from "../../domain/case/submit-case.ts";
import { unshareCase } from "../../domain/case/unshare-case.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CaseConflictPage } from "../../web/pages/case-conflict-page.tsx";
import { type FormBody, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { saveInputFrom, withAttempt } from "./cases-form.ts";
import { caseErrorPage, principalOf, renderCasePage } from "./cases-shared.tsx";

type Step = "save" | "submit" | "approve" | "return";

function savedQuery(result: SaveCaseResult): string {
  // The fields that lost content, by key: the page names them by their labels.
  const removed = [...new Set(result.removed.map((r) => r.key))].join(",");
  const base = result.revision === null ? "besked=uaendret" : `besked=gemt&v=${result.revision}`;
  return removed ? `${base}&fjernet=${encodeURIComponent(removed)}` : base;
}

/** Saves the form, then takes the step; a refusal shows the page again with what was typed. */
async function saveAndStep(c: Context<AppEnv>, step: Step) {
  const id = parseId(c.req.param("id"));
  if (id === null) return renderError(c, 404);
  const { db } = c.get("deps");
  const principal = principalOf(c);
  let view: CaseView;
  try {
    view = await getCase(db, principal, id);
  } catch (error) {
    return caseErrorPage(c, error, caseUi.page.errorTitle);
  }
  const form: FormBody = await readForm(c);
  let input: ReturnType<typeof saveInputFrom> | null = null;
  const comment = text(form, "retur_kommentar");
  try {
    input = saveInputFrom(form, view);
    if (step === "return" && !comment.trim()) {
      // Checked before saving, so a refused return leaves nothing half done.
      const message = caseMessages.returnCommentRequired;
      throw new DomainError("invalid", message, [message], ["returnComment"]);
    }
    const saved = await saveCase(db, principal, input);
    if (step === "save") return c.redirect(`/app/sager/${id}?${savedQuery(saved)}`, 303);
    const { version } = saved;
    if (step === "submit") {
      const approverId = Number(text(form, "godkender"));
      await stepOrShow(() => submitCase(db, principal, { caseId: id, approverId, version }));
      return c.redirect(`/app/sager/${id}?besked=sendt`, 303);
    }
    if (step === "approve") {
      await stepOrShow(() => approveCase(db, principal, { caseId: id, version }));
      return c.redirect(`/app/sager/${id}?besked=godkendt`, 303);
    }
    await stepOrShow(() => returnCase(db, principal, { caseId: id, comment, version }));
    return c.redirect(`/app/sager/${id}?besked=retur`, 303);
  } catch (error) {
    if (error instanceof StepError) {
      // The save went through; only the step was refused: show the stored case and why.
      const e = error.refusal;
      return renderCasePage(c, id, {
        error: { message: e.message, details: e.details, targets: e.targets },
        status: e.status === 409 ? 409 : e.status === 403 ? 403 : 400,
      });
    }
    if (error instanceof CaseConflictError && input) {
      return renderPage(
        c,
        <CaseConflictPage viewer={c.get("viewer")} view={view} error={error} />,
        409,
      );
    }
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 404) return caseErrorPage(c, error, caseUi.page.errorTitle);
    return renderCasePage(c, id, {
      view: input ? withAttempt(view, input) : view,
      ...(input ? { storedTitle: view.title } : {}),
      error: { message: error.message, details: error.details, targets: error.targets },
      status: error.status === 403 ? 403 : 400,
    });
  }
}

class StepError extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

async function stepOrShow<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DomainError) throw new StepError(error);
    throw error;
  }
}

/** A case: the editor or the read-only view, saving, and the approval steps. */
export const caseEditRoutes = new Hono<AppEnv>()
  .get("/sager/:id", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    try {
      return await renderCasePage(c, id);
    } catch (error) {
      return caseErrorPage(c, error, caseUi.page.openErrorTitle);
    }
  })
  .post("/sager/:id", (c) => saveAndStep(c, "save"))
  .post("/sager/:id/send", (c) => saveAndStep(c, "submit"))
  .post("/sager/:id/godkend", (c) => saveAndStep(c, "approve"))
  .post("/sager/:id/retur", (c) => saveAndStep(c, "return"))
  .post("/sager/:id/deling", (c) => changeSharing(c, false))
  .post("/sager/:id/deling/:userId/stop", (c) => changeSharing(c, true));

/** The author shares the case with a colleague, or stops sharing it. */
async function changeSharing(c: Context<AppEnv>, stop: boolean) {
  const id = parseId(c.req.param("id"));
  if (id === null) return renderError(c, 404);
  const userId = stop ? parseId(c.req.param("userId")) : parseId(text(await readForm(c), "bruger"));
  if (stop && userId === null) return renderError(c, 404);
  try {
    const { db } = c.get("deps");
    const input = { caseId: id, userId: userId ?? 0 };
    if (stop) {
      // Stopping a sharing that does not exist is a 404, not a success that did nothing.
      const { unshared } = await unshareCase(db, principalOf(c), input);
      if (!unshared) return renderError(c, 404);
    } else await shareCase(db, principalOf(c), input);
    return c.redirect(`/app/sager/${id}?besked=${stop ? "ikkedelt" : "delt"}#deling`, 303);
  } catch (error) {
    if (!(error instanceof DomainError) || error.status === 404) {
      return caseErrorPage(c, error, caseUi.sharing.heading);
    }
    return renderCasePage(c, id, {
      error: { message: error.message, details: [] },
      status: error.status === 403 ? 403 : 400,
    });
  }
}
