/** A Danish enumeration: "A", "A og B", "A, B og C". */
export function danishList(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}
