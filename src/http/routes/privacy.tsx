import { Hono } from "hono";
import { z } from "zod";
import { canManageCommittee } from "../../domain/access/access.policy.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { inPhase } from "../../domain/meeting/meeting-lifecycle.ts";
import { confirmNotCpr } from "../../domain/privacy/confirm-not-cpr.ts";
import { listPrivacyFindings } from "../../domain/privacy/list-privacy-findings.ts";
import { privacyMessages as m } from "../../i18n/da/privacy.ts";
import { formatShortDate } from "../../web/format-date.ts";
import { PrivacyFindingsPage } from "../../web/pages/privacy-findings-page.tsx";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { loadViewedMeeting } from "./viewed-meeting.ts";

const confirmForm = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** CPR numbers in a meeting's public texts: /app/moeder/:id/persondata and confirming one. */
export const privacyRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/persondata", async (c) => {
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    const { meeting, principal } = viewed;
    const { db, storage } = c.get("deps");
    const page = (
      <PrivacyFindingsPage
        meetingId={meeting.id}
        meetingTitle={`${meeting.committee.name} ${formatShortDate(meeting.startsAt)}`}
        backHref={`/app/moeder/${meeting.id}${inPhase("held", meeting.status) ? "/referat" : ""}`}
        findings={await listPrivacyFindings(db, storage, meeting)}
        canConfirm={canManageCommittee(principal, meeting.committee)}
        notice={c.req.query("bekraeftet") === "1" ? m.confirmed : null}
        viewer={c.get("viewer")}
      />
    );
    return renderPage(c, page);
  })
  .post("/moeder/:id/persondata/bekraeft", async (c) => {
    const session = c.get("session");
    const id = parseId(c.req.param("id"));
    if (!session || id === null) return renderError(c, 404);
    const form = confirmForm.safeParse(await c.req.parseBody().catch(() => ({})));
    if (!form.success) return renderError(c, 404, { title: m.notFound, message: m.notFound });
    const { db, storage } = c.get("deps");
    try {
      await confirmNotCpr(db, storage, session.principal, {
        meetingId: id,
        numberHash: form.data.hash,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.status === 403 ? 403 : 404;
      return renderError(c, status, { title: error.message, message: error.message });
    }
    return c.redirect(`/app/moeder/${id}/persondata?bekraeftet=1`, 303);
  });
