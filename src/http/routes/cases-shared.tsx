import type { Context } from "hono";
import { type CaseView, getCase } from "../../domain/case/get-case.ts";
import { getCaseHistory, getCaseMeetings } from "../../domain/case/get-case-history.ts";
import { listCaseApprovers } from "../../domain/case/list-case-approvers.ts";
import { listCaseAttachments } from "../../domain/case/list-case-attachments.ts";
import { listCaseColleagues } from "../../domain/case/list-case-colleagues.ts";
import { listComments } from "../../domain/case/list-comments.ts";
import { loadCase } from "../../domain/case/load-case.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { markNotificationsRead } from "../../domain/notification/mark-notifications-read.ts";
import type { PmDoc } from "../../domain/richtext/doc.ts";
import { checkWriting } from "../../domain/writing/check-writing.ts";
import { createSpeller } from "../../domain/writing/create-speller.ts";
import type { Speller } from "../../domain/writing/speller.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { type CheckView, checkView, lixView } from "../../web/components/case-check.tsx";
import { type CaseError, CasePage } from "../../web/pages/case-page.tsx";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { caseChangesOf } from "./case-changes.ts";

let speller: Promise<Speller> | undefined;
let loaded: Speller | null = null;

/** One speller per process: the dictionary loads once and its caches serve every check. */
export function caseSpeller(): Promise<Speller> {
  speller ??= createSpeller().then(
    (s) => {
      loaded = s;
      return s;
    },
    (error) => {
      speller = undefined;
      throw error;
    },
  );
  return speller;
}

/**
 * The speller when it is loaded, else null (and its loading started): reading the dictionary
 * takes half a second or more, which a page should not wait for.
 */
function spellerIfLoaded(): Speller | null {
  if (!loaded) caseSpeller().catch(() => undefined);
  return loaded;
}

/** The principal of a staff request (requireStaff has made sure there is one). */
export function principalOf(c: Context<AppEnv>) {
  const session = c.get("session");
  if (!session) throw new DomainError("forbidden", caseUi.page.readOnly.other);
  return session.principal;
}

/** A DomainError as a Danish error page with its status; anything else is thrown on. */
export function caseErrorPage(c: Context<AppEnv>, error: unknown, title: string) {
  if (!(error instanceof DomainError)) throw error;
  const status = error.status === 409 || error.status === 423 ? 400 : error.status;
  return renderError(c, status, { title, message: error.message });
}

const NOTICES: Record<string, (value: string) => string> = {
  gemt: (v) => caseUi.page.saved(v),
  uaendret: () => caseUi.page.unchanged,
  sendt: () => caseUi.page.submitted,
  retur: () => caseUi.page.returned,
  godkendt: () => caseUi.page.approved,
  gendannet: (v) => caseUi.page.restored(v),
  kommentar: () => caseUi.page.commented,
  importeret: () => caseUi.page.imported,
  bilag: () => caseUi.page.uploaded,
  bilaggemt: () => attachmentMessages.notices.saved,
  bilagerstattet: () => attachmentMessages.notices.replaced,
  bilagslettet: () => attachmentMessages.notices.deleted,
  delt: () => caseUi.sharing.shared,
  ikkedelt: () => caseUi.sharing.unshared,
};

/** A count from the query string: digits only, 1 to 999, else null. */
const countOf = (raw: string | undefined) => {
  const n = /^[0-9]{1,3}$/.test(raw ?? "") ? Number(raw) : 0;
  return n > 0 ? n : null;
};

/**
 * The message after a post/redirect/get, from the query (?besked=gemt&v=4&fjernet=resume).
 * Only fixed messages are shown: the query picks one by its key and may add a number or the
 * keys of the case's own fields, never text of its own (a link could otherwise make the page
 * say anything in the system's voice).
 */
export function noticeOf(c: Context<AppEnv>, view: Pick<CaseView, "fields">): string | null {
  const make = NOTICES[c.req.query("besked") ?? ""];
  if (!make) return null;
  const value = (c.req.query("v") ?? "").replace(/[^0-9]/g, "").slice(0, 10);
  const parts = [make(value)];
  const keys = (c.req.query("fjernet") ?? "").split(",");
  const removed = view.fields.filter((f) => keys.includes(f.key)).map((f) => `»${f.label}«`);
  if (removed.length) parts.push(caseUi.page.removed(removed.join(", ")));
  const unreached = countOf(c.req.query("ukendt"));
  if (unreached) parts.push(caseUi.page.unreached(unreached));
  return parts.join(" ");
}

