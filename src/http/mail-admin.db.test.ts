import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { enqueue, MAIL_FROM, outgoing, passOptions, testClock } from "../../test/mail-outbox.ts";
import { SmtpPeer } from "../../test/smtp-peer.ts";
import { auditLog, mailOutbox } from "../db/schema/index.ts";
import { sendDueMail } from "../mail/send-due-mail.ts";
import { formPost, sessionCookie, testApp } from "./testing.ts";

/**
 * /app/admin/post over HTTP: whether mail is set up (without the password), the counts, the
 * refused and waiting mails with their Danish errors, and »Send igen« for administrators of
 * the whole organisation only.
 */

const database = useTestDatabase();
const db = () => database.current.db;
let peer: SmtpPeer;
let close = () => {};
let orgId: number;
const people = {} as Record<
  "admin" | "committeeAdmin" | "secretary",
  { token: string; csrf: string }
>;
let refusedId: number;
let foreignFailedId: number;
const refused = outgoing({
  to: "findes.ikke@kommune.test",
  subject: "Sag om Æblehaven er godkendt",
});

beforeAll(async () => {
  peer = await new SmtpPeer().start();
  const org = await createOrganisation(db());
  const other = await createOrganisation(db());
  orgId = org.id;
  const committee = await createCommittee(db(), { organisationId: org.id });
  const grants = {
    admin: [{ role: "admin" as const, committeeId: null }],
    committeeAdmin: [{ role: "admin" as const, committeeId: committee.id }],
    secretary: [{ role: "secretary" as const, committeeId: null }],
  };
  for (const [key, roles] of Object.entries(grants)) {
    const user = await createUser(db(), { organisationId: org.id, roles });
    const s = await createSession(db(), user.id);
    people[key as keyof typeof people] = { token: s.token, csrf: s.csrfToken };
  }
  peer.refuse.add(refused.to);
  peer.refuse.add("ukendt@anden.test");
  await enqueue(db(), [
    { ...refused, organisationId: org.id },
    outgoing({ organisationId: org.id, subject: "Dagsorden er udsendt" }),
    outgoing({ organisationId: other.id, to: "ukendt@anden.test", subject: "Anden kommunes sag" }),
  ]);
  const clock = testClock();
  const options = passOptions(peer, clock);
  close = options.close;
  await sendDueMail(db(), options);
  await enqueue(db(), [outgoing({ organisationId: org.id, subject: "Venter på afsendelse" })]);
  const rows = await db().select().from(mailOutbox);
  refusedId = rows.find((r) => r.toAddress === refused.to)?.id ?? 0;
  foreignFailedId = rows.find((r) => r.toAddress === "ukendt@anden.test")?.id ?? 0;
});

afterAll(async () => {
  close();
  await peer.stop();
});

const configured = { REFERAT_SMTP_URL: "", REFERAT_MAIL_FROM: MAIL_FROM };
const appWithMail = () => testApp(db(), { ...configured, REFERAT_SMTP_URL: peer.url() });

async function get(who: keyof typeof people, app = appWithMail()) {
  return app.request("/app/admin/post", { headers: { cookie: sessionCookie(people[who].token) } });
}

