import {
  type CommitteeRef,
  canAdministerOrganisation,
  canManageCommittee,
  canViewCommittee,
  type Principal,
} from "../src/domain/access/access.policy.ts";
import {
  canAssembleAgenda,
  canPlanMeetings,
  canReadAgenda,
} from "../src/domain/agenda/agenda.policy.ts";
import {
  canCommentOnCase,
  canEditCase,
  canEditTemplate,
  canReadCase,
  canReviewCase,
  canShareCase,
  canSubmitCase,
} from "../src/domain/case/case.policy.ts";
import { canTakeMinutes, isRecordable } from "../src/domain/meeting-mode/meeting-mode.policy.ts";
import type { Variant } from "./route-params.ts";
import {
  type Actor,
  closedCanary,
  draftCanary,
  type RouteWorld,
  supplementCanary,
  type Tag,
} from "./route-world.ts";

/**
 * What the route-by-role test expects, derived from the request and the domain policies, never
 * from a list of routes: when a request must be refused, and which canary words an answer to
 * this actor may contain. A route no rule below knows still gets every generic check.
 */

const STAFF = /^\/app(\/|$)/;
/** The administration area and an administrator's own second factor: no committee involved. */
const ORGANISATION_ADMIN = /^\/app\/(admin|konto\/totp)(\/|$)/;
const TAGS: Tag[] = ["A", "B", "X"];

interface Ctx {
  world: RouteWorld;
  principal: Principal;
  tag: Tag;
  variant: Variant;
  method: string;
}

const committee = (c: Ctx): CommitteeRef => ({
  id: c.world.furniture[c.tag].committee,
  organisationId: c.world.orgOf[c.tag],
});
const objectOf = (c: Ctx, name: string) => c.variant.objects.find((o) => o.name === name)?.object;
const caseFacts = (c: Ctx) =>
  c.world.furniture[c.tag].facts[
    objectOf(c, "id") === "submittedCase" ? "submittedCase" : "draftCase"
  ];
const meetingStatus = (c: Ctx) =>
  objectOf(c, "id") === "decided" ? "minutes_published" : "agenda_published";
const meetingRef = (c: Ctx) => ({ committee: committee(c), status: meetingStatus(c) }) as const;

