import { createSession } from "../../test/factories.ts";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { createApp } from "./app.ts";
import { cookieNames } from "./cookies.ts";
import type { AppDeps } from "./types.ts";

/** Helpers for tests that drive the app through app.request(), without a port. */

export const ORIGIN = "http://localhost";

export function testApp(
  db: Db,
  env: Record<string, string> = {},
  deps: Partial<Pick<AppDeps, "storage" | "logger">> = {},
) {
  const config = loadConfig({ LOG_LEVEL: "silent", REFERAT_PUBLIC_URL: ORIGIN, ...env });
  return createApp({ db, config, logger: createLogger("silent"), ...deps });
}

export function sessionCookie(token: string, secure = false): string {
  return `${cookieNames(secure).session}=${token}`;
}

/** A same-origin form POST, as a browser sends it. */
export function formPost(
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: ORIGIN,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  };
}

/** name=value pairs of the response's Set-Cookie headers (deleted cookies have value ""). */
export function setCookies(response: Response): Map<string, { value: string; raw: string }> {
  const result = new Map<string, { value: string; raw: string }>();
  for (const raw of response.headers.getSetCookie()) {
    const [pair = ""] = raw.split(";");
    const index = pair.indexOf("=");
    result.set(pair.slice(0, index), { value: pair.slice(index + 1), raw });
  }
  return result;
}

/** The value of the hidden `_csrf` field in a page. */
export function csrfFieldOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no _csrf field in page");
  return match[1];
}

/** A signed-in user as a test drives the app: the session cookie and its CSRF token. */
export interface Who {
  cookie: string;
  csrf: string;
  userId: number;
}

/** Opens a session for the user, as logging in would. */
export async function sessionOf(db: Db, userId: number): Promise<Who> {
  const { token, csrfToken } = await createSession(db, userId);
  return { cookie: sessionCookie(token), csrf: csrfToken, userId };
}

/** A GET as that user. */
export const getAs = (app: { request: AppRequest }, path: string, who: Who) =>
  app.request(path, { headers: { cookie: who.cookie } });

/** A form POST as that user, with the session's CSRF token. */
export const postAs = (
  app: { request: AppRequest },
  path: string,
  who: Who,
  fields: Record<string, string>,
) => app.request(path, formPost({ _csrf: who.csrf, ...fields }, { cookie: who.cookie }));

type AppRequest = ReturnType<typeof createApp>["request"];
