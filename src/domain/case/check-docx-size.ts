import { inflateRawSync } from "node:zlib";

/** What a Word document may unpack to: far beyond any real case, far below a zip bomb. */
export const MAX_DOCX_UNPACKED_BYTES = 60 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type DocxSizeCheck = { ok: true } | { ok: false; reason: "not-zip" | "too-large" };

function endOfDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * Unpacks every entry of a DOCX (a zip) within a budget before anything else reads it: the
 * sizes the zip declares may lie, so the deflated data is really inflated, with Node's
 * maxOutputLength stopping at the budget. Zip64 and encrypted entries are refused.
 */
export function checkDocxSize(buf: Buffer, budget = MAX_DOCX_UNPACKED_BYTES): DocxSizeCheck {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) return { ok: false, reason: "not-zip" };
  const end = endOfDirectory(buf);
  if (end < 0) return { ok: false, reason: "not-zip" };
  const entries = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES || entries === 0xffff || at === 0xffffffff) {
    return { ok: false, reason: "too-large" };
  }
  let left = budget;
  try {
    for (let n = 0; n < entries; n++) {
      if (buf.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: "not-zip" };
      const flags = buf.readUInt16LE(at + 8);
      const method = buf.readUInt16LE(at + 10);
      const compressed = buf.readUInt32LE(at + 20);
      const declared = buf.readUInt32LE(at + 24);
      const local = buf.readUInt32LE(at + 42);
      at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
      if (flags & 1 || compressed === 0xffffffff || declared === 0xffffffff) {
        return { ok: false, reason: method === 0 && !(flags & 1) ? "too-large" : "not-zip" };
      }
      if (declared > left) return { ok: false, reason: "too-large" };
      if (buf.readUInt32LE(local) !== LOCAL) return { ok: false, reason: "not-zip" };
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      if (method === 0) left -= data.length;
      else if (method === 8) left -= inflateRawSync(data, { maxOutputLength: left }).length;
      else return { ok: false, reason: "not-zip" };
      if (left < 0) return { ok: false, reason: "too-large" };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof RangeError || code === "ERR_BUFFER_TOO_LARGE") {
      return { ok: false, reason: "too-large" };
    }
    return { ok: false, reason: "not-zip" };
  }
  return { ok: true };
}
