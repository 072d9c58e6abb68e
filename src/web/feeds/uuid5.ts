import { createHash } from "node:crypto";

/** The URL namespace of RFC 9562 (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
const URL_NAMESPACE = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");

/** A name-based UUID (version 5) for a URL: the same URL always gives the same id. */
export function uuidFromUrl(url: string): string {
  const hash = createHash("sha1").update(URL_NAMESPACE).update(url, "utf8").digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
