import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { accountTokens, auditLog, mailOutbox, sessions, users } from "../db/schema/index.ts";
import { setPasswordWithToken } from "../domain/auth/set-password-with-token.ts";
import { csrfFieldOf, formPost, sessionCookie, setCookies, testApp } from "./testing.ts";

const database = useTestDatabase();

async function staffUser(roles?: { role: "admin" | "member"; committeeId: number | null }[]) {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  const user = await createUser(db, {
    organisationId: org.id,
    roles: roles ?? [{ role: "member", committeeId: committee.id }],
  });
  return { org, committee, user };
}

/** Opens an anonymous form like a browser: its pre-session cookie and token. */
async function openForm(app: ReturnType<typeof testApp>, path: string) {
  const page = await app.request(path);
  const cookie = setCookies(page).get("referat_login_csrf");
  const html = await page.text();
  return {
    status: page.status,
    html,
    cookie: `referat_login_csrf=${cookie?.value}`,
    token: csrfFieldOf(html),
  };
}

async function requestReset(app: ReturnType<typeof testApp>, email: string) {
  const form = await openForm(app, "/glemt-adgangskode");
  return app.request(
    "/glemt-adgangskode",
    formPost({ email, _csrf: form.token }, { cookie: form.cookie }),
  );
}

async function latestMailTo(address: string) {
  const [row] = await database.current.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(desc(mailOutbox.id))
    .limit(1);
  return row;
}

