import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import {
  RoomItemSlot,
  RoomQuorumSlot,
  RoomSpeakersSlot,
  RoomStatusSlot,
  RoomVoteSlot,
} from "../components/room-panels.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const r = roomMessages;

/**
 * The room display (/app/moeder/:id/skaerm): a screen in the meeting room, read at a distance.
 * Large, high-contrast text: status, the item, who speaks and for how long, the queue, the
 * vote and the quorum. It follows the meeting without reload (meeting-room island).
 */
export function RoomDisplayPage(props: { meeting: FullMeeting; state: RoomState; viewer: Viewer }) {
  const { meeting, state } = props;
  const title = r.pages.skaerm(meeting.committee.name);
  return (
    <Layout title={title} viewer={props.viewer} scripts={["meeting-room"]} chrome={false}>
      <div
        class="room room-display"
        data-room-events={`/app/moeder/${meeting.id}/haendelser`}
        data-reconnecting={minutesMessages.live.reconnecting}
      >
        {/* Which meeting the room is looking at: the committee and the day. */}
        <h1 class="room-display-title">{`${meeting.committee.name} ${formatShortDate(meeting.startsAt)}`}</h1>
        <RoomStatusSlot state={state} />
        <section aria-labelledby="skaerm-punkt">
          <h2 id="skaerm-punkt" class="room-label">
            {r.item.current}
          </h2>
          <RoomItemSlot state={state} />
          <RoomQuorumSlot state={state} />
        </section>
        <div class="room-columns">
          <section aria-labelledby="skaerm-talere">
            <h2 id="skaerm-talere" class="room-label">
              {r.speakers.heading}
            </h2>
            <RoomSpeakersSlot state={state} />
          </section>
          <section aria-labelledby="skaerm-afstemning">
            <h2 id="skaerm-afstemning" class="room-label">
              {r.vote.heading}
            </h2>
            <RoomVoteSlot state={state} />
          </section>
        </div>
        <p class="room-connection muted" data-room-connection role="status" />
      </div>
    </Layout>
  );
}
