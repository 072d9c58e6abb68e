/** Ids are PostgreSQL `integer` identities: 1 … 2 147 483 647. */
const MAX_ROW_ID = 2_147_483_647;

/** True for a number that can be a row id; anything else can be answered "not found" at once. */
export function isRowId(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_ROW_ID;
}