const linkIn = (text: string) => {
  const match = /(http:\/\/localhost)?(\/ny-adgangskode\?token=[A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[2]) throw new Error(`no link in ${text}`);
  return match[2];
};

async function choosePassword(
  app: ReturnType<typeof testApp>,
  link: string,
  password: string,
  repeat = password,
) {
  const form = await openForm(app, link);
  const token = new URL(link, "http://x").searchParams.get("token") ?? "";
  return app.request(
    "/ny-adgangskode",
    formPost({ token, password, repeat, _csrf: form.token }, { cookie: form.cookie }),
  );
}

async function logIn(app: ReturnType<typeof testApp>, email: string, password: string) {
  const form = await openForm(app, "/login");
  return app.request(
    "/login",
    formPost({ email, password, _csrf: form.token }, { cookie: form.cookie }),
  );
}

describe("forgotten password", () => {
  it("links from the log-in page to a Danish form", async () => {
    const app = testApp(database.current.db);
    expect(await (await app.request("/login")).text()).toContain(
      '<a href="/glemt-adgangskode">Glemt adgangskode?</a>',
    );
    const form = await openForm(app, "/glemt-adgangskode");
    expect(form.status).toBe(200);
    expect(form.html).toContain('<label for="email">E-mailadresse</label>');
  });

  it("answers alike for a known and an unknown address; only the known one gets a mail", async () => {
    const app = testApp(database.current.db);
    const { user } = await staffUser();
    const known = await requestReset(app, user.email.toUpperCase());
    const unknown = await requestReset(app, "ingen.bruger@test.example");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]*"/g, "");
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
    expect(await latestMailTo("ingen.bruger@test.example")).toBeUndefined();
    const mail = await latestMailTo(user.email);
    expect(mail?.subject).toBe("Vælg en ny adgangskode til Referat");
    expect(mail?.kind).toBe("password.reset");
    expect(mail?.text).toContain("30 minutter");
    expect(mail?.html).toContain(`href="http://localhost${linkIn(mail?.text ?? "")}"`);
    // Only the token's hash is stored.
    const token = new URL(linkIn(mail?.text ?? ""), "http://x").searchParams.get("token") ?? "";
    const stored = await database.current.db
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("sets a new password once: other sessions end, the old password stops, the link expires", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const { user } = await staffUser();
    const other = await createSession(db, user.id);
    await requestReset(app, user.email);
    const link = linkIn((await latestMailTo(user.email))?.text ?? "");

    const page = await openForm(app, link);
    expect(page.html).toContain("<h1>Vælg en ny adgangskode</h1>");
    expect(page.html).toContain(user.email);
    const mismatch = await choosePassword(app, link, "nyt-kodeord-1", "nyt-kodeord-2");
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain("De to adgangskoder er ikke ens.");
    const short = await choosePassword(app, link, "kort");
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Adgangskoden skal have mindst 8 tegn.");

    const done = await choosePassword(app, link, "et-helt-nyt-kodeord");
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/login?besked=ny-adgangskode");
    expect(await (await app.request("/login?besked=ny-adgangskode")).text()).toContain(
      "Din adgangskode er gemt.",
    );
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    const stale = await app.request("/app", { headers: { cookie: sessionCookie(other.token) } });
    expect(stale.status).not.toBe(200);
    expect((await logIn(app, user.email, user.password ?? "")).status).toBe(401);
    expect((await logIn(app, user.email, "et-helt-nyt-kodeord")).status).toBe(303);

    const again = await app.request(link);
    expect(again.status).toBe(410);
    const html = await again.text();
    expect(html).toContain("<h1>Linket er udløbet</h1>");
    expect(html).toContain('href="/glemt-adgangskode"');
    const reuse = await choosePassword(app, link, "endnu-et-kodeord").catch(() => null);
    expect(reuse).toBeNull(); // the expired page has no form to post from
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, user.id)));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["auth.password_reset_requested", "auth.password_reset"]),
    );
  });

  it("refuses a late link and a second use, also when posted directly", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const { user } = await staffUser();
    await requestReset(app, user.email);
    const link = linkIn((await latestMailTo(user.email))?.text ?? "");
    const token = new URL(link, "http://x").searchParams.get("token") ?? "";
    const late = new Date(Date.now() + 31 * 60_000);
    expect(await setPasswordWithToken(db, token, "kodeord-for-sent", late)).toEqual({
      ok: false,
      reason: "expired",
    });
    const [first, second] = await Promise.all([
      setPasswordWithToken(db, token, "kodeord-nummer-et"),
      setPasswordWithToken(db, token, "kodeord-nummer-to"),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const form = await openForm(app, "/glemt-adgangskode");
    const posted = await app.request(
      "/ny-adgangskode",
      formPost(
        { token, password: "kodeord-tre-x", repeat: "kodeord-tre-x", _csrf: form.token },
        { cookie: form.cookie },
      ),
    );
    expect(posted.status).toBe(410);
    expect(await posted.text()).toContain("Linket er udløbet");
  });

  it("limits requests per address typed, without telling whether it exists", async () => {
    const app = testApp(database.current.db);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await requestReset(app, "loft@test.example")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("refuses a post without the pre-session token", async () => {
    const app = testApp(database.current.db);
    const response = await app.request("/glemt-adgangskode", formPost({ email: "a@b.dk" }));
    expect(response.status).toBe(403);
  });
});

describe("inviting a user", () => {
  it("lets an organisation administrator invite; the link lets the new user choose a password", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const { user: admin, committee, org } = await staffUser([{ role: "admin", committeeId: null }]);
    const session = await createSession(db, admin.id);
    const cookie = sessionCookie(session.token);
    const page = await app.request("/app/admin/brugere/inviter", { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(committee.name);
    const invite = (fields: Record<string, string>) =>
      app.request(
        "/app/admin/brugere/inviter",
        formPost({ _csrf: session.csrfToken, ...fields }, { cookie }),
      );
    const sent = await invite({
      name: "Nina Ny",
      email: "nina.ny@test.example",
      title: "Konsulent",
      role: "author",
      scope: String(committee.id),
    });
    expect(sent.status).toBe(200);
    // Mail is not set up in this app: the invitation is said to wait, not to be sent.
    expect(await sent.text()).toContain(
      "Invitationen til nina.ny@test.example ligger i udbakken. Mail er ikke sat op",
    );
    const [created] = await db.select().from(users).where(eq(users.email, "nina.ny@test.example"));
    expect(created).toMatchObject({
      name: "Nina Ny",
      title: "Konsulent",
      passwordHash: null,
      organisationId: org.id,
    });
    const mail = await latestMailTo("nina.ny@test.example");
    expect(mail?.subject).toBe("Du er inviteret til Referat");
    expect(mail?.text).toContain("7 dage");

    const taken = await invite({
      name: "Igen",
      email: "NINA.NY@test.example",
      role: "member",
      scope: "",
    });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("Der findes allerede en bruger med e-mailadressen");

    // An address no mail can reach is refused before anyone is created, with what to write.
    for (const email of ["anne@kommune..dk", "anne@kommune", "anne@kommune.dk."]) {
      const bad = await invite({ name: "Anne", email, role: "member", scope: "" });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain(
        "E-mailadressen er ugyldig. Skriv den fx som »navn@kommune.dk«.",
      );
    }
    const empty = await invite({ name: "", email: "", role: "member", scope: "" });
    expect(await empty.text()).toContain("Skriv brugerens e-mailadresse. Skriv brugerens navn.");
    expect(await db.select().from(users).where(eq(users.name, "Anne"))).toEqual([]);
    const withMail = testApp(db, {
      REFERAT_SMTP_URL: "smtp://127.0.0.1:2525",
      REFERAT_MAIL_FROM: "Referat <referat@test.example>",
    });
    const mailed = await withMail.request(
      "/app/admin/brugere/inviter",
      formPost(
        {
          _csrf: session.csrfToken,
          name: "Ole",
          email: "ole@test.example",
          role: "member",
          scope: "",
        },
        { cookie },
      ),
    );
    expect(await mailed.text()).toContain("Invitationen er sendt til ole@test.example.");

    const link = linkIn(mail?.text ?? "");
    expect((await openForm(app, link)).html).toContain("<h1>Vælg din adgangskode</h1>");
    expect((await choosePassword(app, link, "ninas-kodeord")).status).toBe(303);
    expect((await logIn(app, "nina.ny@test.example", "ninas-kodeord")).status).toBe(303);
  });

  it("is refused for a user who is not an organisation administrator", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const { user, committee } = await staffUser();
    const committeeAdmin = await createUser(db, {
      organisationId: user.organisationId,
      roles: [{ role: "admin", committeeId: committee.id }],
    });
    for (const who of [user, committeeAdmin]) {
      const session = await createSession(db, who.id);
      const cookie = sessionCookie(session.token);
      expect(
        (await app.request("/app/admin/brugere/inviter", { headers: { cookie } })).status,
      ).toBe(403);
      const post = await app.request(
        "/app/admin/brugere/inviter",
        formPost(
          {
            _csrf: session.csrfToken,
            name: "X",
            email: "x@test.example",
            role: "member",
            scope: "",
          },
          { cookie },
        ),
      );
      expect(post.status).toBe(403);
    }
    expect(await db.select().from(users).where(eq(users.email, "x@test.example"))).toEqual([]);
  });
});

describe("mail preferences", () => {
  it("shows a choice per kind, linked from the header, and saves it per user", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const { user } = await staffUser();
    const session = await createSession(db, user.id);
    const cookie = sessionCookie(session.token);
    const page = await app.request("/app/indstillinger", { headers: { cookie } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<a href="/app/indstillinger">Indstillinger</a>');
    expect(html).toContain("<legend>En sag er sendt til din godkendelse</legend>");
    expect(html).toMatch(/name="case.submitted" value="now" checked/);
    expect(html).toMatch(/name="minutes.published" value="digest" checked/);
    const fields = {
      _csrf: session.csrfToken,
      "case.submitted": "never",
      "case.reviewed": "digest",
      mention: "now",
      "agenda.published": "now",
      "agenda.corrected": "now",
      "minutes.published": "now",
      "minutes.signoff": "now",
      "follow_up.due": "digest",
    };
    const saved = await app.request("/app/indstillinger", formPost(fields, { cookie }));
    expect(saved.status).toBe(303);
    const after = await (
      await app.request(saved.headers.get("location") ?? "", { headers: { cookie } })
    ).text();
    expect(after).toContain("Dine indstillinger er gemt.");
    expect(after).toMatch(/name="case.submitted" value="never" checked/);
    const bad = await app.request(
      "/app/indstillinger",
      formPost({ ...fields, mention: "snart" }, { cookie }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Vælg en af mulighederne for hver slags besked.");
  });
});
