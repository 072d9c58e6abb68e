import type { Context } from "hono";
import type { AttachmentFile } from "../domain/attachment/read-attachment.ts";
import { attachmentMessages } from "../i18n/da/attachment.ts";
import { contentDisposition } from "./content-disposition.ts";
import { PUBLIC_CACHE_CONTROL } from "./middleware/public-cache.ts";
import { renderError } from "./render.ts";
import type { AppEnv } from "./types.ts";

/** Types a browser may show in the page; everything else is offered as a download. */
const INLINE = new Set(["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"]);
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

const CACHE = { public: PUBLIC_CACHE_CONTROL, staff: "private, no-store" } as const;

/** True when If-None-Match names this entity tag (or is "*"). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

/**
 * Answers with an attachment's bytes: its media type (or octet-stream), inline only for PDF and
 * images, an encoded file name, nosniff, caching for the audience and an ETag from its SHA-512
 * (304 when the client has it). Bytes that fail verification are never sent: 500, logged.
 */
export async function sendAttachment(
  c: Context<AppEnv>,
  file: AttachmentFile,
  audience: keyof typeof CACHE,
): Promise<Response> {
  const a = file.attachment;
  const etag = `"${a.sha512.slice(0, 64)}"`;
  c.header("Cache-Control", CACHE[audience]);
  c.header("ETag", etag);
  c.header("X-Content-Type-Options", "nosniff");
  if (matches(c.req.header("If-None-Match"), etag)) return c.body(null, 304);
  let bytes: Uint8Array;
  try {
    bytes = await file.readBytes();
  } catch (error) {
    c.get("deps").logger.error({ err: error, attachmentId: a.id }, "attachment unreadable");
    c.header("ETag", undefined);
    c.header("Cache-Control", "no-store");
    const e = attachmentMessages.errors;
    return renderError(c, 500, { title: e.unreadableTitle, message: e.corrupt });
  }
  const type = a.mediaType?.toLowerCase().trim() ?? "";
  const mediaType = MEDIA_TYPE.test(type) ? type : "application/octet-stream";
  c.header("Content-Type", mediaType);
  c.header("Content-Length", String(bytes.byteLength));
  c.header(
    "Content-Disposition",
    contentDisposition(INLINE.has(mediaType) ? "inline" : "attachment", a.name),
  );
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}
