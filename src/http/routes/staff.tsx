import { Hono } from "hono";
import { canSeeStaffArea } from "../../domain/access/access.policy.ts";
import { listVisibleCommittees } from "../../domain/access/list-visible-committees.ts";
import { mayReadAttachment } from "../../domain/attachment/may-read-attachment.ts";
import { readAttachment } from "../../domain/attachment/read-attachment.ts";
import { canCreateCase } from "../../domain/case/case.policy.ts";
import { internalDocument } from "../../domain/document/build-document.ts";
import { withSignoffs } from "../../domain/document/signoff-lines.ts";
import { listMeetings } from "../../domain/meeting/list-meetings.ts";
import { getMinutesSignoffs } from "../../domain/minutes/get-minutes-signoffs.ts";
import { listMinutesToSign } from "../../domain/minutes/list-minutes-to-sign.ts";
import { listNotifications } from "../../domain/notification/list-notifications.ts";
import { CaseDashboard } from "../../web/components/case-dashboard.tsx";
import { isDownloadFile } from "../../web/components/document-downloads.tsx";
import { MinutesToSignPanel } from "../../web/components/minutes-to-sign.tsx";
import { DashboardPage } from "../../web/pages/dashboard-page.tsx";
import { sendDocument } from "../document-downloads.ts";
import { requireStaff } from "../middleware/require-staff.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { sendAttachment } from "../send-attachment.ts";
import type { AppEnv } from "../types.ts";
import { accountRoutes } from "./account.tsx";
import { accountStaffRoutes } from "./account-staff.tsx";
import { adminRoutes } from "./admin.tsx";
import { agendaRoutes } from "./agenda.tsx";
import { annotationRoutes } from "./annotations.tsx";
import { uploadRoutes } from "./attachment-upload.ts";
import { caseListRoutes } from "./cases.tsx";
import { caseCheckRoutes } from "./cases-check.ts";
import { caseCommentRoutes } from "./cases-comments.tsx";
import { caseEditRoutes } from "./cases-edit.tsx";
import { caseFileRoutes } from "./cases-files.tsx";
import { caseRevisionRoutes } from "./cases-revisions.tsx";
import { caseTemplateRoutes } from "./cases-template.tsx";
import { followUpRoutes } from "./follow-up.tsx";
import { groupRoleRoutes } from "./group-roles.tsx";
import { liveRoutes } from "./live.tsx";
import { mailAdminRoutes } from "./mail-admin.tsx";
import { meetingModeRoutes } from "./meeting-mode.tsx";
import { meetingsPlanRoutes } from "./meetings-plan.tsx";
import { minutesRoutes } from "./minutes.tsx";
import { minutesSignoffRoutes } from "./minutes-signoff.tsx";
import { offlineRoutes } from "./offline.ts";
import { privacyRoutes } from "./privacy.tsx";
import { readingRoutes } from "./reading.tsx";
import { roomRoutes } from "./room.tsx";
import { rosterRoutes } from "./roster.tsx";
import { loadViewedMeeting } from "./viewed-meeting.ts";

/** The staff area, mounted at /app. Every route needs a session and a role on the committee. */
export const staffRoutes = new Hono<AppEnv>()
  .use("*", requireStaff())
  .get("/", async (c) => {
    const session = c.get("session");
    if (!session || !canSeeStaffArea(session.principal)) return renderError(c, 403);
    const { db } = c.get("deps");
    const committees = await listVisibleCommittees(db, session.principal);
    const meetings = await listMeetings(db, {
      organisationId: session.principal.user.organisationId,
      committeeIds: committees.map((x) => x.id),
    });
    return renderPage(
      c,
      <DashboardPage
        committees={committees}
        meetings={meetings}
        viewer={c.get("viewer")}
        cases={
          <>
            <MinutesToSignPanel list={await listMinutesToSign(db, session.principal)} />
            <CaseDashboard
              notifications={await listNotifications(db, session.principal, { unreadOnly: true })}
              csrfToken={c.get("viewer")?.csrfToken ?? ""}
              canEditTemplates={committees.filter((x) => x.roles.includes("admin"))}
              canCreateCase={committees.some((x) => canCreateCase(session.principal, x))}
              canApprove={committees.some((x) => x.roles.includes("approver"))}
            />
          </>
        }
      />,
    );
  })
  // Only names with a dot: /moeder/:id/afvikling and the like belong to other routes.
  .get("/moeder/:id/:file{[a-z-]+\\.[a-z]+}", async (c) => {
    const file = c.req.param("file");
    if (!isDownloadFile(file)) return renderError(c, 404);
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    // Members read what was sent; the secretary's copy also has items waiting for a supplement.
    const { meeting } = viewed;
    const signoffs = await getMinutesSignoffs(c.get("deps").db, meeting);
    return sendDocument(c, withSignoffs(internalDocument(meeting), signoffs), file, "staff");
  })
  // Before the file route: /bilag/:id/vis and /bilag/:id/markeringer are no file names.
  .route("/", annotationRoutes)
  .get("/bilag/:id/:filename?", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const id = parseId(c.req.param("id"));
    const { db, storage } = c.get("deps");
    if (id === null || !storage) return renderError(c, 404);
    const file = await readAttachment(db, storage, id);
    if (!file) return renderError(c, 404);
    // Not found rather than forbidden: ids are sequential and must not tell what exists.
    if (!(await mayReadAttachment(db, session.principal, file.attachment))) {
      return renderError(c, 404);
    }
    return sendAttachment(c, file, "staff");
  })
  .route("/", uploadRoutes)
  .route("/", caseListRoutes)
  .route("/", caseEditRoutes)
  .route("/", caseCheckRoutes)
  .route("/", caseCommentRoutes)
  .route("/", caseRevisionRoutes)
  .route("/", caseFileRoutes)
  .route("/", caseTemplateRoutes)
  .route("/", meetingsPlanRoutes)
  .route("/", agendaRoutes)
  .route("/", readingRoutes)
  .route("/", offlineRoutes)
  .route("/", meetingModeRoutes)
  .route("/", liveRoutes)
  .route("/", roomRoutes)
  .route("/", minutesRoutes)
  .route("/", minutesSignoffRoutes)
  .route("/", followUpRoutes)
  .route("/", privacyRoutes)
  .route("/", groupRoleRoutes)
  .route("/", adminRoutes)
  .route("/", accountRoutes)
  .route("/", rosterRoutes)
  .route("/", accountStaffRoutes)
  .route("/", mailAdminRoutes);
