import type { Context } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { getAgendaWorkspace } from "../../domain/agenda/get-agenda-workspace.ts";
import { pendingCorrections } from "../../domain/agenda/pending-corrections.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { StaffMeetingPage } from "../../web/pages/staff-meeting-page.tsx";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { type FormErrorStatus, problemsOf, runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";

const a = agendaMessages.assembly;
const r = agendaMessages.reading;

/** Confirmations after a post/redirect/get, by the key in the query string. */
const NOTICES: Record<string, string> = {
  tilfoejet: "Punkterne er tilføjet dagsordenen.",
  rettet: "Punktet er gemt.",
  fjernet: "Punktet er fjernet fra dagsordenen.",
  udsendt: a.published2,
  tillaeg: a.supplementPublished,
  tema: "Temaet er sat på dagsordenen.",
  raekkefoelge: a.orderSaved,
  note: r.noteSaved,
  laest: r.marked,
  bilag: attachmentMessages.upload.added,
  trukket: agendaCorrectionMessages.notices.withdrawn,
  rettelse: agendaCorrectionMessages.notices.corrected,
  rettet_udsendt: agendaCorrectionMessages.notices.sent,
};

/** The notice a page shows for its query string. */
export function noticeOf(c: Context<AppEnv>): string | null {
  const moved = Number(c.req.query("flyttet"));
  if (Number.isInteger(moved) && moved > 0 && moved < 1000) return a.moved(moved);
  const key = c.req.query("ok") ?? "";
  if (key === "planlagt") {
    const count = Number(c.req.query("antal"));
    return agendaMessages.plan.planned(
      Number.isInteger(count) && count > 1 && count <= 52 ? count : 1,
    );
  }
  return NOTICES[key] ?? null;
}

/** Renders the agenda page for the session's user; 404 when there is none to show. */
export async function agendaPage(
  c: Context<AppEnv>,
  meetingId: number,
  options: {
    errors?: readonly string[];
    /** Per error, the address of the field it is about, or null. */
    errorLinks?: readonly (string | null)[];
    errorTitle?: string;
    status?: 200 | FormErrorStatus;
  } = {},
) {
  const session = c.get("session");
  if (!session) return renderError(c, 403);
  let ws: Awaited<ReturnType<typeof getAgendaWorkspace>>;
  try {
    ws = await getAgendaWorkspace(c.get("deps").db, session.principal, meetingId);
  } catch (error) {
    if (error instanceof DomainError && error.status === 403) return renderError(c, 403);
    throw error;
  }
  if (!ws) return renderError(c, 404);
  const notice = options.errors ? null : noticeOf(c);
  // After a move of sent items: where their new numbers are, while they wait to be sent.
  const moved = c.req.query("flyttet") !== undefined || c.req.query("ok") === "raekkefoelge";
  const unsentMoves = pendingCorrections(ws.meeting).some((x) => x.kind === "moved");
  return renderPage(
    c,
    <StaffMeetingPage
      ws={ws}
      viewer={c.get("viewer")}
      notice={notice && moved && unsentMoves ? `${notice} ${a.movesListed}` : notice}
      errors={options.errors ?? null}
      {...(options.errorLinks ? { errorLinks: options.errorLinks } : {})}
      {...(options.errorTitle ? { errorTitle: options.errorTitle } : {})}
    />,
    options.status ?? 200,
  );
}

/**
 * Runs one agenda action of a POST to /moeder/:id/…: the use case gets the principal and the
 * meeting id and answers where to go (post/redirect/get). A Danish DomainError shows the page
 * again with the problems and a 4xx status, or an error page for 403/404; `linkOf` turns a
 * problem's target (DomainError.targets) into the address of its field.
 */
export async function agendaAction(
  c: Context<AppEnv>,
  run: (principal: Principal, meetingId: number) => Promise<string>,
  errorTitle?: string,
  linkOf?: (target: string) => string | null,
) {
  const session = c.get("session");
  if (!session) return renderError(c, 403);
  const meetingId = parseId(c.req.param("id"));
  if (meetingId === null) return renderError(c, 404);
  const { principal } = session;
  return runAction(
    c,
    () => run(principal, meetingId),
    (error, status) =>
      agendaPage(c, meetingId, {
        errors: problemsOf(error),
        ...(linkOf && error.targets.length > 0
          ? { errorLinks: error.targets.map((t) => (t ? linkOf(t) : null)) }
          : {}),
        status: status,
        ...(errorTitle ? { errorTitle } : {}),
      }),
  );
}
