import { describe, expect, it } from "vitest";
import { mailMessages } from "../../i18n/da/mail.ts";
import { CaseDashboard, type DashboardNotification } from "../../web/components/case-dashboard.tsx";
import { topicOf } from "../mail/mail-topics.ts";
import type { NotificationKind } from "./notify.ts";

/** Every kind there is: the compiler refuses this object when a kind is added without it. */
const KINDS: Record<NotificationKind, true> = {
  mention: true,
  "case.submitted": true,
  "case.returned": true,
  "case.approved": true,
  "agenda.item_withdrawn": true,
  "agenda.item_corrected": true,
  "agenda.corrected": true,
  "agenda.published": true,
  "agenda.supplement": true,
  "minutes.published": true,
  "follow_up.due": true,
  "minutes.signoff": true,
  "minutes.note_rejected": true,
};
const kinds = Object.keys(KINDS) as NotificationKind[];

const notification = (kind: string, id: number): DashboardNotification => ({
  id,
  kind,
  caseId: kind.startsWith("case") || kind === "mention" ? 7 : null,
  caseTitle: kind.startsWith("case") || kind === "mention" ? "Beslutning om vejnavne" : null,
  commentId: kind === "mention" ? 3 : null,
  meetingId: kind.startsWith("case") || kind === "mention" ? null : 9,
  committeeName: "Økonomiudvalget",
  meetingStartsAt: "2027-01-12 09:00:00",
  actor: "Sofie Sekretær",
  readAt: null,
  createdAt: new Date("2027-01-05T08:00:00Z"),
});

describe("every notification kind", () => {
  it("has its own Danish line on the dashboard (never the generic one)", async () => {
    for (const [i, kind] of kinds.entries()) {
      const html = String(
        await CaseDashboard({ notifications: [notification(kind, i)], csrfToken: "t" }),
      );
      const line = /<ul class="case-notifications"><li><a href="[^"]+">([^<]+)<\/a>/.exec(
        html,
      )?.[1];
      expect(line, kind).toBeTruthy();
      expect(line, kind).not.toMatch(/^Sofie Sekretær: »/);
    }
  });

  it("has a Danish mail text and a preference topic", () => {
    for (const kind of kinds) {
      const said = mailMessages.kinds[kind]?.({
        actor: "A",
        caseTitle: "T",
        meeting: "M",
        meetingPhrase: "P",
      });
      expect(said?.subject, kind).toBeTruthy();
      expect(topicOf(kind), kind).not.toBeNull();
    }
  });
});
