import { privacyMessages as m } from "../../i18n/da/privacy.ts";
import type { ImportPrivacyFinding, ParsedItem, ParsedMinutes } from "../../import/model.ts";
import { findCprNumbers } from "./find-cpr-numbers.ts";

type Source = { item: number | null; place: string; text: string | null };

/** What the public may read of a parsed item: all of an open one, a closed one's three texts. */
function itemSources(item: ParsedItem): Source[] {
  const p = m.places;
  const at = (place: string, text: string | null): Source => ({ item: item.number, place, text });
  const closed = [
    at(p.title, item.title),
    at(p.closureReason, item.closureReason),
    at(p.openDecision, item.openDecision),
  ];
  if (item.closed) return closed;
  return [
    ...closed,
    at(p.journalNumber, item.journalNumber),
    ...item.sections.map((s) => at(s.heading, s.text)),
    ...item.attachments.map((name) => at(p.attachmentName(name), name)),
  ];
}

/** The CPR-shaped numbers in a parsed legacy file, as the importer reports them. */
export function scanParsedMinutes(parsed: ParsedMinutes): ImportPrivacyFinding[] {
  const { meeting } = parsed;
  const people = [...meeting.participants, ...meeting.absent];
  const sources: Source[] = [
    { item: null, place: m.places.location, text: meeting.location },
    {
      item: null,
      place: m.places.participants,
      text: people.map((x) => `${x.name} ${x.title ?? ""}`).join(", "),
    },
    ...parsed.items.flatMap(itemSources),
  ];
  return sources.flatMap((s) =>
    findCprNumbers(s.text ?? "").map((f) => ({
      item: s.item,
      place: s.place,
      shown: `${f.digits.slice(0, 6)}-XXXX`,
      form: f.form,
      modulus11: f.modulus11,
    })),
  );
}
