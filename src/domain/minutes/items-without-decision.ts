/**
 * The numbers of the items the minutes still lack a decision in. A withdrawn item is not
 * treated, so it needs none. Publishing the minutes waits for this list to be empty.
 */
export function itemsWithoutDecision(
  items: readonly { number: number; decision: unknown; withdrawnAt?: Date | null }[],
): number[] {
  return items.filter((i) => i.decision == null && i.withdrawnAt == null).map((i) => i.number);
}

/**
 * The closed items the public would read nothing of the decision in: decided, but without an
 * open decision. Publishing goes ahead (a decision may be confidential as a whole); the
 * secretary is told first.
 */
export function closedWithoutOpenDecision<
  T extends {
    closed: boolean;
    decision: unknown;
    openDecision: string | null;
    withdrawnAt?: Date | null;
  },
>(items: readonly T[]): T[] {
  return items.filter(
    (i) => i.closed && i.decision != null && i.withdrawnAt == null && !i.openDecision?.trim(),
  );
}
