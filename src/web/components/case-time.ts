const format = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

/** "3. marts 2025 kl. 14.05": when something happened to a case, Danish time. */
export function formatCaseTime(at: Date): string {
  return format.format(at);
}
