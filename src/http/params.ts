import { z } from "zod";
import { isRowId } from "../db/row-id.ts";

const idSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .refine(isRowId);

/** A database id from a path segment, or null for anything that cannot be one. */
export function parseId(value: string | undefined): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

export function parseSlug(value: string | undefined): string | null {
  const parsed = slugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Where to go after logging in: a path on this site only, so the parameter cannot send
 * the user elsewhere. Anything else falls back to the staff start page.
 */
export function safeNextPath(value: unknown, fallback = "/app"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  const base = "http://referat.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
