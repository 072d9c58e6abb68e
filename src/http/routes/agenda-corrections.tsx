import type { Context } from "hono";
import { Hono } from "hono";
import { correctAgendaItem } from "../../domain/agenda/correct-agenda-item.ts";
import { getItemCorrection } from "../../domain/agenda/get-item-correction.ts";
import { sendCorrectedAgenda } from "../../domain/agenda/send-corrected-agenda.ts";
import { withdrawAgendaItem } from "../../domain/agenda/withdraw-agenda-item.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { webMessages } from "../../i18n/da/web.ts";
import {
  AgendaCorrectionPage,
  type CorrectionValues,
} from "../../web/pages/agenda-correction-page.tsx";
import { type FormBody, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { type FormErrorStatus, problemsOf, runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { agendaAction } from "./agenda-actions.tsx";

/** The agenda version the form showed; anything else is a version no agenda has (a 409). */
const versionOf = (form: FormBody) => {
  const value = Number(text(form, "version"));
  return Number.isInteger(value) ? value : -1;
};

/** The correction page again, with the problems and what the user typed; or an error page. */
async function correctionPage(
  c: Context<AppEnv>,
  options: { errors?: readonly string[]; values?: CorrectionValues; status?: FormErrorStatus } = {},
) {
  const session = c.get("session");
  const meetingId = parseId(c.req.param("id") ?? "");
  const itemId = parseId(c.req.param("itemId") ?? "");
  if (!session) return renderError(c, 403);
  if (meetingId === null || itemId === null) return renderError(c, 404);
  try {
    const form = await getItemCorrection(c.get("deps").db, session.principal, {
      meetingId,
      itemId,
    });
    return renderPage(
      c,
      <AgendaCorrectionPage form={form} viewer={c.get("viewer")} {...options} />,
      options.status ?? 200,
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 400) return renderError(c, 400);
    const title =
      error.status === 403 ? webMessages.errors.forbiddenTitle : webMessages.errors.notFoundTitle;
    return renderError(c, error.status === 403 ? 403 : 404, { title, message: error.message });
  }
}

/** Runs a correction post: back to the agenda on success, the page with its problems if not. */
async function correctionAction(
  c: Context<AppEnv>,
  run: (form: FormBody, meetingId: number, itemId: number) => Promise<string>,
  valuesOf: (form: FormBody) => CorrectionValues,
) {
  const session = c.get("session");
  const meetingId = parseId(c.req.param("id") ?? "");
  const itemId = parseId(c.req.param("itemId") ?? "");
  if (!session) return renderError(c, 403);
  if (meetingId === null || itemId === null) return renderError(c, 404);
  const form = await readForm(c);
  return runAction(
    c,
    () => run(form, meetingId, itemId),
    (error, status) =>
      correctionPage(c, {
        errors: problemsOf(error),
        values: valuesOf(form),
        status: status,
      }),
  );
}

const caseFieldsOf = (form: FormBody) =>
  Object.keys(form)
    .filter((key) => key.startsWith("felt:"))
    .map((key) => ({ key: key.slice(5), text: text(form, key) }));

/**
 * Corrections after the agenda went out, under /app/moeder/:id/dagsorden/…: the page to
 * correct or withdraw an item, and sending the »Rettet dagsorden«.
 */
export const agendaCorrectionRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/dagsorden/punkter/:itemId/ret", (c) => correctionPage(c))
  .post("/moeder/:id/dagsorden/punkter/:itemId/ret", (c) =>
    correctionAction(
      c,
      async (form, meetingId, itemId) => {
        const session = c.get("session");
        if (!session) throw new DomainError("forbidden", webMessages.errors.forbidden);
        const caseVersion = Number(text(form, "sagsversion"));
        await correctAgendaItem(c.get("deps").db, session.principal, {
          meetingId,
          itemId,
          agendaVersion: versionOf(form),
          reason: text(form, "begrundelse"),
          title: text(form, "titel"),
          fields: caseFieldsOf(form),
          ...(Number.isInteger(caseVersion) && text(form, "sagsversion") !== ""
            ? { caseVersion }
            : {}),
        });
        return `/app/moeder/${meetingId}?ok=rettelse#dp-${itemId}`;
      },
      (form) => ({
        title: text(form, "titel"),
        fields: Object.fromEntries(caseFieldsOf(form).map((f) => [f.key, f.text])),
        reason: text(form, "begrundelse"),
      }),
    ),
  )
  .post("/moeder/:id/dagsorden/punkter/:itemId/traek", (c) =>
    correctionAction(
      c,
      async (form, meetingId, itemId) => {
        const session = c.get("session");
        if (!session) throw new DomainError("forbidden", webMessages.errors.forbidden);
        await withdrawAgendaItem(c.get("deps").db, session.principal, {
          meetingId,
          itemId,
          agendaVersion: versionOf(form),
          reason: text(form, "begrundelse"),
        });
        return `/app/moeder/${meetingId}?ok=trukket#dp-${itemId}`;
      },
      (form) => ({ withdrawReason: text(form, "begrundelse") }),
    ),
  )
  .post("/moeder/:id/dagsorden/rettet", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const form = await readForm(c);
      await sendCorrectedAgenda(c.get("deps").db, principal, {
        meetingId,
        agendaVersion: versionOf(form),
      });
      return `/app/moeder/${meetingId}?ok=rettet_udsendt#rettelser`;
    }),
  );
