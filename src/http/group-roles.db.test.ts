import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { auditLog, ssoGroupRoles } from "../db/schema/index.ts";
import type { RoleGrant } from "../domain/access/access.policy.ts";
import { formPost, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();

async function world() {
  const { db } = database.current;
  const org = await createOrganisation(db);
  const other = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, name: "Børneudvalget" });
  const foreign = await createCommittee(db, { organisationId: other.id });
  const as = async (roles: RoleGrant[]) => {
    const user = await createUser(db, { organisationId: org.id, roles });
    const session = await createSession(db, user.id);
    return { user, cookie: sessionCookie(session.token), csrf: session.csrfToken };
  };
  return { db, org, committee, foreign, as, app: testApp(db) };
}

const mappingsOf = (w: Awaited<ReturnType<typeof world>>) =>
  w.db.select().from(ssoGroupRoles).where(eq(ssoGroupRoles.organisationId, w.org.id));

describe("/app/admin/grupper", () => {
  it("lets an organisation-wide administrator map a group to a role and remove it, audited", async () => {
    const w = await world();
    const admin = await w.as([{ role: "admin", committeeId: null }]);
    const empty = await w.app.request("/app/admin/grupper", { headers: { cookie: admin.cookie } });
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("Ingen grupper giver roller endnu");

    const add = await w.app.request(
      "/app/admin/grupper",
      formPost(
        {
          _csrf: admin.csrf,
          gruppe: " 8f1c-sekretaerer ",
          rolle: "secretary",
          udvalg: String(w.committee.id),
        },
        { cookie: admin.cookie },
      ),
    );
    expect(add.status).toBe(303);
    const shown = await (
      await w.app.request(add.headers.get("location") ?? "", { headers: { cookie: admin.cookie } })
    ).text();
    expect(shown).toContain("Gruppen giver nu rollen");
    expect(shown).toContain("<code>8f1c-sekretaerer</code>");
    expect(shown).toContain("Børneudvalget");
    const [row] = await mappingsOf(w);
    expect(row).toMatchObject({
      groupValue: "8f1c-sekretaerer",
      role: "secretary",
      committeeId: w.committee.id,
    });

    const remove = await w.app.request(
      "/app/admin/grupper/fjern",
      formPost({ _csrf: admin.csrf, id: String(row?.id) }, { cookie: admin.cookie }),
    );
    expect(remove.status).toBe(303);
    expect(await mappingsOf(w)).toEqual([]);
    const audit = await w.db.select().from(auditLog).where(eq(auditLog.actorId, admin.user.id));
    expect(audit.map((a) => a.action)).toEqual(["sso.group_mapped", "sso.group_unmapped"]);
  });

  it("refuses an empty group and another organisation's committee in Danish, writing nothing", async () => {
    const w = await world();
    const admin = await w.as([{ role: "admin", committeeId: null }]);
    const cases = [
      [{ gruppe: "  ", rolle: "member", udvalg: "" }, "Angiv gruppens værdi"],
      [{ gruppe: "g", rolle: "member", udvalg: String(w.foreign.id) }, "findes ikke i kommunen"],
      [{ gruppe: "g", rolle: "konge", udvalg: "" }, "Ukendt rolle: konge"],
    ] as const;
    for (const [fields, message] of cases) {
      const res = await w.app.request(
        "/app/admin/grupper",
        formPost({ _csrf: admin.csrf, ...fields }, { cookie: admin.cookie }),
      );
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(message);
    }
    expect(await mappingsOf(w)).toEqual([]);
  });

  it("is closed to everyone but organisation-wide administrators", async () => {
    const w = await world();
    await w.db
      .insert(ssoGroupRoles)
      .values({ organisationId: w.org.id, groupValue: "g-x", role: "member", committeeId: null });
    const [row] = await mappingsOf(w);
    for (const roles of [
      [{ role: "admin", committeeId: w.committee.id }],
      [{ role: "secretary", committeeId: null }],
    ] as RoleGrant[][]) {
      const user = await w.as(roles);
      const page = await w.app.request("/app/admin/grupper", { headers: { cookie: user.cookie } });
      expect(page.status).toBe(403);
      expect(await page.text()).toContain("Kun en administrator for hele kommunen");
      const add = await w.app.request(
        "/app/admin/grupper",
        formPost(
          { _csrf: user.csrf, gruppe: "g-y", rolle: "admin", udvalg: "" },
          { cookie: user.cookie },
        ),
      );
      expect(add.status).toBe(403);
      const remove = await w.app.request(
        "/app/admin/grupper/fjern",
        formPost({ _csrf: user.csrf, id: String(row?.id) }, { cookie: user.cookie }),
      );
      expect(remove.status).toBe(403);
    }
    expect((await mappingsOf(w)).map((r) => r.groupValue)).toEqual(["g-x"]);
    const anonymous = await w.app.request("/app/admin/grupper");
    expect(anonymous.status).toBe(303);
  });
});
