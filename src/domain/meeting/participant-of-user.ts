import { eq, or } from "drizzle-orm";
import { meetingParticipants, persons } from "../../db/schema/index.ts";

/**
 * The condition that a meeting participant is the user: linked to them directly
 * (participant.userId) or through their roster person (persons.userId). The query must join
 * `persons` on `meetingParticipants.personId` (a left join: not every participant has one).
 */
export const participantIsUser = (userId: number) =>
  or(eq(meetingParticipants.userId, userId), eq(persons.userId, userId));
