import type { Principal } from "../access/access.policy.ts";
import type { HistoryEvent } from "./get-case-history.ts";
import type { CaseRecord } from "./load-case.ts";

/** Why a revision is the one to compare the case from by default. */
export type ChangesBaseReason = "seen" | "returned_by_me" | "returned_to_me";

export interface ChangesBase {
  number: number;
  reason: ChangesBaseReason;
}

/**
 * The revision a viewer compares the case from by default, when the case has changed since:
 * for the approver, the later of the revision they last returned and the one they last saw;
 * for the author (and co-authors) of a returned case, the revision returned to them; for anyone
 * else, and the author at other times, the one they last saw or saved. Null when nothing is
 * newer.
 */
export function findChangesBase(
  principal: Principal,
  kase: CaseRecord,
  input: { events: HistoryEvent[]; lastSeen: number | null; latest: number },
): ChangesBase | null {
  const me = principal.user.id;
  // A revision the viewer saved themselves is one they have seen.
  const wrote = input.events.flatMap((e) =>
    e.kind === "revision" && e.actor?.id === me ? [e.number] : [],
  );
  const lastSeen = Math.max(input.lastSeen ?? 0, ...wrote) || null;
  const returns = input.events.filter(
    (e): e is Extract<HistoryEvent, { kind: "status" }> =>
      e.kind === "status" && e.step === "returned" && e.revision !== null,
  );
  const candidates: ChangesBase[] = [];
  if (kase.approverId === me) {
    const mine = returns.filter((e) => e.actor?.id === me).at(-1);
    if (mine?.revision) candidates.push({ number: mine.revision, reason: "returned_by_me" });
    if (lastSeen !== null) candidates.push({ number: lastSeen, reason: "seen" });
  } else if (
    kase.status === "returned" &&
    (kase.authorId === me || kase.sharedWith.includes(me)) &&
    returns.at(-1)?.revision
  ) {
    candidates.push({ number: returns.at(-1)?.revision ?? 0, reason: "returned_to_me" });
  } else if (lastSeen !== null) {
    candidates.push({ number: lastSeen, reason: "seen" });
  }
  const base = candidates.sort((a, b) => b.number - a.number)[0];
  return base && base.number >= 1 && base.number < input.latest ? base : null;
}
