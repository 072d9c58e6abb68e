import { generate } from "otplib";
import type { Db } from "../src/db/client.ts";
import {
  csrfFieldOf,
  formPost,
  sessionCookie,
  setCookies,
  type testApp,
} from "../src/http/testing.ts";
import { createCommittee, createOrganisation, createSession, createUser } from "./factories.ts";

type App = ReturnType<typeof testApp>;

/** An organisation with an administrator of the whole organisation, a member and a committee. */
export async function createAccountsWorld(db: Db) {
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, { organisationId: org.id });
  const admin = await createUser(db, {
    organisationId: org.id,
    name: "Anne Admin",
    roles: [{ role: "admin", committeeId: null }],
  });
  const member = await createUser(db, {
    organisationId: org.id,
    name: "Mads Medlem",
    title: "Udvalgsmedlem",
    roles: [{ role: "member", committeeId: committee.id }],
  });
  const adminSession = await createSession(db, admin.id);
  return { org, committee, admin, member, adminSession };
}

/** A GET with a session cookie. */
export function get(app: App, path: string, token: string) {
  return app.request(path, { headers: { cookie: sessionCookie(token) } });
}

/** A form POST with a session cookie and its CSRF token. */
export function post(
  app: App,
  path: string,
  session: { token: string; csrfToken: string },
  fields: Record<string, string> = {},
) {
  return app.request(
    path,
    formPost({ _csrf: session.csrfToken, ...fields }, { cookie: sessionCookie(session.token) }),
  );
}

/** Signs in through the log-in form like a browser; returns the response and its cookies. */
export async function signIn(app: App, email: string, password: string) {
  const page = await app.request("/login");
  const csrf = setCookies(page).get("referat_login_csrf")?.value ?? "";
  const jar = new Map([["referat_login_csrf", csrf]]);
  const response = await app.request(
    "/login",
    formPost(
      { email, password, _csrf: csrfFieldOf(await page.text()) },
      { cookie: `referat_login_csrf=${csrf}` },
    ),
  );
  for (const [name, { value }] of setCookies(response)) jar.set(name, value);
  return { response, jar, csrf };
}

/** Cookie header of a jar. */
export const cookieHeader = (jar: Map<string, string>) =>
  [...jar]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** The second step: posts a code with the jar's challenge and log-in cookies. */
export async function postCode(app: App, jar: Map<string, string>, code: string) {
  const response = await app.request(
    "/login/kode",
    formPost(
      { kode: code, _csrf: jar.get("referat_login_csrf") ?? "", next: "/app" },
      { cookie: cookieHeader(jar) },
    ),
  );
  for (const [name, { value }] of setCookies(response)) jar.set(name, value);
  return response;
}

/** The code an authenticator app shows `offsetSteps` time steps from now. */
export function codeAt(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}
