import type { Context } from "hono";
import { DomainError } from "../domain/domain-error.ts";
import { webMessages } from "../i18n/da/web.ts";
import { renderError } from "./render.ts";
import type { AppEnv } from "./types.ts";

/** What a form shown again answers with: every DomainError status but 403 and 404. */
export type FormErrorStatus = Exclude<DomainError["status"], 403 | 404>;

/**
 * Runs a form action (post/redirect/get): `run` does the work and answers where to go. A Danish
 * DomainError the user caused shows an error page for 403 and 404 (nothing to show the form
 * on), otherwise `showAgain` shows the form with the message and the error's status. Anything
 * else is a bug and is thrown on.
 */
export async function runAction(
  c: Context<AppEnv>,
  run: () => Promise<string>,
  showAgain: (error: DomainError, status: FormErrorStatus) => Response | Promise<Response>,
): Promise<Response> {
  let location: string;
  try {
    location = await run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 403 || error.status === 404) {
      const e = webMessages.errors;
      const title = error.status === 403 ? e.forbiddenTitle : e.notFoundTitle;
      return renderError(c, error.status, { title, message: error.message });
    }
    return showAgain(error, error.status);
  }
  return c.redirect(location, 303);
}

/** The problems of an error as a list: each listed detail, or the message alone. */
export const problemsOf = (error: DomainError): readonly string[] =>
  error.details.length > 0 ? error.details : [error.message];
