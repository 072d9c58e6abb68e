import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { attendance, auditLog, meetingParticipants, meetings } from "../../db/schema/index.ts";
import type { ParsedMeeting } from "../../import/model.ts";
import { addImportedToRoster, rosterKey } from "./add-imported-to-roster.ts";
import { insertItems } from "./insert-items.ts";
import type { MinutesFile } from "./store-parsed-minutes-batch.ts";

/** A file to store as a new meeting of this committee at this start. */
export interface NewMinutes {
  file: MinutesFile;
  committeeId: number;
  startsAt: string;
}

/**
 * Inserts the meetings with their participants, absences, cases, case fields, agenda items,
 * decisions, attachment names and audit entries: one multi-row insert per table for all the
 * files. Answers the new meeting ids in the order given.
 */
export async function insertMinutes(
  tx: Tx,
  organisationId: number,
  minutes: NewMinutes[],
): Promise<number[]> {
  if (minutes.length === 0) return [];
  const meetingIds = await insertRows(
    tx,
    meetings,
    minutes.map(({ file, committeeId, startsAt }) => {
      const isMinutes = file.parsed.items.some((i) => i.decision !== null);
      const publishedAt = file.publishedAt ?? null;
      return {
        organisationId,
        committeeId,
        startsAt,
        location: file.parsed.meeting.location,
        status: isMinutes ? ("minutes_approved" as const) : ("agenda_published" as const),
        // Imported meetings stay private unless the import says to publish them.
        agendaPublishedAt: publishedAt,
        minutesPublishedAt: isMinutes ? publishedAt : null,
        importSha256: file.sha256,
        importFileName: file.fileName,
      };
    }),
  );
  const placed = minutes.map((m, i) => ({ ...m, meetingId: meetingIds[i] as number }));
  await insertPeople(tx, organisationId, placed);
  await insertItems(tx, organisationId, placed);
  await insertRows(
    tx,
    auditLog,
    placed.map(({ file, meetingId }) => ({
      organisationId,
      actorId: null,
      action: "meeting.imported",
      entityType: "meeting",
      entityId: meetingId,
      data: { file: file.fileName, sha256: file.sha256, items: file.parsed.items.length },
    })),
  );
  return meetingIds;
}

async function insertPeople(
  tx: Tx,
  organisationId: number,
  minutes: (NewMinutes & { meetingId: number })[],
) {
  const people = minutes.flatMap(({ file, meetingId, committeeId, startsAt }) =>
    attendeesOf(file.parsed.meeting).map((p, position) => ({
      ...p,
      meetingId,
      position,
      committeeId,
      date: startsAt.slice(0, 10),
    })),
  );
  const roster = await addImportedToRoster(tx, organisationId, people);
  const ids = await insertRows(
    tx,
    meetingParticipants,
    people.map(({ meetingId, position, name, title, committeeId }) => ({
      meetingId,
      position,
      name,
      title,
      personId: roster.get(rosterKey(committeeId, name)) ?? null,
    })),
  );
  await insertRows(
    tx,
    attendance,
    people.flatMap(({ meetingId, absent }, i) =>
      absent ? [{ meetingId, participantId: ids[i] as number, status: "absent" as const }] : [],
    ),
  );
}

/** Participants, with those listed as absent marked so; an absent non-participant is added. */
export function attendeesOf({ participants, absent }: ParsedMeeting) {
  const key = (name: string) => name.trim().toLowerCase();
  const away = new Set(absent.map((p) => key(p.name)));
  const listed = new Set(participants.map((p) => key(p.name)));
  return [
    ...participants.map((p) => ({ ...p, absent: away.has(key(p.name)) })),
    ...absent.filter((p) => !listed.has(key(p.name))).map((p) => ({ ...p, absent: true })),
  ];
}