/**
 * Where the notice is told: a bilag's in the bilag section (ATTACHMENT_NOTICE), a comment's in
 * its thread (COMMENT_NOTICE); the page opens there.
 */
function noticePlace(c: Context<AppEnv>): "attachments" | { thread: number } | null {
  const notice = c.req.query("besked") ?? "";
  if (notice.startsWith("bilag")) return "attachments";
  const thread = c.req.query("traad") ?? "";
  return notice === "kommentar" && /^[0-9]{1,9}$/.test(thread) ? { thread: Number(thread) } : null;
}

/**
 * The writing check of every field (suggestions left out, as the live check), or null while
 * the speller is still loading: the page then says the check is on its way and the editor
 * asks for it once it is up.
 */
export function checksOf(
  fields: { key: string; label: string; doc: PmDoc }[],
  speller: Speller | null = spellerIfLoaded(),
) {
  if (!speller) return null;
  const result = checkWriting(
    fields.map((f) => ({ name: f.key, doc: f.doc })),
    speller,
    { suggestions: false },
  );
  const checks: Record<string, CheckView> = {};
  for (const f of result.fields) checks[f.field] = checkView(f);
  return { checks, caseLix: lixView(result.lix) };
}

/**
 * Renders the case page for the principal: the case, its checks, comments, history, bilag and
 * approvers. `view` may carry what a refused save sent, so nothing typed is lost.
 */
export async function renderCasePage(
  c: Context<AppEnv>,
  caseId: number,
  options: {
    view?: CaseView;
    /** The stored case's title, when `view` holds a refused save's unsaved text. */
    storedTitle?: string;
    error?: CaseError | null;
    status?: 200 | 400 | 403 | 409 | 413;
  } = {},
) {
  const { db } = c.get("deps");
  const principal = principalOf(c);
  const viewer = c.get("viewer");
  if (!viewer) return renderError(c, 403);
  // The case is loaded and its reading checked once; every read below starts from it.
  const kase = await loadCase(db, principal, caseId);
  const view = options.view ?? (await getCase(db, principal, kase));
  const shown = (options.status ?? 200) === 200;
  const scope = {
    organisationId: principal.user.organisationId,
    committeeId: view.committee?.id ?? null,
    authorId: view.author?.id ?? null,
  };
  // The reads are independent of each other: asked at once (a pool serves them in parallel).
  const [events, threads, meetings, approvers, attachments, colleagues] = await Promise.all([
    getCaseHistory(db, principal, kase),
    listComments(db, principal, kase),
    getCaseMeetings(db, principal, kase),
    view.permissions.submit ? listCaseApprovers(db, principal, scope) : [],
    listCaseAttachments(db, principal, kase),
    view.permissions.share ? listCaseColleagues(db, scope) : [],
    // Opening the case reads the notifications about it; a refused step changes nothing.
    shown ? markNotificationsRead(db, principal, { caseId }) : null,
  ]);
  // The changes since the viewer's last view are found before this view is recorded.
  const changes = await caseChangesOf(c, principal, { kase, view, events }, { record: shown });
  // The editor asks for the check once it is up; a page without it (a locked case, a reader)
  // has no one to ask, so it waits for the speller the first time instead.
  const checked = view.permissions.edit
    ? checksOf(view.fields)
    : checksOf(view.fields, await caseSpeller());
  const page = CasePage({
    view,
    viewer,
    me: principal.user.id,
    checks: checked?.checks ?? null,
    caseLix: checked?.caseLix ?? null,
    threads,
    events,
    meetings,
    approvers,
    changes,
    attachments,
    colleagues,
    notice: options.error ? null : noticeOf(c, view),
    noticeAt: noticePlace(c),
    error: options.error ?? null,
    storedTitle: options.storedTitle ?? null,
  });
  return renderPage(c, page, options.status ?? 200);
}