describe("/app/admin/post", () => {
  it("shows the administrator the server without its password, counts and refused mail", async () => {
    const res = await get("admin");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`Mail er sat op og sendes gennem smtp://127.0.0.1:${peer.port}.`);
    expect(html).not.toContain(encodeURIComponent(peer.pass));
    expect(html).not.toContain(peer.pass);
    expect(html).toMatch(/id="mail-waiting">1</);
    expect(html).toMatch(/id="mail-sent">1</);
    expect(html).toMatch(/id="mail-failed">1</);
    expect(html).toContain("Sag om Æblehaven er godkendt");
    expect(html).toContain("findes.ikke@kommune.test");
    expect(html).toMatch(/Mailserveren afviste modtageren: 550 [^<]*User unknown/);
    expect(html).toContain("Venter på afsendelse");
    // What each mail is about in Danish, not its stored kind.
    expect(html).toContain("<td>Sag til godkendelse</td>");
    expect(html).not.toContain("case.submitted");
    expect(html).toContain(`action="/app/admin/post/${refusedId}/send-igen"`);
    // Another organisation's outbox is not here.
    expect(html).not.toContain("Anden kommunes sag");
  });

  it("lists the 50 newest waiting mails of many and says so", async () => {
    const org = await createOrganisation(db());
    const user = await createUser(db(), {
      organisationId: org.id,
      roles: [{ role: "admin", committeeId: null }],
    });
    const session = await createSession(db(), user.id);
    const subjects = Array.from({ length: 53 }, (_, i) => `Venter nummer ${i + 1}.`);
    await enqueue(
      db(),
      subjects.map((subject) => outgoing({ organisationId: org.id, subject })),
    );
    const res = await appWithMail().request("/app/admin/post", {
      headers: { cookie: sessionCookie(session.token) },
    });
    const html = await res.text();
    expect(html).toMatch(/id="mail-waiting">53</);
    expect(html).toContain("Viser de 50 nyeste af 53.");
    // The newest first: the three oldest are the ones left out.
    expect(html).toContain("Venter nummer 53.");
    expect(html).toContain("Venter nummer 4.");
    expect(html).not.toContain("Venter nummer 3.");
    await db().delete(mailOutbox).where(eq(mailOutbox.organisationId, org.id));
  });

  it("says mail is not set up when REFERAT_SMTP_URL is missing", async () => {
    const html = await (await get("admin", testApp(db()))).text();
    expect(html).toContain("Mail er ikke sat op");
    expect(html).toMatch(/id="mail-waiting">1</);
  });

  it("refuses an administrator of one committee and a secretary, and changes nothing", async () => {
    for (const who of ["committeeAdmin", "secretary"] as const) {
      expect((await get(who)).status, who).toBe(403);
      const res = await appWithMail().request(
        `/app/admin/post/${refusedId}/send-igen`,
        formPost({ _csrf: people[who].csrf }, { cookie: sessionCookie(people[who].token) }),
      );
      expect(res.status, who).toBe(403);
    }
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, refusedId));
    expect(row?.failedAt).not.toBeNull();
  });

  it("»Send igen« needs the CSRF token, puts the mail back in the queue, is audited and it goes out", async () => {
    const app = appWithMail();
    const { token, csrf } = people.admin;
    const path = `/app/admin/post/${refusedId}/send-igen`;
    expect((await app.request(path, formPost({}, { cookie: sessionCookie(token) }))).status).toBe(
      403,
    );
    const foreign = await app.request(
      `/app/admin/post/${foreignFailedId}/send-igen`,
      formPost({ _csrf: csrf }, { cookie: sessionCookie(token) }),
    );
    expect(foreign.status).toBe(404);
    const res = await app.request(
      path,
      formPost({ _csrf: csrf }, { cookie: sessionCookie(token) }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/app/admin/post?besked=sendes");
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, refusedId));
    expect(row?.failedAt).toBeNull();
    expect(row?.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "mail.resent"), eq(auditLog.entityId, refusedId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.organisationId).toBe(orgId);
    const page = await (
      await app.request(res.headers.get("location") ?? "", {
        headers: { cookie: sessionCookie(token) },
      })
    ).text();
    expect(page).toContain("Mailen sendes igen ved næste forsøg.");
    // A second »Send igen« of a mail that is no longer refused finds nothing to do.
    const again = await app.request(
      path,
      formPost({ _csrf: csrf }, { cookie: sessionCookie(token) }),
    );
    expect(again.status).toBe(404);

    peer.refuse.delete(refused.to);
    const options = passOptions(peer, testClock());
    try {
      expect(await sendDueMail(db(), options)).toMatchObject({ sent: 2 });
    } finally {
      options.close();
    }
    const got = peer.received.find((m) => m.subject === refused.subject);
    expect(got?.to && "text" in got.to ? got.to.text : "").toBe(refused.to);
  });
});
