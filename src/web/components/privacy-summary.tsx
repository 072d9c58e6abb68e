import type { PrivacySummary } from "../../domain/privacy/summarise-findings.ts";
import { privacyMessages } from "../../i18n/da/privacy.ts";

const m = privacyMessages.summary;

/**
 * Before an agenda or minutes go out: the CPR-shaped numbers the public will not see, the bilag
 * held back, and a warning for a bilag shown though it has one; with the way to the findings.
 */
export function PrivacySummaryView(props: {
  summary: PrivacySummary;
  meetingId: number;
  document: "agenda" | "minutes";
  /** Its heading's level where it stands. */
  level?: 2 | 3;
}) {
  const { maskedNumbers, withheldAttachments, shownAttachments } = props.summary;
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby="persondata-opsummering" class="privacy-summary">
      <Heading id="persondata-opsummering">{m.heading}</Heading>
      {maskedNumbers + withheldAttachments + shownAttachments === 0 ? (
        <p>{m.none(props.document)}</p>
      ) : (
        <>
          {shownAttachments > 0 ? (
            <p class="agenda-warning">{m.shownAttachments(shownAttachments)}</p>
          ) : null}
          {maskedNumbers > 0 ? <p>{m.maskedNumbers(maskedNumbers, props.document)}</p> : null}
          {withheldAttachments > 0 ? <p>{m.withheldAttachments(withheldAttachments)}</p> : null}
          <p>
            <a href={`/app/moeder/${props.meetingId}/persondata`}>{m.link}</a>
          </p>
        </>
      )}
    </section>
  );
}
