import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { createApp } from "./app.ts";
import { csrfFieldOf, formPost, sessionCookie, setCookies, testApp } from "./testing.ts";

const database = useTestDatabase();

async function staffUser(password = "Chefforum-2025!") {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  return createUser(db, {
    organisationId: org.id,
    name: "Marie Aasøe",
    password,
    roles: [{ role: "member", committeeId: committee.id }],
  });
}

/** Opens the log-in form like a browser and returns its pre-session cookie and token. */
async function openLoginForm(app: ReturnType<typeof testApp>, path = "/login") {
  const page = await app.request(path);
  const cookie = setCookies(page).get("referat_login_csrf");
  if (!cookie) throw new Error("no pre-session cookie");
  const html = await page.text();
  return { cookie: `referat_login_csrf=${cookie.value}`, token: csrfFieldOf(html), page, html };
}

describe("log-in", () => {
  it("shows a labelled Danish form with a pre-session CSRF cookie", async () => {
    const app = testApp(database.current.db);
    const { page, html } = await openLoginForm(app);
    expect(page.status).toBe(200);
    expect(html).toContain('<label for="email">E-mailadresse</label>');
    expect(html).toContain('<label for="password">Adgangskode</label>');
    const raw = setCookies(page).get("referat_login_csrf")?.raw ?? "";
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Lax/);
  });

  it("logs in with the right password: HttpOnly, SameSite=Lax session cookie, then the staff area", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const form = await openLoginForm(app);
    const response = await app.request(
      "/login",
      formPost(
        { email: user.email, password: "Chefforum-2025!", _csrf: form.token },
        { cookie: form.cookie },
      ),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/app");
    const session = setCookies(response).get("referat_session");
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session?.raw).toMatch(/HttpOnly/);
    expect(session?.raw).toMatch(/SameSite=Lax/);
    expect(session?.raw).toMatch(/Path=\//);
    expect(session?.raw).not.toMatch(/Secure/);

    const dashboard = await app.request("/app", {
      headers: { cookie: sessionCookie(session?.value ?? "") },
    });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Logget ind som Marie Aasøe");
  });

  it("marks the session cookie Secure (with a __Host- name) behind HTTPS", async () => {
    const app = testApp(database.current.db, { REFERAT_SECURE_COOKIES: "1" });
    const user = await staffUser();
    const page = await app.request("/login");
    const csrf = setCookies(page).get("__Host-referat_login_csrf");
    const response = await app.request(
      "/login",
      formPost(
        { email: user.email, password: "Chefforum-2025!", _csrf: csrfFieldOf(await page.text()) },
        { cookie: `__Host-referat_login_csrf=${csrf?.value}` },
      ),
    );
    const session = setCookies(response).get("__Host-referat_session");
    expect(session?.raw).toMatch(/Secure/);
    expect(session?.raw).toMatch(/HttpOnly/);
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("refuses a wrong password with a Danish message and no session cookie", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const form = await openLoginForm(app);
    for (const email of [user.email, "ukendt@albertslund.dk"]) {
      const response = await app.request(
        "/login",
        formPost({ email, password: "forkert", _csrf: form.token }, { cookie: form.cookie }),
      );
      expect(response.status).toBe(401);
      const html = await response.text();
      expect(html).toContain("Forkert e-mailadresse eller adgangskode.");
      // The e-mail stays; the password is typed again, in focus, with the message read out.
      expect(html).toMatch(
        /<input id="password"[^>]* autofocus[^>]* aria-describedby="login-fejl"/,
      );
      expect(setCookies(response).has("referat_session")).toBe(false);
    }
  });

  it("refuses further attempts after five wrong passwords for one account", async () => {
    const app = testApp(database.current.db);
    const form = await openLoginForm(app);
    const attempt = (password: string) =>
      app.request(
        "/login",
        formPost(
          { email: "gaet@albertslund.dk", password, _csrf: form.token },
          { cookie: form.cookie },
        ),
      );
    for (let i = 0; i < 5; i++) expect((await attempt(`gæt-${i}`)).status).toBe(401);
    const refused = await attempt("gæt-6");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain("For mange forkerte forsøg på denne konto");
  });

  it("refuses a log-in without the pre-session token or from another site", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const form = await openLoginForm(app);
    const fields = { email: user.email, password: "Chefforum-2025!" };
    const noToken = await app.request("/login", formPost(fields, { cookie: form.cookie }));
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain("Formularen blev afvist");
    const noCookie = await app.request("/login", formPost({ ...fields, _csrf: form.token }));
    expect(noCookie.status).toBe(403);
    const foreign = await app.request(
      "/login",
      formPost(
        { ...fields, _csrf: form.token },
        { cookie: form.cookie, origin: "https://ond.example" },
      ),
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("Formularen blev afvist");
    expect(setCookies(foreign).has("referat_session")).toBe(false);
  });

  it("returns to the page asked for, but only on this site", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    for (const [next, expected] of [
      ["/app/moeder/12", "/app/moeder/12"],
      ["//ond.example/app", "/app"],
      ["https://ond.example", "/app"],
      ["/.//ond.example/phish", "/app"],
      ["/..//ond.example/phish", "/app"],
      ["/\t/ond.example", "/app"],
    ]) {
      const form = await openLoginForm(app, `/login?next=${encodeURIComponent(next ?? "")}`);
      const response = await app.request(
        "/login",
        formPost(
          { email: user.email, password: "Chefforum-2025!", _csrf: form.token, next: next ?? "" },
          { cookie: form.cookie },
        ),
      );
      expect(response.headers.get("location")).toBe(expected);
    }
  });

  it("sends a logged-in user only to a path of this site", async () => {
    const app = testApp(database.current.db);
    const user = await staffUser();
    const { token } = await createSession(database.current.db, user.id);
    for (const [next, expected] of [
      ["/app/sager", "/app/sager"],
      ["/.//ond.example/phish", "/app"],
      ["/..//ond.example/phish", "/app"],
      ["%2F%2Fond.example", "/app"],
      ["/%5Cond.example", "/%5Cond.example"],
    ]) {
      const response = await app.request(`/login?next=${encodeURIComponent(next ?? "")}`, {
        headers: { cookie: sessionCookie(token) },
      });
      expect(response.status, next).toBe(303);
      expect(response.headers.get("location"), next).toBe(expected);
    }
  });

  it("never writes passwords or cookies to the log", async () => {
    const lines: string[] = [];
    const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
    const app = createApp({ db: database.current.db, config: loadConfig({}), logger });
    const user = await staffUser("Hemmeligt-Kodeord-42");
    const form = await openLoginForm(app);
    const response = await app.request(
      "/login",
      formPost(
        { email: user.email, password: "Hemmeligt-Kodeord-42", _csrf: form.token },
        { cookie: form.cookie },
      ),
    );
    const token = setCookies(response).get("referat_session")?.value ?? "missing";
    await app.request("/app", { headers: { cookie: sessionCookie(token) } });
    const log = lines.join("\n");
    expect(log).toContain('"path":"/login"');
    expect(log).toContain('"status":303');
    expect(log).not.toContain("Hemmeligt-Kodeord-42");
    expect(log).not.toContain(token);
    expect(log).not.toContain(form.token);
  });
});

