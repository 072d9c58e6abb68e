/** The page a notification leads to, in the staff area and in mails. */
export function notificationPath(n: {
  kind: string;
  caseId: number | null;
  commentId: number | null;
  meetingId: number | null;
}): string {
  if (n.kind === "follow_up.due") return "/app/opfoelgning";
  if (n.meetingId && (n.kind === "minutes.signoff" || n.kind === "minutes.note_rejected")) {
    return `/app/moeder/${n.meetingId}/referat`;
  }
  if (n.meetingId) return `/app/moeder/${n.meetingId}`;
  if (n.caseId) return `/app/sager/${n.caseId}${n.commentId ? `#kommentar-${n.commentId}` : ""}`;
  return "/app/sager";
}
