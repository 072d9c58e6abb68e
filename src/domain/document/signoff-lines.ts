import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { formatCaseTime } from "../../web/components/case-time.ts";
import type { MinutesSignoffs } from "../minutes/get-minutes-signoffs.ts";
import { signerLabel } from "../minutes/minutes-signers.ts";
import type { MeetingDocument } from "./document.ts";

const d = signoffMessages.document;

/**
 * The minutes with the members' approval as it stands: »Godkendt af: Anne Hansen (A) 14. marts
 * 2027 kl. 10.12; …« and »Mangler at godkende: …«. An agenda, or minutes not yet out (null),
 * stay as they are.
 */
export function withSignoffs(
  doc: MeetingDocument,
  signoffs: MinutesSignoffs | null,
): MeetingDocument {
  if (doc.kind !== "minutes" || !signoffs) return doc;
  const { signed, waiting } = signoffs;
  if (signed.length === 0 && waiting.length === 0) return doc;
  const lines = [
    signed.length > 0
      ? d.signedBy(signed.map((s) => d.signedEntry(signerLabel(s), formatCaseTime(s.signedAt))))
      : d.noneYet,
    ...(waiting.length > 0 ? [d.waiting(waiting.map(signerLabel))] : []),
  ];
  return { ...doc, signoffs: { heading: d.heading, lines } };
}
