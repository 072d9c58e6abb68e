/**
 * JSON with object keys sorted at every level: documents read back from a jsonb column come
 * with their keys reordered, so comparing plain JSON.stringify output would see changes that
 * are not there.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
