import { fileTypeFromBuffer } from "file-type";
import { attachmentMessages } from "../../i18n/da/attachment.ts";

const e = attachmentMessages.errors;

/** The file types a bilag may have, by what the content is (never by the name alone). */
export const ALLOWED_TYPES: readonly { mediaType: string; extensions: readonly string[] }[] = [
  { mediaType: "application/pdf", extensions: ["pdf"] },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
  },
  { mediaType: "image/png", extensions: ["png"] },
  { mediaType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  { mediaType: "image/gif", extensions: ["gif"] },
  { mediaType: "image/webp", extensions: ["webp"] },
];

export type FileCheck =
  | { ok: true; name: string; mediaType: string }
  | { ok: false; message: string };

const MAX_NAME_LENGTH = 200;

/** The file name without any folder a browser sent along, control characters or extra spaces. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length <= MAX_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
}

/** "pdf" of "Budget.PDF"; "" when the name has none ("Referat 12.03.2025" has none either). */
const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return /^[a-z][a-z0-9]{0,5}$/.test(ext) ? ext : "";
};

/**
 * Decides the media type from the content and checks the name agrees: a file called foo.pdf
 * must be a PDF. A name without an extension gets the one of its content.
 */
export async function checkAttachmentFile(rawName: string, bytes: Uint8Array): Promise<FileCheck> {
  const name = cleanFileName(rawName);
  if (!name || name.startsWith(".")) return { ok: false, message: e.noName };
  if (bytes.byteLength === 0) return { ok: false, message: e.empty };
  const detected = await fileTypeFromBuffer(bytes);
  const type = ALLOWED_TYPES.find((t) => t.mediaType === detected?.mime);
  const ext = extensionOf(name);
  const claimed = ALLOWED_TYPES.find((t) => t.extensions.includes(ext));
  if (!type) {
    if (!claimed) return { ok: false, message: e.notAllowed };
    return { ok: false, message: e.nameLies(name, detected?.ext.toUpperCase() ?? null) };
  }
  if (ext === "")
    return { ok: true, name: `${name}.${type.extensions[0]}`, mediaType: type.mediaType };
  if (!type.extensions.includes(ext)) {
    return { ok: false, message: e.nameLies(name, type.extensions[0]?.toUpperCase() ?? null) };
  }
  return { ok: true, name, mediaType: type.mediaType };
}
