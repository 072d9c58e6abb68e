import type { Context } from "hono";
import { Hono } from "hono";
import { canManageCommittee } from "../../domain/access/access.policy.ts";
import { findVisibleCommittee } from "../../domain/access/find-visible-committee.ts";
import { copenhagenDate } from "../../domain/meeting/copenhagen-time.ts";
import { addMembership } from "../../domain/roster/add-membership.ts";
import { endMembership } from "../../domain/roster/end-membership.ts";
import { listRoster, listRosterEntries } from "../../domain/roster/list-roster.ts";
import { listRosterChoices } from "../../domain/roster/list-roster-choices.ts";
import { updateMembership } from "../../domain/roster/update-membership.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import {
  emptyRosterForm,
  formOfEntry,
  RosterEditPage,
  type RosterFormValues,
  RosterPage,
} from "../../web/pages/roster-page.tsx";
import { type FormBody, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { type FormErrorStatus, problemsOf, runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";

const p = rosterMessages.page;
const NOTICES: Record<string, string> = {
  tilfoejet: p.added,
  gemt: p.saved,
  afsluttet: p.ended,
};

/** The committee of the path when the session's user may manage it; a Response otherwise. */
async function managedCommittee(c: Context<AppEnv>) {
  const session = c.get("session");
  const id = parseId(c.req.param("id"));
  if (!session || id === null) return renderError(c, 404);
  const committee = await findVisibleCommittee(c.get("deps").db, session.principal, id);
  if (!committee) return renderError(c, 404);
  if (!canManageCommittee(session.principal, committee)) return renderError(c, 403);
  return { committee, principal: session.principal };
}

const today = () => copenhagenDate();

/** An optional id from a select: null when empty, 0 (refused as unknown) when not an id. */
const optionalId = (value: string) => (value.trim() === "" ? null : (parseId(value.trim()) ?? 0));

function valuesOf(form: FormBody): RosterFormValues {
  return {
    personId: text(form, "person"),
    name: text(form, "navn"),
    title: text(form, "titel"),
    party: text(form, "parti"),
    email: text(form, "email"),
    userId: text(form, "bruger"),
    role: text(form, "rolle"),
    startsOn: text(form, "fra"),
    endsOn: text(form, "til"),
    substituteForId: text(form, "stedfortraeder_for"),
  };
}

const personOf = (v: RosterFormValues) => ({
  name: v.name,
  title: v.title,
  party: v.party,
  email: v.email,
  userId: optionalId(v.userId),
});

const membershipOf = (v: RosterFormValues) => ({
  role: v.role,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  substituteForId: optionalId(v.substituteForId),
});

type Found = Exclude<Awaited<ReturnType<typeof managedCommittee>>, Response>;

async function rosterPage(
  c: Context<AppEnv>,
  found: Found,
  values: RosterFormValues = emptyRosterForm(),
  errors?: readonly string[],
  status: 200 | FormErrorStatus = 200,
) {
  const { db } = c.get("deps");
  const notice = errors ? null : (NOTICES[c.req.query("ok") ?? ""] ?? null);
  return renderPage(
    c,
    <RosterPage
      viewer={c.get("viewer")}
      committee={found.committee}
      roster={await listRoster(db, found.committee.id, today())}
      choices={await listRosterChoices(db, found.committee.organisationId)}
      values={values}
      notice={notice}
      {...(errors ? { errors } : {})}
    />,
    status,
  );
}

async function editPage(
  c: Context<AppEnv>,
  found: Found,
  membershipId: number,
  values: RosterFormValues | null,
  errors?: readonly string[],
  status: 200 | FormErrorStatus = 200,
) {
  const { db } = c.get("deps");
  const entries = await listRosterEntries(db, found.committee.id);
  const entry = entries.find((x) => x.membershipId === membershipId);
  if (!entry) return renderError(c, 404);
  return renderPage(
    c,
    <RosterEditPage
      viewer={c.get("viewer")}
      committee={found.committee}
      membershipId={membershipId}
      members={entries.filter((x) => x.endsOn === null || x.endsOn >= today())}
      choices={await listRosterChoices(db, found.committee.organisationId)}
      values={values ?? formOfEntry(entry)}
      {...(errors ? { errors } : {})}
    />,
    status,
  );
}

/** A committee's roster: /app/udvalg/:id/medlemmer (list, add), /:membershipId (edit), /afslut. */
export const rosterRoutes = new Hono<AppEnv>()
  .get("/udvalg/:id/medlemmer", async (c) => {
    const found = await managedCommittee(c);
    if (found instanceof Response) return found;
    return rosterPage(c, found);
  })
  .post("/udvalg/:id/medlemmer", async (c) => {
    const found = await managedCommittee(c);
    if (found instanceof Response) return found;
    const values = valuesOf(await readForm(c));
    const existing = optionalId(values.personId);
    return runAction(
      c,
      async () => {
        await addMembership(c.get("deps").db, found.principal, {
          committeeId: found.committee.id,
          ...(existing === null ? { person: personOf(values) } : { personId: existing }),
          ...membershipOf(values),
        });
        return `/app/udvalg/${found.committee.id}/medlemmer?ok=tilfoejet`;
      },
      (e, status) => rosterPage(c, found, values, problemsOf(e), status),
    );
  })
  .get("/udvalg/:id/medlemmer/:membershipId", async (c) => {
    const found = await managedCommittee(c);
    if (found instanceof Response) return found;
    const membershipId = parseId(c.req.param("membershipId"));
    if (membershipId === null) return renderError(c, 404);
    return editPage(c, found, membershipId, null);
  })
  .post("/udvalg/:id/medlemmer/:membershipId", async (c) => {
    const found = await managedCommittee(c);
    if (found instanceof Response) return found;
    const membershipId = parseId(c.req.param("membershipId"));
    if (membershipId === null) return renderError(c, 404);
    const values = valuesOf(await readForm(c));
    return runAction(
      c,
      async () => {
        await updateMembership(c.get("deps").db, found.principal, {
          committeeId: found.committee.id,
          membershipId,
          person: personOf(values),
          ...membershipOf(values),
        });
        return `/app/udvalg/${found.committee.id}/medlemmer?ok=gemt`;
      },
      (e, status) => editPage(c, found, membershipId, values, problemsOf(e), status),
    );
  })
  .post("/udvalg/:id/medlemmer/:membershipId/afslut", async (c) => {
    const found = await managedCommittee(c);
    if (found instanceof Response) return found;
    const membershipId = parseId(c.req.param("membershipId"));
    if (membershipId === null) return renderError(c, 404);
    const endsOn = text(await readForm(c), "til");
    return runAction(
      c,
      async () => {
        await endMembership(c.get("deps").db, found.principal, {
          committeeId: found.committee.id,
          membershipId,
          endsOn,
        });
        return `/app/udvalg/${found.committee.id}/medlemmer?ok=afsluttet`;
      },
      (e, status) => rosterPage(c, found, emptyRosterForm(), problemsOf(e), status),
    );
  });
