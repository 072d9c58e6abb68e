/** How a user wants the mails of a topic: at once, in the daily digest, or not at all. */
export type Delivery = "now" | "digest" | "never";
export const DELIVERIES: readonly Delivery[] = ["now", "digest", "never"];

/**
 * The topics a user chooses mail delivery for, each covering one or more notification kinds,
 * with the delivery a user has until choosing.
 */
export const MAIL_TOPICS = [
  { topic: "case.submitted", kinds: ["case.submitted"], default: "now" },
  { topic: "case.reviewed", kinds: ["case.returned", "case.approved"], default: "now" },
  { topic: "mention", kinds: ["mention"], default: "now" },
  { topic: "agenda.published", kinds: ["agenda.published", "agenda.supplement"], default: "now" },
  {
    topic: "agenda.corrected",
    kinds: ["agenda.corrected", "agenda.item_withdrawn", "agenda.item_corrected"],
    default: "now",
  },
  { topic: "minutes.published", kinds: ["minutes.published"], default: "digest" },
  {
    topic: "minutes.signoff",
    kinds: ["minutes.signoff", "minutes.note_rejected"],
    default: "now",
  },
  { topic: "follow_up.due", kinds: ["follow_up.due"], default: "now" },
] as const satisfies readonly { topic: string; kinds: readonly string[]; default: Delivery }[];

export type MailTopic = (typeof MAIL_TOPICS)[number]["topic"];

/** The topic of a notification kind; null for a kind no mail is sent for. */
export function topicOf(kind: string): (typeof MAIL_TOPICS)[number] | null {
  return MAIL_TOPICS.find((t) => (t.kinds as readonly string[]).includes(kind)) ?? null;
}

export function isDelivery(value: string): value is Delivery {
  return (DELIVERIES as readonly string[]).includes(value);
}
