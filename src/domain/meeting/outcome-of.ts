import type { DecisionOutcome } from "./meeting.types.ts";

/** The outcome a decision's wording states: "udsat" postpones, "til efterretning" notes. */
export function outcomeOf(text: string): DecisionOutcome {
  if (/\budsat\b/i.test(text)) return "postponed";
  if (/til efterretning/i.test(text)) return "noted";
  return "decided";
}
