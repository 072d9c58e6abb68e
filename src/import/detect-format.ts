import { importMessages } from "../i18n/da/import.ts";

export type DetectedFormat =
  | { kind: "text" }
  | { kind: "pdf" }
  | { kind: "docx" }
  | { kind: "rejected"; reason: string };

const SNIFF_BYTES = 64 * 1024;
const errors = importMessages.errors;

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => buf[i] === byte);
}

function isUtf16(buf: Uint8Array): boolean {
  return startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff]);
}

/** True when a sample has NUL bytes or many control characters, as binary data does. */
function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control > sample.length * 0.01;
}

function image(buf: Uint8Array): string | null {
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47])) return "PNG";
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return "JPEG";
  if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) return "GIF";
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a])) {
    return "TIFF";
  }
  return null;
}

/** Decides from the bytes (not the file name) how to read a legacy minutes file. */
export function detectFormat(buf: Uint8Array): DetectedFormat {
  const head = Buffer.from(buf.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return { kind: "pdf" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) {
    const isDocx = Buffer.from(buf.buffer, buf.byteOffset, buf.length).includes("word/document");
    return isDocx ? { kind: "docx" } : { kind: "rejected", reason: errors.zipNotDocx };
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: "rejected", reason: errors.legacyWord };
  }
  const picture = image(buf);
  if (picture) return { kind: "rejected", reason: errors.image(picture) };
  if (head.startsWith("{\\rtf")) return { kind: "rejected", reason: errors.rtf };
  if (!isUtf16(buf) && looksBinary(buf)) return { kind: "rejected", reason: errors.binary };
  return { kind: "text" };
}
