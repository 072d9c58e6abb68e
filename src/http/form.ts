import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./types.ts";

/** A posted form: repeated names as arrays (checkboxes, recommendation points), files as File. */
export type FormBody = Record<string, string | File | (string | File)[]>;

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * Thrown when a request's body cannot be read as a form: the app answers it with a Danish 400
 * and nothing is changed. A cut-off upload must never count as an empty form (which would save
 * empty values over what was there).
 */
export class UnreadableFormError extends HTTPException {
  constructor() {
    super(400, { message: "unreadable form body" });
    this.name = "UnreadableFormError";
  }
}

/**
 * The posted form of a request: the one reader every route uses. A body that is not a form
 * (another or no content type) or cannot be parsed (e.g. a multipart body cut off in the
 * middle) throws UnreadableFormError instead of giving an empty form.
 */
export async function readForm(c: Context<AppEnv>): Promise<FormBody> {
  if (!FORM_TYPES.test(c.req.header("content-type") ?? "")) throw new UnreadableFormError();
  try {
    return (await c.req.parseBody({ all: true })) as FormBody;
  } catch {
    throw new UnreadableFormError();
  }
}

/** A single text value of the form ("" when absent or a file; the first when repeated). */
export function text(form: FormBody, name: string): string {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

/** Every text value of a repeated name (checkboxes, recommendation points). */
export function texts(form: FormBody, name: string): string[] {
  const value = form[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === "string");
}

/** The uploaded file of a field, or null when there is none. */
export function fileOf(form: FormBody, name: string): File | null {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first instanceof File ? first : null;
}
