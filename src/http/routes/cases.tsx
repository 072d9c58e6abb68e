import { Hono } from "hono";
import { rolesOn } from "../../domain/access/access.policy.ts";
import { listVisibleCommittees } from "../../domain/access/list-visible-committees.ts";
import { canCreateCase } from "../../domain/case/case.policy.ts";
import { createCase } from "../../domain/case/create-case.ts";
import { listMyCases } from "../../domain/case/list-my-cases.ts";
import type { Purpose } from "../../domain/case/purpose.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { markNotificationsRead } from "../../domain/notification/mark-notifications-read.ts";
import { CaseListPage } from "../../web/pages/case-list-page.tsx";
import { CaseNewPage } from "../../web/pages/case-new-page.tsx";
import { readForm, text } from "../form.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { principalOf } from "./cases-shared.tsx";

async function creatableCommittees(c: Parameters<typeof principalOf>[0]) {
  const principal = principalOf(c);
  const committees = await listVisibleCommittees(c.get("deps").db, principal);
  return committees.filter((x) => canCreateCase(principal, x));
}

/** The case desk (/app/sager) and starting a case (/app/sager/ny). */
export const caseListRoutes = new Hono<AppEnv>()
  .get("/sager", async (c) => {
    const principal = principalOf(c);
    const { db } = c.get("deps");
    const page = Number(c.req.query("side") ?? "1");
    const mine = await listMyCases(db, principal, Number.isSafeInteger(page) ? page : 1);
    const committees = await listVisibleCommittees(db, principal);
    const has = (role: string) =>
      committees.some((x) => rolesOn(principal, x).includes(role as never));
    return renderPage(
      c,
      <CaseListPage
        viewer={c.get("viewer")}
        {...mine}
        canCreate={committees.some((x) => canCreateCase(principal, x))}
        isApprover={has("approver")}
        isManager={has("secretary") || has("admin")}
      />,
    );
  })
  .get("/sager/ny", async (c) => {
    const viewer = c.get("viewer");
    if (!viewer) return renderError(c, 403);
    return renderPage(c, <CaseNewPage viewer={viewer} committees={await creatableCommittees(c)} />);
  })
  .post("/beskeder/laest", async (c) => {
    await markNotificationsRead(c.get("deps").db, principalOf(c));
    return c.redirect("/app", 303);
  })
  .post("/sager", async (c) => {
    const viewer = c.get("viewer");
    if (!viewer) return renderError(c, 403);
    const form = await readForm(c);
    const committeeId = Number(text(form, "udvalg"));
    const purpose = text(form, "formaal") || undefined;
    const title = text(form, "titel");
    try {
      const created = await createCase(c.get("deps").db, principalOf(c), {
        committeeId,
        title,
        purpose: purpose as Purpose | undefined,
      });
      return c.redirect(`/app/sager/${created.id}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const committees = await creatableCommittees(c);
      return renderPage(
        c,
        <CaseNewPage
          viewer={viewer}
          committees={committees}
          error={error.message}
          values={{ committeeId, purpose, title }}
        />,
        error.status === 409 ? 400 : error.status,
      );
    }
  });
