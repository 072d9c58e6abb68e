import { type Context, Hono } from "hono";
import { canManageCommittee } from "../../domain/access/access.policy.ts";
import { internalDocument } from "../../domain/document/build-document.ts";
import { withSignoffs } from "../../domain/document/signoff-lines.ts";
import { correctMinutes } from "../../domain/minutes/correct-minutes.ts";
import { getMinutesState } from "../../domain/minutes/get-minutes-state.ts";
import { getSignoffWorkspace } from "../../domain/minutes/get-signoff-workspace.ts";
import {
  getMinutesVersion,
  listMinutesVersions,
} from "../../domain/minutes/list-minutes-versions.ts";
import { publishMinutes } from "../../domain/minutes/publish-minutes.ts";
import { listPrivacyFindings } from "../../domain/privacy/list-privacy-findings.ts";
import { summariseFindings } from "../../domain/privacy/summarise-findings.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { MinutesSignoffPanel } from "../../web/components/minutes-signoff-panel.tsx";
import { MinutesPage, MinutesVersionPage } from "../../web/pages/minutes-page.tsx";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { type FormErrorStatus, runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { loadViewedMeeting } from "./viewed-meeting.ts";

/** The minutes page, possibly with an error from a failed action and its status. */
export async function showMinutes(
  c: Context<AppEnv>,
  meetingId: number,
  error: string | null = null,
  status: 200 | FormErrorStatus = 200,
) {
  const done = c.req.query("ok");
  const viewed = await loadViewedMeeting(c, meetingId);
  if (viewed instanceof Response) return viewed;
  const { meeting, principal } = viewed;
  const { db, storage } = c.get("deps");
  const workspace = await getSignoffWorkspace(db, principal, meeting);
  const canManage = canManageCommittee(principal, meeting.committee);
  const beforePublishing = canManage && meeting.status === "held";
  const page = (
    <MinutesPage
      meeting={meeting}
      doc={withSignoffs(internalDocument(meeting, "minutes"), workspace.signoffs)}
      versions={await listMinutesVersions(db, meeting.id)}
      state={await getMinutesState(db, meeting.id)}
      viewer={c.get("viewer")}
      canManage={canManage}
      error={error}
      notice={!error && done === PUBLISHED ? minutesMessages.minutes.publishedNotice : null}
      privacy={
        beforePublishing ? summariseFindings(await listPrivacyFindings(db, storage, meeting)) : null
      }
    >
      <MinutesSignoffPanel
        workspace={workspace}
        meeting={meeting}
        csrfToken={c.get("viewer")?.csrfToken ?? ""}
      />
    </MinutesPage>
  );
  return renderPage(c, page, status);
}

/** `?ok=offentliggjort`: the minutes page after publishing says so. */
const PUBLISHED = "offentliggjort";

/**
 * Runs a minutes action and goes back to the minutes page with `suffix` (`#part`: the part of
 * the page that now shows the outcome; `?ok=…`: a notice), or shows the page with the error.
 */
export async function act(
  c: Context<AppEnv>,
  action: (meetingId: number) => Promise<unknown>,
  suffix = "",
) {
  const id = parseId(c.req.param("id"));
  if (id === null || !c.get("session")) return renderError(c, 404);
  return runAction(
    c,
    async () => {
      await action(id);
      return `/app/moeder/${id}/referat${suffix}`;
    },
    (error, status) => showMinutes(c, id, error.message, status),
  );
}

/** The minutes for staff: /app/moeder/:id/referat, publishing, corrections and old versions. */
export const minutesRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/referat", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    return showMinutes(c, id);
  })
  .post("/moeder/:id/referat/offentliggoer", (c) =>
    act(
      c,
      async (meetingId) => {
        const { db, storage, logger } = c.get("deps");
        const principal = c.get("session")?.principal;
        if (!principal) return;
        await publishMinutes(db, principal, { meetingId }, { storage, logger });
      },
      `?ok=${PUBLISHED}`,
    ),
  )
  .post("/moeder/:id/referat/ret", (c) =>
    act(c, async (meetingId) => {
      const { db, storage } = c.get("deps");
      const principal = c.get("session")?.principal;
      if (!principal) return;
      const form = await readForm(c);
      await correctMinutes(
        db,
        principal,
        {
          meetingId,
          itemId: parseId(text(form, "punkt")) ?? -1,
          text: text(form, "tekst"),
          openDecision: text(form, "aaben_beslutning"),
          reason: text(form, "begrundelse"),
        },
        { storage },
      );
    }),
  )
  .get("/moeder/:id/referat/version/:n", async (c) => {
    const id = parseId(c.req.param("id"));
    const n = parseId(c.req.param("n"));
    if (id === null || n === null) return renderError(c, 404);
    const viewed = await loadViewedMeeting(c, id);
    if (viewed instanceof Response) return viewed;
    const { db } = c.get("deps");
    const version = await getMinutesVersion(db, id, n);
    if (!version) return renderError(c, 404);
    const versions = await listMinutesVersions(db, id);
    return renderPage(
      c,
      <MinutesVersionPage
        doc={version.document}
        version={version}
        latest={versions.at(-1)?.number ?? n}
        currentHref={`/app/moeder/${id}/referat`}
        viewer={c.get("viewer")}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/app/bilag/${a.id}` : null)}
      />,
    );
  });
