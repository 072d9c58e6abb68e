import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { privacyConfirmations, users } from "../../db/schema/index.ts";
import { privacyMessages as m } from "../../i18n/da/privacy.ts";
import { readAttachmentTexts } from "../../search/read-attachment-texts.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { type PublicItem, publicViewOf } from "../publication/publication.policy.ts";
import { findCprNumbers } from "./find-cpr-numbers.ts";
import { maskCprText } from "./mask-cpr-numbers.ts";
import { numberHash, privacyKeyFor } from "./number-hash.ts";

export interface PrivacyFinding {
  /** "Punkt 3: ..." or "Mødet". */
  where: string;
  /** The field, decision, bilag ... */
  place: string;
  /** The birth date part with the serial hidden: "120389-XXXX". */
  shown: string;
  /** Up to 40 characters either side, other numbers masked, with »…« where the text goes on. */
  before: string;
  after: string;
  modulus11: boolean;
  /** The keyed hash that names the number in a confirmation. */
  hash: string;
  /** Set for a finding in a bilag's text: whether the bilag is held back from the public. */
  attachment: { id: number; scanned: boolean } | null;
  confirmed: { by: string; at: Date } | null;
}

interface Source {
  where: string;
  place: string;
  text: string;
  attachment?: { id: number; scanned: boolean };
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/** The texts of an item the public may read, with where they are. */
function itemSources(item: PublicItem): Source[] {
  const where = m.item(item.number, item.title);
  const p = m.places;
  const src = (place: string, text: string | null | undefined) =>
    text ? [{ where, place, text }] : [];
  if (item.closed) {
    return [
      ...src(p.title, item.title),
      ...src(p.closureReason, item.closureReason),
      ...src(p.openDecision, item.openDecision),
    ];
  }
  return [
    ...src(p.title, item.title),
    ...src(p.journalNumber, item.journalNumber),
    ...item.sections.flatMap((s) => src(s.label, s.text)),
    ...src(p.decision, item.decision?.text),
    ...src(p.absence, item.absentNames.join(", ")),
    ...item.conflicts.flatMap((x) => src(p.conflicts, `${x.name}: ${x.note}`)),
    ...item.votes.flatMap((v) =>
      src(p.votes, [v.subject, ...v.inFavour, ...v.against, ...v.abstaining].join(", ")),
    ),
    ...item.protocolNotes.flatMap((n) => src(p.protocolNotes, `${n.author}: ${n.text}`)),
    ...item.attachments.flatMap((a) => src(p.attachmentName(a.name), a.name)),
  ];
}

/**
 * Every CPR-shaped number in what the public may read of the meeting once its minutes are out
 * (so also before anything is published): titles, fields, decisions, closed items' reasons and
 * open decisions, votes, protocol notes, names, and the text of public bilag.
 */
const CONTEXT = 40;

/** The text either side of a finding, other numbers masked, »…« where more text is left out. */
export function findingContext(text: string, start: number, end: number) {
  const before = squash(maskCprText(text.slice(0, start)));
  const after = squash(maskCprText(text.slice(end)));
  return {
    before: before.length > CONTEXT ? `…${before.slice(-CONTEXT)}` : before,
    after: after.length > CONTEXT ? `${after.slice(0, CONTEXT)}…` : after,
  };
}

export async function listPrivacyFindings(
  db: Db | Tx,
  storage: BlobStorage | undefined,
  meeting: FullMeeting,
): Promise<PrivacyFinding[]> {
  const view = publicViewOf({
    ...meeting,
    status: "minutes_published",
    minutesPublishedAt: meeting.minutesPublishedAt ?? new Date(0),
  });
  if (!view) return [];
  const sources: Source[] = [
    { where: m.meetingPlace, place: m.places.location, text: view.location },
    {
      where: m.meetingPlace,
      place: m.places.participants,
      text: view.participants.map((x) => `${x.name} ${x.title ?? ""}`).join(", "),
    },
    ...view.items.flatMap(itemSources),
  ];
  const files = view.items.flatMap((item) =>
    item.closed ? [] : item.attachments.filter((a) => a.stored).map((a) => ({ item, a })),
  );
  const texts = await readAttachmentTexts(
    db,
    storage,
    files.map((f) => f.a.id),
  );
  for (const { item, a } of files) {
    const text = texts.get(a.id);
    const scanned = meeting.privacy?.attachmentScans[a.id] !== undefined;
    if (text) {
      const where = m.item(item.number, item.title);
      sources.push({
        where,
        place: m.places.attachmentText(a.name),
        text,
        attachment: { id: a.id, scanned },
      });
    }
  }
  const found = sources.flatMap((s) => findCprNumbers(s.text).map((f) => ({ s, f })));
  if (found.length === 0) return [];
  const key = meeting.privacy?.key ?? (await privacyKeyFor(db, meeting.organisationId));
  const confirmations = await db
    .select({
      hash: privacyConfirmations.numberHash,
      at: privacyConfirmations.confirmedAt,
      by: users.name,
    })
    .from(privacyConfirmations)
    .innerJoin(users, eq(users.id, privacyConfirmations.confirmedById))
    .where(eq(privacyConfirmations.meetingId, meeting.id));
  const confirmedOf = new Map(confirmations.map((c) => [c.hash, { by: c.by, at: c.at }]));
  return found.map(({ s, f }) => {
    const hash = numberHash(key, f.digits);
    return {
      where: s.where,
      place: s.place,
      shown: `${f.digits.slice(0, 6)}-XXXX`,
      ...findingContext(s.text, f.start, f.end),
      modulus11: f.modulus11,
      hash,
      attachment: s.attachment ?? null,
      confirmed: confirmedOf.get(hash) ?? null,
    };
  });
}
