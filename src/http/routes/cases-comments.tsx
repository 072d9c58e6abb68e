import { Hono } from "hono";
import { addComment } from "../../domain/case/add-comment.ts";
import { CaseConflictError } from "../../domain/case/case-errors.ts";
import { reopenComment } from "../../domain/case/reopen-comment.ts";
import { resolveComment } from "../../domain/case/resolve-comment.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { COMMENT_NOTICE } from "../../web/pages/case-page.tsx";
import { readForm, text, texts } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { caseErrorPage, principalOf, renderCasePage } from "./cases-shared.tsx";

const m = caseUi.comments;

/** Comments: a new thread (on the case, a field or a marked range), replies, resolve, reopen. */
export const caseCommentRoutes = new Hono<AppEnv>()
  .post("/sager/:id/kommentarer", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const form = await readForm(c);
    const anchor = text(form, "anker") || null;
    const marked = text(form, "markeret");
    const parent = text(form, "svar_til");
    const version = Number(text(form, "version"));
    let markedDoc: unknown;
    try {
      markedDoc = marked ? JSON.parse(marked) : undefined;
    } catch {
      markedDoc = null;
    }
    try {
      const result = await addComment(c.get("deps").db, principalOf(c), {
        caseId: id,
        fieldKey: text(form, "felt") || null,
        anchor: parent ? null : anchor,
        parentId: parent ? Number(parent) : null,
        body: text(form, "tekst"),
        mentionUserIds: texts(form, "naevn").map(Number).filter(Number.isInteger),
        ...(markedDoc !== undefined && !parent && anchor
          ? { markedDoc, version: Number.isInteger(version) ? version : -1 }
          : {}),
      });
      const unreached = result.unreached.length ? `&ukendt=${result.unreached.length}` : "";
      // The notice is told in the thread, where the page opens.
      const at = `traad=${result.threadId}${unreached}#${COMMENT_NOTICE}`;
      return c.redirect(`/app/sager/${id}?besked=kommentar&${at}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status === 404) {
        return caseErrorPage(c, error, m.heading);
      }
      const message =
        error instanceof CaseConflictError ? caseUi.editor.commentNeedsSave : error.message;
      return renderCasePage(c, id, {
        error: { message, details: [] },
        status: error.status === 403 ? 403 : error.status === 409 ? 409 : 400,
      });
    }
  })
  .post("/kommentarer/:id/:action{loes|genaabn}", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const use = c.req.param("action") === "loes" ? resolveComment : reopenComment;
    try {
      const caseId = parseId(text(await readForm(c), "sag"));
      const { threadId } = await use(c.get("deps").db, principalOf(c), { commentId: id });
      const back = caseId === null ? "/app/sager" : `/app/sager/${caseId}#kommentar-${threadId}`;
      return c.redirect(back, 303);
    } catch (error) {
      return caseErrorPage(c, error, m.heading);
    }
  });
