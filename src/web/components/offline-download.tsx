import { offlineMessages } from "../../i18n/da/offline.ts";

const m = offlineMessages;

/**
 * »Hent til offline« for one meeting. Hidden in the HTML: only the offline script (which
 * needs a service worker) shows it, with the copy's state and the download's progress.
 */
export function OfflineDownload(props: { meetingId: number }) {
  return (
    <section
      class="offline-panel"
      aria-labelledby="offline-overskrift"
      data-offline-meeting={String(props.meetingId)}
      hidden
    >
      <h2 id="offline-overskrift">{m.heading}</h2>
      <p data-offline-status role="status">
        {m.notYet}
      </p>
      <progress hidden max={1} value={0} aria-label={m.download} />
      <button type="button" class="button" data-offline-download>
        {m.download}
      </button>
    </section>
  );
}