describe("log-out", () => {
  async function loggedIn(app: ReturnType<typeof testApp>) {
    const user = await staffUser();
    const form = await openLoginForm(app);
    const response = await app.request(
      "/login",
      formPost(
        { email: user.email, password: "Chefforum-2025!", _csrf: form.token },
        { cookie: form.cookie },
      ),
    );
    const cookie = sessionCookie(setCookies(response).get("referat_session")?.value ?? "");
    const page = await app.request("/app", { headers: { cookie } });
    return { cookie, csrf: csrfFieldOf(await page.text()) };
  }

  it("needs the session's CSRF token", async () => {
    const app = testApp(database.current.db);
    const { cookie } = await loggedIn(app);
    const refused = await app.request("/logout", formPost({}, { cookie }));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("sikkerhedsnøglen");
    const wrong = await app.request("/logout", formPost({ _csrf: "x".repeat(43) }, { cookie }));
    expect(wrong.status).toBe(403);
    expect((await app.request("/app", { headers: { cookie } })).status).toBe(200);
  });

  it("ends the session and clears the cookie", async () => {
    const app = testApp(database.current.db);
    const { cookie, csrf } = await loggedIn(app);
    const response = await app.request("/logout", formPost({ _csrf: csrf }, { cookie }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    expect(setCookies(response).get("referat_session")?.raw).toMatch(/Max-Age=0/);
    const after = await app.request("/app", { headers: { cookie } });
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toBe("/login?next=%2Fapp");
  });

  it("also takes the token from the x-csrf-token header", async () => {
    const app = testApp(database.current.db);
    const { cookie, csrf } = await loggedIn(app);
    const response = await app.request("/logout", {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf, origin: "http://localhost" },
    });
    expect(response.status).toBe(303);
  });
});
