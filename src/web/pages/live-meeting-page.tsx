import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import type { PmDoc } from "../../domain/richtext/doc.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { RichText } from "../components/rich-text.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.live;

/**
 * The live view of a meeting (/app/moeder/:id/live), e.g. on a member's iPad: every item with
 * its decision as it stands. The live-meeting island fills in decisions as the minute taker
 * saves them (server-sent events); without it a reload shows them.
 */
export function LiveMeetingPage(props: { meeting: FullMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const title = m.title(meeting.committee.name, formatShortDate(meeting.startsAt));
  return (
    <Layout title={title} viewer={props.viewer} scripts={["live-meeting"]}>
      <div
        class="live"
        data-live-events={`/app/moeder/${meeting.id}/haendelser`}
        data-reconnecting={m.reconnecting}
      >
        <h1>{title}</h1>
        <p>
          <span class="tag" data-live-status>
            {webMessages.status[meeting.status]}
          </span>
        </p>
        <p class="muted">{m.intro}</p>
        <p class="live-connection" data-live-connection role="status" />
        <p class="visually-hidden" data-live-announce aria-live="polite" />
        {meeting.items.map((item) => (
          <section class="live-item" aria-labelledby={`live-${item.id}-titel`}>
            <h2 id={`live-${item.id}-titel`}>
              {webMessages.meeting.item(item.number, item.title)}
            </h2>
            {item.conflicts.length > 0 ? (
              <p class="muted">
                {m.conflicts}: {item.conflicts.map((x) => x.name).join(", ")}
              </p>
            ) : null}
            <div
              class="live-decision"
              data-live-decision={String(item.id)}
              data-version={String(item.decision ? 1 : 0)}
            >
              {item.decision ? (
                <>
                  <p>
                    <span class="tag">{webMessages.outcome[item.decision.outcome]}</span>
                  </p>
                  <RichText doc={item.decision.doc as PmDoc} />
                </>
              ) : (
                <p class="muted">{m.waiting}</p>
              )}
            </div>
          </section>
        ))}
      </div>
    </Layout>
  );
}
