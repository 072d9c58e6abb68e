import { pgEnum } from "drizzle-orm/pg-core";

/** Roles a user can hold, per committee or (committee = null) across the organisation. */
export const roleEnum = pgEnum("role", ["admin", "secretary", "author", "approver", "member"]);

/** planned -> agenda_published -> held -> minutes_published -> minutes_approved */
export const meetingStatusEnum = pgEnum("meeting_status", [
  "planned",
  "agenda_published",
  "held",
  "minutes_published",
  "minutes_approved",
]);

/** draft -> submitted -> (returned -> submitted)* -> approved -> scheduled -> decided; archived for legacy imports */
export const caseStatusEnum = pgEnum("case_status", [
  "draft",
  "submitted",
  "returned",
  "approved",
  "scheduled",
  "decided",
  "archived",
]);

/** The purpose an item title starts with ("domæneteori"). */
export const purposeEnum = pgEnum("purpose", [
  "orientation",
  "discussion",
  "decision",
  "theme_discussion",
]);

/** text: free rich text; recommendations: a lead-in and a numbered list of "at …" points. */
export const fieldKindEnum = pgEnum("field_kind", ["text", "recommendations"]);

export const committeeKindEnum = pgEnum("committee_kind", ["political", "administrative"]);

export const attendanceStatusEnum = pgEnum("attendance_status", [
  "present",
  "absent",
  "arrived_late",
  "left_early",
]);

export const decisionOutcomeEnum = pgEnum("decision_outcome", ["decided", "noted", "postponed"]);

/** Why an agenda item continues an earlier appearance of its case. */
export const continuationEnum = pgEnum("continuation", ["postponed", "forwarded"]);

/** Where a committee's standing item goes on every agenda. */
export const standingPlacementEnum = pgEnum("standing_placement", ["first", "last"]);

/** What a correction of a published agenda did to an item. */
export const agendaCorrectionKindEnum = pgEnum("agenda_correction_kind", [
  "withdrawn",
  "title",
  "case_text",
  "moved",
  "closed",
  "opened",
]);

/** Where a meeting being held stands, as the room and the live view show it. */
export const roomStatusEnum = pgEnum("room_status", ["not_started", "running", "paused", "ended"]);

/** A member's vote from their own device. */
export const ballotChoiceEnum = pgEnum("ballot_choice", ["for", "against", "abstain"]);

/** A protokoltilførsel entered by a member waits for the secretary before the minutes print it. */
export const protocolNoteStatusEnum = pgEnum("protocol_note_status", ["accepted", "pending"]);
