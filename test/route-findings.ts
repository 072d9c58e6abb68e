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
const FINDINGS: Finding[] = [];

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
