const DANISH: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  å: "aa",
  é: "e",
  ü: "u",
  ö: "oe",
  ä: "ae",
};

/** "Økonomiudvalget" -> "oekonomiudvalget": lowercase ASCII words joined by hyphens, for URLs. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => DANISH[c] ?? c)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}
