import type {
  PublicClosedItem,
  PublicMeeting,
  PublicOpenItem,
} from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { JournalNumber } from "../components/journal-number.tsx";
import { MeetingFacts } from "../components/meeting-facts.tsx";
import { RichText } from "../components/rich-text.tsx";
import { TextBlock } from "../components/text-block.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;

function OpenItem({ item, anchor }: { item: PublicOpenItem; anchor: string }) {
  return (
    <section class="item" aria-labelledby={anchor}>
      <h2 id={anchor}>{m.item(item.number, item.title)}</h2>
      <JournalNumber value={item.journalNumber} />
      {item.sections.map((s) => (
        <>
          <h3>{s.label}</h3>
          <RichText doc={s.doc} />
        </>
      ))}
      {item.decision ? (
        <div class="decision">
          <h3>{m.decision}</h3>
          <RichText doc={item.decision.doc} />
        </div>
      ) : null}
      {item.attachments.length > 0 ? (
        <>
          <h3>{m.attachments}</h3>
          <ul>
            {item.attachments.map((a) => (
              <li>{a.name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ClosedItem({ item, anchor }: { item: PublicClosedItem; anchor: string }) {
  return (
    <section class="item item--closed" aria-labelledby={anchor}>
      <h2 id={anchor}>{m.item(item.number, item.title)}</h2>
      <p class="closed-badge">{m.closedPublic}</p>
      {item.closureReason ? (
        <>
          <h3>{m.closureReason}</h3>
          <TextBlock text={item.closureReason} />
        </>
      ) : null}
      {item.openDecision ? (
        <div class="decision">
          <h3>{m.openDecision}</h3>
          <TextBlock text={item.openDecision} />
        </div>
      ) : null}
    </section>
  );
}

/** A published agenda or minutes, rendered only from the publication policy's view. */
export function PublicMeetingPage(props: { meeting: PublicMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const title = m.title(meeting.kind, meeting.committee.name, formatShortDate(meeting.startsAt));
  return (
    <Layout title={title} viewer={props.viewer}>
      <p class="muted">
        <a href={`/udvalg/${encodeURIComponent(meeting.committee.slug)}`}>
          {m.backToCommittee(meeting.committee.name)}
        </a>
      </p>
      <h1>{title}</h1>
      <p class="muted">{meeting.organisationName}</p>
      <MeetingFacts
        startsAt={meeting.startsAt}
        location={meeting.location}
        participants={meeting.participants}
        showAbsent={meeting.kind === "minutes"}
      />
      {meeting.items.length === 0 ? <p>{m.noItems}</p> : null}
      {meeting.items.length > 1 ? (
        <nav class="toc" aria-label={m.items}>
          <ul>
            {meeting.items.map((item, i) => (
              <li>
                <a href={`#punkt-${i + 1}`}>{m.item(item.number, item.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {meeting.items.map((item, i) =>
        item.closed ? (
          <ClosedItem item={item} anchor={`punkt-${i + 1}`} />
        ) : (
          <OpenItem item={item} anchor={`punkt-${i + 1}`} />
        ),
      )}
    </Layout>
  );
}
