import { minutesMessages } from "../../i18n/da/minutes.ts";
import { outcomeOf } from "../meeting/outcome-of.ts";
import { meetingDates } from "./calendar.ts";
import type { DemoCommittee } from "./committees.ts";
import type { Random } from "./random.ts";
import { closedTopics, districts, type Topic, topics } from "./topics.ts";

export interface FieldDraft {
  key: string;
  label: string;
  text: string;
  public: boolean;
}

export interface CaseDraft {
  title: string;
  journalNumber: string;
  status: "scheduled" | "decided";
  closed: boolean;
  closureReason: string | null;
  openDecision: string | null;
  durationMinutes: number;
  fields: FieldDraft[];
  attachments: { name: string; public: boolean }[];
  /** The decisions a meeting may reach on this case; one is picked. */
  decisions: string[];
}

export interface ItemDraft {
  case: CaseDraft;
  standing: boolean;
  decision: { outcome: "decided" | "noted" | "postponed"; text: string } | null;
}

export type MeetingStatus =
  | "planned"
  | "agenda_published"
  | "minutes_published"
  | "minutes_approved";

export interface MeetingDraft {
  date: string;
  status: MeetingStatus;
  items: ItemDraft[];
  /** Indices into the committee's members who sent apologies. */
  absent: number[];
}

const fill = (text: string, year: string, district: string) =>
  text.replaceAll("{år}", year).replaceAll("{yy}", year.slice(2)).replaceAll("{område}", district);

const recommender = (c: DemoCommittee) =>
  c.kind === "political"
    ? "Direktøren for Økonomi & Stab indstiller,"
    : "Kommunaldirektøren indstiller,";

function fields(c: DemoCommittee, resume: string, body: string, rec: string) {
  const f = (key: string, label: string, text: string): FieldDraft => ({
    key,
    label,
    text,
    public: true,
  });
  if (c.template === "2017") {
    return [
      f("anledning", "Anledning", resume),
      f("sagsfremstilling", "Sagsfremstilling", body),
      f("indstilling", "Indstilling", rec),
    ];
  }
  const none = "Intet at bemærke.";
  return [
    f("indstilling", "Indstilling", rec),
    f("resume", "Resumé", resume),
    f("sagsfremstilling", "Sagsfremstilling", body),
    f("vision", "Kommunens vision og politikker", none),
    f("oekonomi", "Økonomi", none),
    f("lovgrundlag", "Lovgrundlag", none),
    f("borgerperspektiv", "Borgerperspektiv", none),
  ];
}

function recommendation(c: DemoCommittee, lines: string[]) {
  return `${recommender(c)}\n${lines.map((l, i) => `${i + 1}. ${l}`).join("\n")}`;
}

function topicCase(c: DemoCommittee, topic: Topic, year: string, rnd: Random): CaseDraft {
  const district = rnd.pick(districts);
  const t = (s: string) => fill(s, year, district);
  const minutes = rnd.pick([10, 15, 20, 30]);
  return {
    title: t(topic.title),
    journalNumber: t(topic.journal),
    status: "scheduled",
    closed: false,
    closureReason: null,
    openDecision: null,
    durationMinutes: minutes,
    fields: fields(
      c,
      t(topic.resume),
      topic.body.map(t).join("\n\n"),
      recommendation(c, topic.recommendation.map(t)),
    ),
    attachments: topic.attachments.map((a) => ({ name: t(a), public: true })),
    decisions: topic.decisions.map(t),
  };
}

function closedCase(c: DemoCommittee, year: string, rnd: Random): CaseDraft {
  const topic = rnd.pick(closedTopics);
  const t = (s: string) => fill(s, year, rnd.pick(districts));
  const base = fields(
    c,
    "Lukket punkt.",
    t(topic.body),
    recommendation(c, ["at indstillingen godkendes"]),
  );
  return {
    title: t(topic.title),
    journalNumber: t(topic.journal),
    status: "scheduled",
    closed: true,
    closureReason: topic.reason,
    openDecision: topic.openDecision,
    durationMinutes: 15,
    fields: base.map((f) => ({ ...f, public: false })),
    attachments: [{ name: topic.attachment, public: false }],
    decisions: [topic.decision],
  };
}

