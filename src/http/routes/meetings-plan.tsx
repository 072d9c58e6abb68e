import type { Context } from "hono";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Principal } from "../../domain/access/access.policy.ts";
import { findVisibleCommittee } from "../../domain/access/find-visible-committee.ts";
import { listVisibleCommittees } from "../../domain/access/list-visible-committees.ts";
import { addTheme } from "../../domain/agenda/add-theme.ts";
import { addThemeToAgenda } from "../../domain/agenda/add-theme-to-agenda.ts";
import { canPlanMeetings } from "../../domain/agenda/agenda.policy.ts";
import { listStandingItems } from "../../domain/agenda/list-standing-items.ts";
import { listThemes } from "../../domain/agenda/list-themes.ts";
import {
  type StandingItemChange,
  saveStandingItem,
} from "../../domain/agenda/save-standing-items.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { copenhagenDate } from "../../domain/meeting/copenhagen-time.ts";
import { createCalendarToken } from "../../domain/meeting/create-calendar-token.ts";
import { findCalendarToken } from "../../domain/meeting/find-calendar-token.ts";
import { listCommitteeMembers } from "../../domain/meeting/list-committee-members.ts";
import {
  listCommitteeYear,
  listUpcomingAgendas,
} from "../../domain/meeting/list-committee-year.ts";
import { planSeries } from "../../domain/meeting/plan-series.ts";
import { hasRoster, listRosterOn } from "../../domain/roster/list-roster.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { AgendaStandingItemsPage } from "../../web/pages/agenda-standing-items-page.tsx";
import { CommitteeCalendarPage } from "../../web/pages/committee-calendar-page.tsx";
import { MeetingPlanCalendarPage } from "../../web/pages/meeting-plan-calendar-page.tsx";
import {
  emptyPlan,
  MeetingPlanPage,
  type PlanFormValues,
} from "../../web/pages/meeting-plan-page.tsx";
import { ThemesPage } from "../../web/pages/themes-page.tsx";
import { readForm, text, texts } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { type FormErrorStatus, problemsOf } from "../run-action.ts";
import type { AppEnv } from "../types.ts";

/** The committees the principal may plan meetings for, by name. */
async function planningCommittees(c: Context<AppEnv>, principal: Principal) {
  const visible = await listVisibleCommittees(c.get("deps").db, principal);
  return visible.filter((x) => canPlanMeetings(principal, x));
}

async function planPage(
  c: Context<AppEnv>,
  principal: Principal,
  values: PlanFormValues,
  errors?: readonly string[],
  status: 200 | FormErrorStatus = 200,
) {
  const list = await planningCommittees(c, principal);
  if (list.length === 0) return renderError(c, 403);
  const chosen = list.find((x) => x.id === values.committeeId) ?? list[0];
  const { db } = c.get("deps");
  const members = chosen ? await listCommitteeMembers(db, chosen) : [];
  const today = copenhagenDate();
  const roster =
    chosen && (await hasRoster(db, chosen.id)) ? await listRosterOn(db, chosen.id, today) : null;
  return renderPage(
    c,
    <MeetingPlanPage
      viewer={c.get("viewer")}
      committees={list}
      members={members}
      roster={roster}
      values={{ ...values, committeeId: chosen?.id ?? null }}
      {...(errors ? { errors } : {})}
    />,
    status,
  );
}

/** The committee of a path, when the session's user has a role on it. */
async function committeeOf(c: Context<AppEnv>) {
  const session = c.get("session");
  const id = parseId(c.req.param("id"));
  if (!session || id === null) return null;
  const committee = await findVisibleCommittee(c.get("deps").db, session.principal, id);
  return committee ? { committee, principal: session.principal } : null;
}

async function themesPage(
  c: Context<AppEnv>,
  found: NonNullable<Awaited<ReturnType<typeof committeeOf>>>,
  options: {
    errors?: readonly string[];
    values?: { title: string; note: string };
    status?: 200 | FormErrorStatus;
  } = {},
) {
  const { db } = c.get("deps");
  const { committee } = found;
  const upcoming = await listUpcomingAgendas(db, committee.id);
  const notice = c.req.query("ok") === "tilfoejet" ? agendaMessages.themes.added : null;
  return renderPage(
    c,
    <ThemesPage
      viewer={c.get("viewer")}
      committee={committee}
      themes={await listThemes(db, committee.id)}
      upcoming={upcoming}
      notice={options.errors ? null : notice}
      {...(options.errors ? { errors: options.errors } : {})}
      {...(options.values ? { values: options.values } : {})}
    />,
    options.status ?? 200,
  );
}

type FoundCommittee = NonNullable<Awaited<ReturnType<typeof committeeOf>>>;

async function standingPage(
  c: Context<AppEnv>,
  found: FoundCommittee,
  errors?: readonly string[],
  status: 200 | FormErrorStatus = 200,
) {
  const notice = c.req.query("ok") === "gemt" ? agendaMessages.standingItems.saved : null;
  return renderPage(
    c,
    <AgendaStandingItemsPage
      viewer={c.get("viewer")}
      committee={found.committee}
      items={await listStandingItems(c.get("deps").db, found.committee.id)}
      notice={errors ? null : notice}
      {...(errors ? { errors } : {})}
    />,
    status,
  );
}

async function saveStanding(c: Context<AppEnv>, found: FoundCommittee, change: StandingItemChange) {
  try {
    await saveStandingItem(c.get("deps").db, found.principal, {
      committeeId: found.committee.id,
      ...change,
    });
    return c.redirect(`/app/udvalg/${found.committee.id}/faste-punkter?ok=gemt`, 303);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 404 || error.status === 403) return renderError(c, error.status);
    return standingPage(c, found, problemsOf(error), error.status);
  }
}

