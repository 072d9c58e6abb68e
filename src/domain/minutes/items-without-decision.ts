/**
 * The numbers of the items the minutes still lack a decision in. A withdrawn item is not
 * treated, so it needs none. Publishing the minutes waits for this list to be empty.
 */
export function itemsWithoutDecision(
  items: readonly { number: number; decision: unknown; withdrawnAt?: Date | null }[],
): number[] {
  return items.filter((i) => i.decision == null && i.withdrawnAt == null).map((i) => i.number);
}
