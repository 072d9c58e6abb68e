import { createHash } from "node:crypto";

/**
 * The version that a long-cached asset's URL carries (`?v=`): the first 10 hex digits of its
 * content's SHA-256, so the URL changes exactly when the content does.
 */
export function contentVersion(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 10);
}
