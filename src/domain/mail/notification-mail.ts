import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.ts";
import { cases, committees, meetings, notifications, users } from "../../db/schema/index.ts";
import { genitive } from "../../i18n/da/genitive.ts";
import { mailMessages } from "../../i18n/da/mail.ts";
import { formatShortDate } from "../../web/format-date.ts";
import { notificationPath } from "../notification/notification-path.ts";
import type { MailBlock } from "./compose-mail.ts";
import { mailLink } from "./mail-origin.ts";

const actors = alias(users, "actors");

/**
 * What a mail about a notification may say: the kind, who did it, the case's title or the
 * meeting (committee and date) and a link. Deliberately nothing else: no case text, no
 * decision, no follow-up task text, so no mail ever carries the content of a case or of a
 * closed item (only its title, to staff who may read it).
 */
export interface NotificationFacts {
  id: number;
  userId: number;
  organisationId: number;
  kind: string;
  caseId: number | null;
  commentId: number | null;
  meetingId: number | null;
  caseTitle: string | null;
  committeeName: string | null;
  meetingStartsAt: string | null;
  actor: string | null;
  createdAt: Date;
}

/** The facts of these notifications, oldest first. */
export async function loadNotificationFacts(
  tx: Db | Tx,
  ids: readonly number[],
): Promise<NotificationFacts[]> {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: notifications.id,
      userId: notifications.userId,
      organisationId: notifications.organisationId,
      kind: notifications.kind,
      caseId: notifications.caseId,
      commentId: notifications.commentId,
      meetingId: notifications.meetingId,
      caseTitle: cases.title,
      committeeName: committees.name,
      meetingStartsAt: meetings.startsAt,
      actor: actors.name,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(cases, eq(cases.id, notifications.caseId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .leftJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(inArray(notifications.id, [...ids]))
    .orderBy(notifications.createdAt, notifications.id);
}

/** The subject and one paragraph (with its link) a mail says about a notification. */
export function describeNotification(n: NotificationFacts): { subject: string } & MailBlock {
  const known = n.committeeName && n.meetingStartsAt;
  const date = known
    ? formatShortDate(n.meetingStartsAt as NonNullable<typeof n.meetingStartsAt>)
    : "";
  const about = {
    actor: n.actor ?? mailMessages.someone,
    caseTitle: n.caseTitle ?? "",
    meeting: known ? `${n.committeeName} ${date}` : "",
    meetingPhrase: known ? `${genitive(n.committeeName as string)} møde den ${date}` : "",
  };
  const make = mailMessages.kinds[n.kind];
  if (!make) throw new Error(`no mail text for notification kind ${n.kind}`);
  const said = make(about);
  return {
    subject: said.subject,
    text: said.line,
    link: { href: mailLink(notificationPath(n)), label: said.link },
  };
}
