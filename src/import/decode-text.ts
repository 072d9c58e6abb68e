const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Windows-1252 characters at 0x80–0x9F, where Latin-1 has control codes. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(buf: Uint8Array): string {
  let text = "";
  for (let start = 0; start < buf.length; start += 8192) {
    const bytes = buf.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(bytes, (byte) =>
        byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
      ),
    );
  }
  return text;
}

/**
 * Decodes a text file: UTF-8 (BOM stripped), UTF-16 with a BOM, and Windows-1252 when the
 * bytes are not valid UTF-8, as in older exports.
 */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  try {
    return utf8.decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}
