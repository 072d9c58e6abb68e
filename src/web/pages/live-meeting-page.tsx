import { roomItemHeading } from "../../domain/document/item-heading.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { tallyOf, voteOutcome } from "../../domain/meeting-room/presence.ts";
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import type { PmDoc } from "../../domain/richtext/doc.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { RichText } from "../components/rich-text.tsx";
import {
  RoomAttendanceSlot,
  RoomItemSlot,
  RoomQuorumSlot,
  RoomSpeakersSlot,
  RoomStatusSlot,
  RoomVoteSlot,
} from "../components/room-panels.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.live;

/**
 * The live view of a meeting (/app/moeder/:id/live), e.g. on a member's iPad: the room (not
 * started, running with its current item, paused, ended; attendance and quorum; the speaker
 * list; votes) and every item with its decision and votes as they stand. The live-meeting
 * island fills in the room and decisions as they change (server-sent events); without it a
 * reload shows them.
 */
export function LiveMeetingPage(props: {
  meeting: FullMeeting;
  room: RoomState;
  viewer: Viewer;
  /** A participant who does not chair: where they vote and ask for the floor. */
  joinHref: string | null;
}) {
  const r = roomMessages;
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
        <section class="live-room" aria-labelledby="live-rummet">
          <h2 id="live-rummet" class="visually-hidden">
            {r.pages.links}
          </h2>
          <RoomStatusSlot state={props.room} />
          <RoomItemSlot state={props.room} />
          <RoomQuorumSlot state={props.room} />
          <div class="room-columns">
            <div>
              <h3>{r.speakers.heading}</h3>
              <RoomSpeakersSlot state={props.room} />
            </div>
            <div>
              <h3>{r.vote.heading}</h3>
              <RoomVoteSlot state={props.room} />
              {props.joinHref && props.room.status !== "ended" ? (
                <p>
                  <a href={props.joinHref}>{r.pages.voteFromDevice}</a>
                </p>
              ) : null}
            </div>
          </div>
          <h3>{r.attendance.heading}</h3>
          <RoomAttendanceSlot state={props.room} />
        </section>
        <p class="visually-hidden" data-live-announce aria-live="polite" />
        {meeting.items.map((item) => (
          <section class="live-item" aria-labelledby={`live-${item.id}-titel`}>
            <h2 id={`live-${item.id}-titel`}>{roomItemHeading(item)}</h2>
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
            {item.votes.map((v) => {
              const t = tallyOf(v);
              return (
                <p class="live-vote">
                  {v.subject ? `${v.subject}: ` : ""}
                  {r.outcome[voteOutcome(t)]} ({r.vote.result(t.inFavour, t.against, t.abstaining)})
                </p>
              );
            })}
          </section>
        ))}
      </div>
    </Layout>
  );
}