/**
 * Planning: /app/moeder/ny (single or recurring meetings), a committee's year calendar, its
 * themes backlog, and the user's private calendar link (/app/kalender).
 */
export const meetingsPlanRoutes = new Hono<AppEnv>()
  .get("/moeder/ny", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    return planPage(c, session.principal, emptyPlan(parseId(c.req.query("udvalg"))));
  })
  .post("/moeder/ny", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const form = await readForm(c);
    const values: PlanFormValues = {
      committeeId: parseId(text(form, "udvalg")),
      date: text(form, "dato"),
      start: text(form, "start"),
      end: text(form, "slut"),
      location: text(form, "sted"),
      guests: text(form, "gaester"),
      repeat: text(form, "gentag") || "none",
      count: text(form, "antal"),
      participants: texts(form, "deltager").map((v) => parseId(v) ?? 0),
    };
    try {
      const { meetingIds } = await planSeries(c.get("deps").db, session.principal, {
        committeeId: values.committeeId ?? 0,
        date: values.date,
        start: values.start,
        end: values.end,
        location: values.location,
        guests: values.guests,
        repeat: values.repeat,
        count: values.count,
        participantUserIds: values.participants ?? [],
      });
      return c.redirect(
        `/app/moeder/${meetingIds[0]}?ok=planlagt${meetingIds.length > 1 ? `&antal=${meetingIds.length}` : ""}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.status === 404 || error.status === 403) return renderError(c, error.status);
      return planPage(c, session.principal, values, problemsOf(error), error.status);
    }
  })
  .get("/udvalg/:id/kalender/:aar", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    const year = Number(c.req.param("aar"));
    if (!/^\d{4}$/.test(c.req.param("aar")) || year < 1900 || year > 2200) {
      return renderError(c, 404);
    }
    return renderPage(
      c,
      <CommitteeCalendarPage
        viewer={c.get("viewer")}
        committee={found.committee}
        year={year}
        meetings={await listCommitteeYear(c.get("deps").db, found.committee.id, year)}
        canPlan={canPlanMeetings(found.principal, found.committee)}
      />,
    );
  })
  .get("/udvalg/:id/temaer", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    if (!canPlanMeetings(found.principal, found.committee)) return renderError(c, 403);
    return themesPage(c, found);
  })
  .post("/udvalg/:id/temaer", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    const form = await readForm(c);
    const values = { title: text(form, "titel"), note: text(form, "note") };
    try {
      await addTheme(c.get("deps").db, found.principal, {
        committeeId: found.committee.id,
        ...values,
      });
      return c.redirect(`/app/udvalg/${found.committee.id}/temaer?ok=tilfoejet`, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.status === 404 || error.status === 403) return renderError(c, error.status);
      return themesPage(c, found, { errors: problemsOf(error), values, status: error.status });
    }
  })
  .post("/udvalg/:id/temaer/:themeId/dagsorden", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    const meetingId = parseId(text(await readForm(c), "moede")) ?? 0;
    const themeId = parseId(c.req.param("themeId")) ?? 0;
    try {
      const { itemId } = await addThemeToAgenda(c.get("deps").db, found.principal, {
        meetingId,
        themeId,
      });
      return c.redirect(`/app/moeder/${meetingId}?ok=tema#dp-${itemId}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.status === 404 || error.status === 403) return renderError(c, error.status);
      return themesPage(c, found, { errors: problemsOf(error), status: error.status });
    }
  })
  .get("/udvalg/:id/faste-punkter", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    if (!canPlanMeetings(found.principal, found.committee)) return renderError(c, 403);
    return standingPage(c, found);
  })
  .post("/udvalg/:id/faste-punkter", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    const form = await readForm(c);
    return saveStanding(c, found, {
      add: {
        title: text(form, "titel"),
        placement: text(form, "placering"),
        durationMinutes: text(form, "minutter"),
        approvesMinutes: text(form, "godkender_referat") === "1",
      },
    });
  })
  .post("/udvalg/:id/faste-punkter/:itemId/fjern", async (c) => {
    const found = await committeeOf(c);
    if (!found) return renderError(c, 404);
    return saveStanding(c, found, { remove: parseId(c.req.param("itemId")) ?? 0 });
  })
  .get("/kalender", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    // A link just made (post/redirect/get) is shown once: the cookie that carries it is
    // dropped here, so a reload neither shows it again nor makes a new one.
    const made = takeNewCalendarLink(c);
    const token = await findCalendarToken(c.get("deps").db, session.principal.user.id, made);
    const url = token?.isCurrent ? `${c.get("deps").config.publicUrl}/kalender/${made}.ics` : null;
    return renderPage(
      c,
      <MeetingPlanCalendarPage viewer={c.get("viewer")} hasToken={token !== null} newUrl={url} />,
    );
  })
  .post("/kalender", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const { token } = await createCalendarToken(c.get("deps").db, session.principal);
    const secure = c.get("deps").config.secureCookies;
    setCookie(c, newLinkCookie(secure), token, {
      httpOnly: true,
      secure,
      sameSite: "Strict",
      path: "/",
      maxAge: 5 * 60,
    });
    return c.redirect("/app/kalender", 303);
  });

/** The cookie carrying a new calendar token from the POST to the one GET that shows it. */
const newLinkCookie = (secure: boolean) => `${secure ? "__Host-" : ""}referat_new_calendar_link`;

function takeNewCalendarLink(c: Context<AppEnv>): string | undefined {
  const secure = c.get("deps").config.secureCookies;
  const name = newLinkCookie(secure);
  const token = getCookie(c, name);
  if (token === undefined) return undefined;
  deleteCookie(c, name, { path: "/", secure, httpOnly: true, sameSite: "Strict" });
  return token;
}
