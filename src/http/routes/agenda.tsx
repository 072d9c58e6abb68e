import { Hono } from "hono";
import { addCasesToAgenda } from "../../domain/agenda/add-cases-to-agenda.ts";
import { addThemeToAgenda } from "../../domain/agenda/add-theme-to-agenda.ts";
import { previewAgendaPublication } from "../../domain/agenda/preview-agenda-publication.ts";
import { publishAgenda } from "../../domain/agenda/publish-agenda.ts";
import { removeAgendaItem } from "../../domain/agenda/remove-agenda-item.ts";
import { reorderAgenda } from "../../domain/agenda/reorder-agenda.ts";
import { updateAgendaItem } from "../../domain/agenda/update-agenda-item.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { itemControlHref } from "../../web/components/agenda-item-row.tsx";
import { AgendaPublishPage } from "../../web/pages/agenda-publish-page.tsx";
import { readForm, text, texts } from "../form.ts";
import { parseId } from "../params.ts";
import { errorTitle, renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { agendaAction, agendaPage } from "./agenda-actions.tsx";
import { agendaCorrectionRoutes } from "./agenda-corrections.tsx";

/** Back to the meeting page, at the outcome message above the assembly unless told otherwise. */
const page = (id: number, query = "", anchor = "agenda-status") =>
  `/app/moeder/${id}${query ? `?${query}` : ""}#${anchor}`;

/**
 * The agenda page /app/moeder/:id (assembly for the secretary, reading for members) and the
 * secretary's actions on it under /app/moeder/:id/dagsorden/…; each is a plain form post that
 * redirects back to the page.
 */
export const agendaRoutes = new Hono<AppEnv>()
  .route("/", agendaCorrectionRoutes)
  .get("/moeder/:id", async (c, next) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return next();
    return agendaPage(c, id);
  })
  .post("/moeder/:id/dagsorden/sager", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const form = await readForm(c);
      const caseIds = texts(form, "sag").map((v) => parseId(v) ?? 0);
      await addCasesToAgenda(c.get("deps").db, principal, { meetingId, caseIds });
      return page(meetingId, "ok=tilfoejet");
    }),
  )
  .post("/moeder/:id/dagsorden/tema", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const themeId = parseId(text(await readForm(c), "tema")) ?? 0;
      await addThemeToAgenda(c.get("deps").db, principal, { meetingId, themeId });
      return page(meetingId, "ok=tema");
    }),
  )
  .post("/moeder/:id/dagsorden/raekkefoelge", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const order = text(await readForm(c), "orden")
        .split(",")
        .map((v) => parseId(v.trim()) ?? 0);
      await reorderAgenda(c.get("deps").db, principal, { meetingId, order });
      return page(meetingId, "ok=raekkefoelge", "agenda-order");
    }),
  )
  .post("/moeder/:id/dagsorden/punkter/:itemId/flyt", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const itemId = parseId(c.req.param("itemId")) ?? 0;
      const value = text(await readForm(c), "retning");
      const direction = value === "op" ? "up" : value === "ned" ? "down" : null;
      if (!direction) {
        const message = agendaMessages.assemblyErrors.direction;
        throw new DomainError("invalid", message, [message]);
      }
      const { movedTo } = await reorderAgenda(c.get("deps").db, principal, {
        meetingId,
        itemId,
        direction,
      });
      return page(meetingId, `flyttet=${movedTo ?? ""}`, `dp-${itemId}`);
    }),
  )
  .post("/moeder/:id/dagsorden/punkter/:itemId", (c) => {
    const itemId = parseId(c.req.param("itemId")) ?? 0;
    return agendaAction(
      c,
      async (principal, meetingId) => {
        const form = await readForm(c);
        await updateAgendaItem(c.get("deps").db, principal, {
          meetingId,
          itemId,
          changes: {
            title: text(form, "titel"),
            durationMinutes: text(form, "minutter"),
            closed: text(form, "lukket") === "1",
            closureReason: text(form, "begrundelse"),
            openDecision: text(form, "aaben_beslutning"),
          },
        });
        return page(meetingId, "ok=rettet", `dp-${itemId}`);
      },
      undefined,
      (fact) => itemControlHref(itemId, fact),
    );
  })
  .post("/moeder/:id/dagsorden/punkter/:itemId/fjern", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const itemId = parseId(c.req.param("itemId")) ?? 0;
      await removeAgendaItem(c.get("deps").db, principal, { meetingId, itemId });
      return page(meetingId, "ok=fjernet");
    }),
  )
  .get("/moeder/:id/dagsorden/udsend", async (c) => {
    const session = c.get("session");
    const id = parseId(c.req.param("id"));
    if (!session || id === null) return renderError(c, 404);
    const { db, storage } = c.get("deps");
    let preview: Awaited<ReturnType<typeof previewAgendaPublication>>;
    try {
      preview = await previewAgendaPublication(db, storage, session.principal, id);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.status === 403 || error.status === 409 ? error.status : 404;
      // A meeting one may not see gets no way back to it.
      const back =
        status === 404
          ? undefined
          : { href: `/app/moeder/${id}`, label: agendaMessages.publishPreview.back };
      return renderError(c, status, { title: errorTitle(status), message: error.message }, back);
    }
    // Nothing new to send: back to the agenda page.
    if (!preview) return c.redirect(page(id, "", "sammensaetning"), 303);
    return renderPage(c, <AgendaPublishPage preview={preview} viewer={c.get("viewer")} />);
  })
  .post("/moeder/:id/dagsorden/udsend", (c) =>
    agendaAction(
      c,
      async (principal, meetingId) => {
        const raw = text(await readForm(c), "version");
        const result = await publishAgenda(
          c.get("deps").db,
          principal,
          {
            meetingId,
            ...(raw !== "" && Number.isInteger(Number(raw))
              ? { expectedVersion: Number(raw) }
              : {}),
          },
          c.get("deps"),
        );
        return page(meetingId, result.version === 1 ? "ok=udsendt" : "ok=tillaeg");
      },
      agendaMessages.assembly.publishErrorsTitle,
    ),
  );