/** Who may, by route pattern (first match); the policy functions decide. */
const RULES: { pattern: RegExp; method?: string; name: string; may: (c: Ctx) => boolean }[] = [
  {
    pattern: /^\/app\/sager\/:id$/,
    method: "GET",
    name: "canReadCase",
    may: (c) => canReadCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id$/,
    method: "POST",
    name: "canEditCase",
    may: (c) => canEditCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\/send$/,
    name: "canSubmitCase",
    may: (c) => canSubmitCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\/(godkend|retur)$/,
    name: "canReviewCase",
    may: (c) => canReviewCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\/deling/,
    name: "canShareCase",
    may: (c) => canShareCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\/kommentarer$/,
    name: "canCommentOnCase",
    may: (c) => canCommentOnCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\/(import|bilag|versioner\/:n\/gendan)$/,
    method: "POST",
    name: "canEditCase",
    may: (c) => canEditCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/sager\/:id\//,
    name: "canReadCase",
    may: (c) => canReadCase(c.principal, caseFacts(c)),
  },
  {
    pattern: /^\/app\/kommentarer\/:id\//,
    name: "canCommentOnCase",
    may: (c) => canCommentOnCase(c.principal, c.world.furniture[c.tag].facts.draftCase),
  },
  {
    pattern: /^\/app\/moeder\/:id\/dagsorden\/(laest|punkter\/:itemId\/(note|aabnet))$/,
    name: "canReadAgenda",
    may: (c) => canReadAgenda(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/moeder\/:id\/dagsorden\//,
    name: "canAssembleAgenda",
    may: (c) => canAssembleAgenda(c.principal, meetingRef(c)),
  },
  {
    pattern: /^\/app\/moeder\/:id\/afvikling/,
    method: "GET",
    name: "canTakeMinutes",
    may: (c) => canTakeMinutes(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/moeder\/:id\/afvikling/,
    name: "canTakeMinutes+isRecordable",
    may: (c) => canTakeMinutes(c.principal, committee(c)) && isRecordable(meetingStatus(c)),
  },
  {
    pattern: /^\/app\/moeder\/:id\/referat\/(offentliggoer|ret)$/,
    name: "canManageCommittee",
    may: (c) => canManageCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/moeder\/:id/,
    name: "canViewCommittee",
    may: (c) => canViewCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/udvalg\/:id\/skabelon$/,
    name: "canEditTemplate",
    may: (c) => canEditTemplate(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/udvalg\/:id\/medlemmer/,
    name: "canManageCommittee",
    may: (c) => canManageCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/udvalg\/:id\/(temaer|faste-punkter)/,
    name: "canPlanMeetings",
    may: (c) => canPlanMeetings(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/udvalg\/:id\//,
    name: "canViewCommittee",
    may: (c) => canViewCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/punkter\/:itemId\/bilag$/,
    name: "canManageCommittee",
    may: (c) => canManageCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/bilag\/:id/,
    name: "canViewCommittee / canReadCase",
    may: (c) =>
      objectOf(c, "id") === "draftBilag"
        ? canReadCase(c.principal, c.world.furniture[c.tag].facts.draftCase)
        : canViewCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/opfoelgning\/:id\//,
    name: "assignee or canManageCommittee",
    may: (c) =>
      c.principal.user.id === c.world.furniture[c.tag].colleague ||
      canManageCommittee(c.principal, committee(c)),
  },
  {
    pattern: /^\/app\/moeder\/ny$/,
    name: "canPlanMeetings on some committee",
    may: (c) =>
      TAGS.some((t) =>
        canPlanMeetings(c.principal, {
          id: c.world.furniture[t].committee,
          organisationId: c.world.orgOf[t],
        }),
      ),
  },
];

/** Why this request must be refused, or null when the policy lets it through (or is silent). */
export function refusalReason(
  world: RouteWorld,
  pattern: string,
  method: string,
  variant: Variant,
  actor: Actor,
): string | null {
  const { kind } = variant;
  // The SAML assertion consumer service is posted to from the identity provider's origin, so
  // it has no origin or CSRF check; it must refuse every request here, as none carries an
  // assertion signed by the identity provider.
  if (pattern === "/saml/acs") return "no signed SAML response";
  // Logging out without a session is let through without a token (csrf-token.ts): it has
  // nothing to end. A foreign origin is still refused.
  const noSessionLogout = kind === "noCsrf" && !actor.principal && pattern === "/logout";
  if (method !== "GET" && (kind === "noCsrf" || kind === "foreignOrigin") && !noSessionLogout) {
    return `${kind} on a state-changing request`;
  }
  if (kind === "nonNumeric" || kind === "negative" || kind === "huge")
    return `${kind} value for :${variant.param}`;
  if (!STAFF.test(pattern)) return null;
  const p = actor.principal;
  if (!p) return "anonymous in the staff area";
  if (ORGANISATION_ADMIN.test(pattern)) {
    if (!canAdministerOrganisation(p)) return "policy canAdministerOrganisation";
    const foreign = variant.objects.find((o) => world.orgOf[o.tag] !== p.user.organisationId);
    return foreign ? `object of another organisation (${foreign.tag})` : null;
  }
  const tags = [...new Set(variant.objects.map((o) => o.tag))];
  for (const tag of tags) {
    const ref = { id: world.furniture[tag].committee, organisationId: world.orgOf[tag] };
    if (ref.organisationId !== p.user.organisationId)
      return `object of another organisation (${tag})`;
    if (!canViewCommittee(p, ref)) return `object of a committee without a role (${tag})`;
  }
  const tag = tags.length === 1 ? tags[0] : tags.length === 0 ? null : undefined;
  if (tag === undefined) return null;
  const rule = RULES.find((r) => r.pattern.test(pattern) && (!r.method || r.method === method));
  if (!rule) return null;
  // Routes without an object of a committee: only those whose rule needs none.
  if (tag === null && !/^\/app\/moeder\/ny$/.test(pattern)) return null;
  const ctx: Ctx = { world, principal: p, tag: tag ?? "A", variant, method };
  return rule.may(ctx) ? null : `policy ${rule.name}`;
}

/** The canary words this actor may meet in the answer to this path. */
export function forbiddenCanaries(world: RouteWorld, pattern: string, actor: Actor): string[] {
  const p = actor.principal;
  const staff = STAFF.test(pattern) && p !== null;
  const out: string[] = [];
  for (const tag of TAGS) {
    const ref = { id: world.furniture[tag].committee, organisationId: world.orgOf[tag] };
    if (!staff || !canViewCommittee(p, ref)) out.push(closedCanary(tag));
    if (!staff || !canReadCase(p, world.furniture[tag].facts.draftCase)) out.push(draftCanary(tag));
    if (!staff || !canManageCommittee(p, ref)) out.push(supplementCanary(tag));
  }
  return out;
}
