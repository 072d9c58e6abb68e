import type { AgendaWorkspace } from "../../domain/agenda/get-agenda-workspace.ts";
import { pendingCorrections } from "../../domain/agenda/pending-corrections.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";

const a = agendaCorrectionMessages.assembly;

/** Corrections made since the last version went out. */
export const unsentCorrections = (ws: AgendaWorkspace) => pendingCorrections(ws.meeting).length;

/**
 * The secretary's »Rettet dagsorden«: how many corrections wait, and the way to the page that
 * shows what sending them does and sends them as the next version; when new items wait too,
 * they go with the supplement instead. The list itself is the document's »Rettelser«.
 */
export function AgendaCorrectionsPending(props: {
  ws: AgendaWorkspace;
  /** New items wait too: the corrections go with their supplement, through its preview. */
  withSupplement: boolean;
}) {
  const { ws } = props;
  const count = unsentCorrections(ws);
  if (count === 0) return null;
  if (props.withSupplement) {
    return (
      <div class="agenda-corrections-pending">
        <p class="notice">{`${a.pending(count)} ${a.withSupplement(count)}`}</p>
      </div>
    );
  }
  return (
    <div class="agenda-corrections-pending">
      <p class="notice">{a.pending(count)}</p>
      <p>
        <a class="button" href={`/app/moeder/${ws.meeting.id}/dagsorden/udsend`}>
          {a.send}
        </a>
      </p>
    </div>
  );
}
