import type { Db } from "../../db/client.ts";
import { committeeThemes } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadPlanningCommittee } from "../meeting/plan-meeting.ts";

const t = agendaMessages.themes;
const e = agendaMessages.assemblyErrors;

/** Adds a theme to the committee's backlog "Temaer til kommende møder". */
export async function addTheme(
  db: Db,
  principal: Principal,
  input: { committeeId: number; title: string; note?: string },
): Promise<{ themeId: number }> {
  const title = input.title.trim().replace(/\s+/g, " ");
  const note = (input.note ?? "").trim();
  const problems: string[] = [];
  if (!title) problems.push(t.titleMissing);
  if (title.length > 300) problems.push(e.titleTooLong(300));
  if (note.length > 2000) problems.push(e.textTooLong(t.note, 2000));
  if (problems.length > 0) throw new DomainError("invalid", problems.join(" "), problems);
  return db.transaction(async (tx) => {
    const committee = await loadPlanningCommittee(tx, principal, input.committeeId);
    const [row] = await tx
      .insert(committeeThemes)
      .values({
        organisationId: committee.organisationId,
        committeeId: committee.id,
        title,
        note,
        createdById: principal.user.id,
      })
      .returning({ id: committeeThemes.id });
    const themeId = (row as { id: number }).id;
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "theme.added",
      entityType: "committee_theme",
      entityId: themeId,
      data: { committeeId: committee.id, title },
    });
    return { themeId };
  });
}
