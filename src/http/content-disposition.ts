/** Danish letters spelled out for the ASCII fallback name, the way Danes do. */
const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", Æ: "Ae", Ø: "Oe", Å: "Aa" };

/** An ASCII-only version of a file name for old clients: no quotes, backslashes or percent. */
export function asciiFileName(name: string): string {
  const ascii = name
    .replace(/[æøåÆØÅ]/g, (ch) => DANISH[ch] ?? "_")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_")
    .trim();
  return ascii || "bilag";
}

/** RFC 5987 value: UTF-8, percent-encoded, only attr-chars left as they are. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The Content-Disposition header (RFC 6266) for a file name in any language: a quoted ASCII
 * fallback, then `filename*=UTF-8''…` that current browsers prefer.
 */
export function contentDisposition(type: "inline" | "attachment", name: string): string {
  return `${type}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
