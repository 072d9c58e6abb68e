import type { Db } from "../../db/client.ts";
import { offlineMessages } from "../../i18n/da/offline.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { meetingSeenBy } from "../meeting/meeting.policy.ts";
import { OFFLINE_URL_PRODUCERS, type OfflineUrlProducer } from "./offline-url-producers.ts";

export interface OfflineManifest {
  meetingId: number;
  /** Committee and date, as the offline status names the meeting. */
  title: string;
  startsAt: string;
  /** The pages and files of this meeting the member may read, each once. */
  urls: string[];
}

/**
 * What a member keeps of one meeting to read offline: exactly the URLs they may read now
 * (a URL no longer listed is removed from their offline copy). The meeting as they see it
 * comes from meetingSeenBy; each producer applies the rule of the route serving its URLs.
 * A meeting they may not read is not found, so its existence is not told.
 */
export async function getOfflineManifest(
  db: Db,
  principal: Principal,
  meetingId: number,
  producers: readonly OfflineUrlProducer[] = OFFLINE_URL_PRODUCERS,
): Promise<OfflineManifest> {
  const meeting = await getMeeting(db, meetingId);
  const seen = meeting ? meetingSeenBy(principal, meeting) : null;
  if (!seen) throw new DomainError("not_found", offlineMessages.meetingNotFound);
  const urls: string[] = [];
  for (const produce of producers) urls.push(...(await produce({ db, principal, seen })));
  return {
    meetingId: seen.id,
    title: seen.committee.name,
    startsAt: seen.startsAt,
    urls: [...new Set(urls)],
  };
}
