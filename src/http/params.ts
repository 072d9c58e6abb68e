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

/** A path of this site: one slash, then anything but a second slash or a backslash. */
const LOCAL_PATH = /^\/(?![/\\])/;
const BASE = "http://referat.invalid";

/**
 * Where to go after logging in: a path on this site only, so the parameter cannot send
 * the user elsewhere. The value is checked before and after the URL parser normalises it
 * (`/.//host` becomes `//host`, `/\host` is read as `//host` by browsers), and control
 * characters and whitespace, which browsers drop or strip, are refused outright. Anything
 * else falls back to the staff start page.
 */
export function safeNextPath(value: unknown, fallback = "/app"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters
  if (/[\u0000-\u0020\u007f]/.test(value) || !LOCAL_PATH.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (!LOCAL_PATH.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
