import { recommendationsOf } from "../../domain/case/recommendations.ts";
import { roomItemHeading } from "../../domain/document/item-heading.ts";
import type { MeetingItem } from "../../domain/meeting/meeting.types.ts";
import type { MeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import type { StoredDecision } from "../../domain/meeting-mode/meeting-error.ts";
import type { PmDoc } from "../../domain/richtext/doc.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../format-date.ts";
import { clock, ItemProgress } from "./meeting-mode-agenda.tsx";
import { MeetingModeRecords } from "./meeting-mode-records.tsx";
import { RichText } from "./rich-text.tsx";

const m = minutesMessages.hold;

export interface DecisionClash {
  itemId: number;
  stored: StoredDecision;
  attempted: { version: number; outcome: string; text: string };
}

const recommendationOf = (item: MeetingItem) =>
  item.fields.find((f) => f.key === "indstilling" || f.label.toLowerCase() === "indstilling");

/** The decision the form starts from: the stored one, else one written from the recommendation. */
export function decisionPrefill(item: MeetingItem, committee: string) {
  // A postponed item decided after all starts from its recommendation.
  if (item.decision && item.decision.outcome !== "postponed") {
    return { outcome: item.decision.outcome, text: item.decision.text };
  }
  const prefill = minutesMessages.document.decisionPrefill;
  if (item.purpose === "orientation") return { outcome: "noted", text: prefill.noted(committee) };
  // A discussion decides nothing: what the committee did was discuss it.
  if (item.purpose === "discussion" || item.purpose === "theme_discussion") {
    return { outcome: "noted", text: prefill.discussed(committee) };
  }
  const field = recommendationOf(item);
  const points = field ? recommendationsOf(field.doc as PmDoc) : [];
  const lead = prefill.approved(committee);
  return {
    outcome: "decided",
    text: points.length ? [lead, ...points.map((p, i) => `${i + 1}. ${p}`)].join("\n") : lead,
  };
}

/** One item in meeting mode: its recommendation, the decision form and the record around it. */
export function MeetingModeItem(props: {
  view: MeetingModeView;
  item: MeetingItem;
  csrfToken: string;
  clash: DecisionClash | null;
  /** The room can be steered: items can be started and ended. */
  steerable: boolean;
}) {
  const { view, item, clash } = props;
  const meetingId = view.meeting.id;
  const extra = view.items.get(item.id);
  const base = `/app/moeder/${meetingId}/afvikling/punkt/${item.id}`;
  const prefill = clash
    ? { outcome: clash.stored.outcome, text: clash.stored.text }
    : decisionPrefill(item, view.meeting.committee.name);
  const version = clash ? clash.stored.version : (extra?.decision?.version ?? 0);
  const postponed = item.decision?.outcome === "postponed";
  const recommendation = recommendationOf(item);
  const headingId = `afvikling-punkt-${item.id}-titel`;
  const from = extra?.continuedFrom;
  if (item.withdrawnAt) {
    return (
      <section
        id={`afvikling-punkt-${item.id}`}
        class="hold-item"
        aria-labelledby={headingId}
        data-pane-body
      >
        <h3 id={headingId} tabindex={-1}>
          {roomItemHeading(item)}
        </h3>
        <p class="closed-badge">{agendaCorrectionMessages.document.withdrawnNote}</p>
        <p class="muted">{minutesMessages.errors.itemWithdrawn}</p>
      </section>
    );
  }
  const decisionForm = (
    <form
      method="post"
      action={`${base}/beslutning`}
      class="hold-form"
      {...(postponed ? { "data-after": "all" } : { "data-autosave": true })}
      data-decision
    >
      <div class="hold-clash-box" data-clash hidden />
      <p class="hold-form-message" data-message role="alert" />
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(version)} />
      <fieldset>
        <legend>{m.outcome}</legend>
        {(["decided", "noted"] as const).map((o) => (
          <label class="hold-radio">
            <input type="radio" name="udfald" value={o} checked={prefill.outcome === o} />{" "}
            {webMessages.outcome[o]}
          </label>
        ))}
      </fieldset>
      <label for={`tekst-${item.id}`}>{m.decisionText}</label>
      <p class="muted" id={`tekst-${item.id}-hjaelp`}>
        {m.decisionHelp}
      </p>
      <textarea
        id={`tekst-${item.id}`}
        name="tekst"
        rows={5}
        aria-describedby={`tekst-${item.id}-hjaelp`}
        data-target="text"
      >
        {prefill.text}
      </textarea>
      {item.closed ? (
        <>
          <label for={`aaben-${item.id}`}>{m.openDecision}</label>
          <p class="muted" id={`aaben-${item.id}-hjaelp`}>
            {m.openDecisionHelp}
          </p>
          <textarea
            id={`aaben-${item.id}`}
            name="aaben_beslutning"
            rows={3}
            aria-describedby={`aaben-${item.id}-hjaelp`}
            data-target="openDecision"
          >
            {item.openDecision ?? ""}
          </textarea>
        </>
      ) : null}
      <button class="button" type="submit">
        {m.saveDecision}
      </button>
    </form>
  );
  return (
    <section
      id={`afvikling-punkt-${item.id}`}
      class="hold-item"
      aria-labelledby={headingId}
      data-pane-body
    >
      <h3 id={headingId} tabindex={-1}>
        {roomItemHeading(item)}
      </h3>
      <ItemProgress
        meeting={view.meeting}
        item={item}
        token={props.csrfToken}
        steerable={props.steerable}
      />
      {item.closed ? <p class="closed-badge">{webMessages.meeting.closedStaff}</p> : null}
      {from ? (
        <p class="muted">
          {m.continuedFrom(from.continuation, from.committeeName, formatShortDate(from.startsAt))}
        </p>
      ) : null}
      {recommendation ? (
        <div class="hold-recommendation">
          <h4>{m.recommendation}</h4>
          <RichText doc={recommendation.doc as PmDoc} />
        </div>
      ) : null}
      <h4 id={`beslutning-${item.id}`}>{m.decisionHeading}</h4>
      {clash ? (
        <div class="error-summary hold-clash" role="alert">
          <p>{minutesMessages.errors.decisionConflict(clash.stored.savedBy)}</p>
          <h5>{m.savedBy(clash.stored.savedBy, clock(clash.stored.savedAt))}</h5>
          <p class="hold-text">{clash.stored.text}</p>
          <h5>{m.yourText}</h5>
          <p class="hold-text">{clash.attempted.text}</p>
        </div>
      ) : null}
      <p class="muted" id={`beslutning-status-${item.id}`} data-live>
        {extra?.decision
          ? `${webMessages.outcome[item.decision?.outcome ?? "decided"]}. ${m.savedBy(extra.decision.savedBy, clock(extra.decision.savedAt))}`
          : postponed || !view.recordable
            ? m.notRecorded
            : m.notRecordedPrefill}
      </p>
      {(postponed || !view.recordable) && item.decision ? (
        <div class="hold-text">
          <RichText doc={item.decision.doc as PmDoc} />
        </div>
      ) : null}
      {!view.recordable ? null : postponed ? (
        // A postponed item is decided after all only on purpose: a step of its own, saved by
        // its button, not as the text is typed, and the page is read again (the later
        // meeting's item goes).
        <details class="hold-step">
          <summary class="button button--secondary">{m.decideAfterAllStep}</summary>
          <p class="notice">{m.decideAfterAll}</p>
          {decisionForm}
        </details>
      ) : (
        decisionForm
      )}
      {extra?.approvesMinutes ? (
        <ApproveMinutes view={view} base={base} csrfToken={props.csrfToken} />
      ) : null}
      <MeetingModeRecords view={view} item={item} base={base} csrfToken={props.csrfToken} />
    </section>
  );
}

function ApproveMinutes(props: { view: MeetingModeView; base: string; csrfToken: string }) {
  const target = props.view.minutesToApprove;
  if (!target) return null;
  const date = formatShortDate(target.startsAt);
  return (
    <div class="hold-approve">
      <h4>{m.approveHeading}</h4>
      <p>{m.approveIntro(date)}</p>
      {props.view.recordable ? (
        <form
          method="post"
          action={`${props.base}/godkend-referat`}
          data-after="all"
          data-done={m.approvedAlready(date)}
        >
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button class="button" type="submit">
            {m.approve}
          </button>
        </form>
      ) : null}
    </div>
  );
}
