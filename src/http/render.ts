import type { Context } from "hono";
import type { HtmlEscapedString } from "hono/utils/html";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { webMessages } from "../i18n/da/web.ts";
import { renderDocument } from "../web/layout.tsx";
import { ErrorPage } from "../web/pages/error-page.tsx";
import type { AppEnv } from "./types.ts";

type Page = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Sends a page as a complete HTML document. */
export async function renderPage(
  c: Context<AppEnv>,
  page: Page,
  status: ContentfulStatusCode = 200,
) {
  return c.html(await renderDocument(page), status);
}

const e = webMessages.errors;
const ERRORS = {
  400: { title: e.badRequestTitle, message: e.badRequest },
  403: { title: e.forbiddenTitle, message: e.forbidden },
  404: { title: e.notFoundTitle, message: e.notFound },
  409: { title: e.conflictTitle, message: e.conflict },
  413: { title: e.tooLargeTitle, message: e.tooLarge },
  429: { title: e.tooManyTitle, message: e.tooManyRequests },
  500: { title: e.serverErrorTitle, message: e.serverError },
} as const;

export type ErrorStatus = keyof typeof ERRORS;

/**
 * A Danish error page; `message` overrides the standard text for the status, and `back` adds
 * the way back to where the user came from beside the way to the front page.
 */
export function renderError(
  c: Context<AppEnv>,
  status: ErrorStatus,
  message?: { title: string; message: string },
  back?: { href: string; label: string },
) {
  const text = message ?? ERRORS[status];
  return renderPage(c, ErrorPage({ ...text, back, viewer: c.get("viewer") ?? null }), status);
}

/** The standard title of an error status, for a page whose message says the rest. */
export const errorTitle = (status: ErrorStatus) => ERRORS[status].title;

/** The 403 for a state-changing request without a valid CSRF token or from another origin. */
export function renderCsrfError(c: Context<AppEnv>) {
  return renderError(c, 403, { title: e.csrfTitle, message: e.csrf });
}
