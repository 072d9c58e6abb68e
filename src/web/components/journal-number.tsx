import { webMessages } from "../../i18n/da/web.ts";

/** An item's journal number, announced as such to screen readers. */
export function JournalNumber({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <p class="journal">
      <span class="visually-hidden">{webMessages.meeting.journalNumber}: </span>
      {value}
    </p>
  );
}