function standing(c: DemoCommittee, title: string, rec: string, decision: string): ItemDraft {
  return {
    standing: true,
    decision: { outcome: "decided", text: decision },
    case: {
      title,
      journalNumber: "00.01.00-A00-1-00",
      status: "scheduled",
      closed: false,
      closureReason: null,
      openDecision: null,
      durationMinutes: 5,
      // Standing items carry only their recommendation, as in real minutes.
      fields: [
        { key: "indstilling", label: "Indstilling", text: recommendation(c, [rec]), public: true },
      ],
      attachments: [],
      decisions: [decision],
    },
  };
}

const danishDate = (date: string) =>
  new Intl.DateTimeFormat("da-DK", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));

/** `count` different items from `pool` (fewer if the pool is smaller). */
function pickDistinct<T>(pool: readonly T[], count: number, rnd: Random): T[] {
  const left = [...pool];
  const picked: T[] = [];
  while (picked.length < count && left.length > 0) {
    picked.push(left.splice(Math.floor(rnd.next() * left.length), 1)[0] as T);
  }
  return picked;
}

/**
 * Plans a committee's meetings from `from` to `to`: standing items first and last, cases between,
 * decisions for held meetings, some closed items, and postponed cases relisted at the next meeting.
 */
export function planMeetings(
  c: DemoCommittee,
  from: string,
  to: string,
  today: string,
  rnd: Random,
): MeetingDraft[] {
  const dates = meetingDates(from, to, c.meetingsPerYear);
  const lastHeld = dates.filter((d) => d < today).at(-1);
  const firstAhead = dates.find((d) => d >= today);
  const pool = topics.filter((t) => t.for === "both" || t.for === c.kind);
  let carried: { draft: CaseDraft; topic: Topic | null }[] = [];
  return dates.map((date, index) => {
    const held = date < today;
    const status: MeetingStatus = held
      ? date === lastHeld
        ? "minutes_published"
        : "minutes_approved"
      : date === firstAhead
        ? "agenda_published"
        : "planned";
    if (status === "planned") return { date, status, items: [], absent: [] };
    const year = date.slice(0, 4);
    const next = dates[index + 1];
    // A postponed case comes back once: its topic is not picked again for the same meeting.
    const fresh = pool.filter((t) => !carried.some((x) => x.topic === t));
    const cases = [
      ...carried,
      ...pickDistinct(fresh, rnd.int(3, 5), rnd).map((topic) => ({
        draft: topicCase(c, topic, year, rnd),
        topic,
      })),
    ];
    carried = [];
    if (c.kind === "political" && (date === lastHeld || rnd.chance(0.25)))
      cases.push({ draft: closedCase(c, year, rnd), topic: null });
    const items: ItemDraft[] = [
      standing(
        c,
        "Godkendelse af dagsorden og referat",
        "at dagsordenen og referatet godkendes",
        `${c.name} godkendte dagsorden og referat.`,
      ),
    ];
    cases.forEach(({ draft, topic }, position) => {
      let decision: ItemDraft["decision"] = null;
      if (held) {
        const forcePostpone =
          c.name === "Chefforum" && index === dates.indexOf(lastHeld ?? "") - 1 && position === 0;
        if (next && !draft.closed && (forcePostpone || rnd.chance(0.06))) {
          decision = {
            outcome: "postponed",
            text: minutesMessages.document.postponedDecision(c.name, danishDate(next)),
          };
          carried.push({ draft, topic });
        } else {
          const text = rnd.pick(draft.decisions);
          decision = { outcome: outcomeOf(text), text };
          draft.status = "decided";
        }
      }
      items.push({ case: draft, standing: false, decision });
    });
    items.push(
      standing(
        c,
        "Temaer til kommende møder og eventuelt",
        "at punktet drøftes",
        `${c.name} drøftede punktet.`,
      ),
    );
    const absent = held ? c.members.map((_, i) => i).filter(() => rnd.chance(0.1)) : [];
    return {
      date,
      status,
      items: held ? items : items.map((i) => ({ ...i, decision: null })),
      absent,
    };
  });
}
