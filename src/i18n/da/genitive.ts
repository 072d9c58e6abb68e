/**
 * The Danish genitive of a name: "Økonomiudvalget" -> "Økonomiudvalgets", "Chefforum" ->
 * "Chefforums"; a name that ends in s, x or z takes an apostrophe ("Borgerservice Vest" ->
 * "Borgerservice Vests", "Ungdomsråds" -> "Ungdomsråds'").
 */
export function genitive(name: string): string {
  const trimmed = name.trim();
  return /[sxzSXZ]$/.test(trimmed) ? `${trimmed}'` : `${trimmed}s`;
}
