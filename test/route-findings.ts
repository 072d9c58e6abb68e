import type { InputKind } from "./route-params.ts";
import type { RoleName } from "./route-world.ts";

/** What the route-by-role test found wrong with one request. */
export interface Violation {
  method: string;
  /** The route's pattern as Hono registers it. */
  pattern: string;
  role: RoleName;
  kind: InputKind;
  path: string;
  problem: "500" | "granted" | "db-change" | "leak";
  detail: string;
}

interface Finding {
  name: string;
  method: string;
  pattern: string | RegExp;
  roles?: readonly RoleName[];
  kinds?: readonly InputKind[];
  problems: readonly Violation["problem"][];
  /** Only violations whose detail matches (e.g. one canary word). */
  detail?: RegExp;
}

/**
 * KNOWN FINDINGS, being fixed elsewhere. Each entry lets the test pass over exactly these
 * violations (route + roles + inputs + problem); remove an entry once its fix is merged, and
 * the test guards the fix. The test prints entries it no longer sees.
 */
const FINDINGS: Finding[] = [
  {
    name: "1a: a draft case's non-public bilag is readable by every role on the committee",
    method: "GET",
    pattern: "/app/bilag/:id/:filename?",
    roles: ["member", "approver", "secretary", "admin"],
    kinds: ["alt"],
    problems: ["granted", "leak"],
  },
  {
    name: "1b: members read items waiting for a supplement on the minutes and live pages",
    method: "GET",
    pattern: /^\/app\/moeder\/:id\/(referat|live|haendelser)$/,
    roles: ["member", "author", "approver"],
    problems: ["leak"],
    detail: /KANARIETILLAEG/,
  },
  {
    name: "1c: a refused minutes correction shows members the minutes page, supplement items included",
    method: "POST",
    pattern: /^\/app\/moeder\/:id\/referat\//,
    roles: ["member", "author", "approver"],
    problems: ["leak"],
    detail: /KANARIETILLAEG/,
  },
  {
    name: "2: the template form is validated before authorization (500 for members)",
    method: "POST",
    pattern: "/app/udvalg/:id/skabelon",
    problems: ["500"],
  },
  {
    name: "3: an unreadable body on an agenda or planning action counts as an empty form",
    method: "POST",
    pattern: /^\/app\/(moeder\/:id\/dagsorden\/|moeder\/ny$|udvalg\/:id\/(temaer|faste-punkter))/,
    kinds: ["truncated"],
    problems: ["granted", "db-change"],
  },
  {
    name: "5: a refused case step or comment shows the case page, which marks its notifications read",
    method: "POST",
    pattern: /^\/app\/sager\/:id\//,
    problems: ["db-change"],
    detail: /; notifications$/,
  },
];

export const KNOWN_FINDINGS = FINDINGS.map((f) => ({
  name: f.name,
  matches: (v: Violation) =>
    v.method === f.method &&
    (typeof f.pattern === "string" ? v.pattern === f.pattern : f.pattern.test(v.pattern)) &&
    (!f.roles || f.roles.includes(v.role)) &&
    (!f.kinds || f.kinds.includes(v.kind)) &&
    f.problems.includes(v.problem) &&
    (!f.detail || f.detail.test(v.detail)),
}));

export const isKnown = (v: Violation) => KNOWN_FINDINGS.some((k) => k.matches(v));
