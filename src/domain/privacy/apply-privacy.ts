import type { MeetingDocument } from "../document/document.ts";
import type { PublicMeeting } from "../publication/publication.policy.ts";
import { type IsConfirmed, maskCprNode, maskCprText } from "./mask-cpr-numbers.ts";
import { confirmedCheck, isWithheldAttachment, type MeetingPrivacy } from "./meeting-privacy.ts";

/** Values that name or place things rather than say them; never rewritten. */
const KEPT_KEYS = new Set(["slug", "startsAt", "endsAt", "kind", "outcome"]);

/**
 * Every string and rich-text document in `value` with CPR numbers masked. Walks the whole
 * value, so a text added to the public view later is masked without anyone remembering to.
 */
export function maskDeep<T>(value: T, isConfirmed: IsConfirmed): T {
  if (typeof value === "string") return maskCprText(value, isConfirmed) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, isConfirmed)) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ((value as { type?: unknown }).type === "doc") {
    return maskCprNode(value as unknown as { type: "doc" }, isConfirmed) as T;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = KEPT_KEYS.has(k) ? v : maskDeep(v, isConfirmed);
  }
  return out as T;
}

/**
 * The public view with personal data taken out: CPR numbers masked as XXXXXX-XXXX in every
 * text (unless confirmed as something else on this meeting), and bilag whose text holds an
 * unconfirmed CPR number left out until the file is replaced or the numbers confirmed.
 */
export function applyPrivacy(view: PublicMeeting, privacy: MeetingPrivacy | undefined) {
  const masked = maskDeep(view, confirmedCheck(privacy));
  return {
    ...masked,
    items: masked.items.map((item) =>
      item.closed
        ? item
        : {
            ...item,
            attachments: item.attachments.filter((a) => !isWithheldAttachment(privacy, a.id)),
          },
    ),
  };
}

/**
 * A stored document (a minutes version, kept as it read then) as the public may read it now:
 * CPR numbers masked as in applyPrivacy, withheld bilag left out.
 */
export function applyPrivacyToDocument(
  doc: MeetingDocument,
  privacy: MeetingPrivacy | undefined,
): MeetingDocument {
  const masked = maskDeep(doc, confirmedCheck(privacy));
  return {
    ...masked,
    items: masked.items.map((item) => ({
      ...item,
      attachments: item.attachments.filter(
        (a) => a.id === null || !isWithheldAttachment(privacy, a.id),
      ),
    })),
  };
}
