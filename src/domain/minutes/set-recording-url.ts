import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";

const e = signoffMessages.errors;

export const MAX_RECORDING_URL_LENGTH = 2000;

/**
 * A recording or livestream address as stored: an absolute https URL with a host and without
 * user name, password or fragment (items add their own »#t=« to it). Null when it is not one.
 */
export function normaliseRecordingUrl(value: string): string | null {
  const raw = value.trim();
  if (/\s/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !url.hostname || url.username || url.password) return null;
  url.hash = "";
  return url.href;
}

/**
 * The secretary stores the address of the meeting's recording or livestream (https only), or
 * clears it with an empty value. The public minutes link each item to its place in it, so the
 * publication gate is told.
 */
export async function setRecordingUrl(
  db: Db,
  principal: Principal,
  input: { meetingId: number; url: string },
): Promise<{ url: string | null }> {
  const empty = input.url.trim() === "";
  if (input.url.trim().length > MAX_RECORDING_URL_LENGTH) {
    throw new DomainError("invalid", e.recordingTooLong(MAX_RECORDING_URL_LENGTH));
  }
  const url = empty ? null : normaliseRecordingUrl(input.url);
  if (!empty && !url) throw new DomainError("invalid", e.recordingInvalid);
  return db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    await tx.update(meetings).set({ recordingUrl: url }).where(eq(meetings.id, meeting.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "meeting.recording_set",
      entityType: "meeting",
      entityId: meeting.id,
      data: { url },
    });
    await refreshPublicView(tx, {
      kind: "recording_changed",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { url },
    });
    return { url };
  });
}
