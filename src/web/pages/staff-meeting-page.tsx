import { attendanceSummary } from "../../domain/meeting/attendance-summary.ts";
import type { FullMeeting, MeetingItem } from "../../domain/meeting/meeting.types.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { JournalNumber } from "../components/journal-number.tsx";
import { type FactsParticipant, MeetingFacts } from "../components/meeting-facts.tsx";
import { RichText } from "../components/rich-text.tsx";
import { TextBlock } from "../components/text-block.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;

function participantsOf(meeting: FullMeeting): FactsParticipant[] {
  return meeting.participants.map((p) => ({
    name: p.name,
    title: p.title,
    ...attendanceSummary(p),
  }));
}

function Item({ item, anchor }: { item: MeetingItem; anchor: string }) {
  return (
    <section class={item.closed ? "item item--closed" : "item"} aria-labelledby={anchor}>
      <h2 id={anchor}>{m.item(item.number, item.title)}</h2>
      {item.closed ? <p class="closed-badge">{m.closedStaff}</p> : null}
      <JournalNumber value={item.journalNumber} />
      {item.closed && item.closureReason ? (
        <>
          <h3>{m.closureReason}</h3>
          <TextBlock text={item.closureReason} />
        </>
      ) : null}
      {item.fields.map((f) => (
        <>
          <h3>{f.label}</h3>
          {f.public ? null : <p class="private-note">{m.notPublicField}</p>}
          <RichText doc={f.doc} />
        </>
      ))}
      {item.decision ? (
        <div class="decision">
          <h3>{m.decision}</h3>
          <p class="muted">{webMessages.outcome[item.decision.outcome]}</p>
          <RichText doc={item.decision.doc} />
        </div>
      ) : null}
      {item.closed && item.openDecision ? (
        <div class="decision">
          <h3>{m.openDecision}</h3>
          <TextBlock text={item.openDecision} />
        </div>
      ) : null}
      {item.attachments.length > 0 ? (
        <>
          <h3>{m.attachments}</h3>
          <ul>
            {item.attachments.map((a) => (
              <li>
                {a.name}
                {a.public ? null : <span class="private-note"> ({m.notPublicAttachment})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The full meeting for staff with a role on its committee; closed content clearly marked. */
export function StaffMeetingPage(props: { meeting: FullMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const kind = publicationKind(meeting) ?? "agenda";
  const title = m.title(kind, meeting.committee.name, formatShortDate(meeting.startsAt));
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>
        <span class="tag">{webMessages.status[meeting.status]}</span>{" "}
        {publicationKind(meeting) ? <a href={`/moeder/${meeting.id}`}>{m.publicVersion}</a> : null}
      </p>
      <MeetingFacts
        startsAt={meeting.startsAt}
        location={meeting.location}
        participants={participantsOf(meeting)}
        showAbsent={true}
      />
      {meeting.items.length === 0 ? <p>{m.noItems}</p> : null}
      {meeting.items.map((item, i) => (
        <Item item={item} anchor={`punkt-${i + 1}`} />
      ))}
    </Layout>
  );
}
