import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, committeeThemes } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { currentOrder, insertionPosition } from "./add-cases-to-agenda.ts";
import { loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { relayoutAgenda } from "./relayout-agenda.ts";

/** Default estimate of an item made from a theme: a theme discussion. */
const THEME_MINUTES = 20;

/**
 * Turns a theme from the committee's backlog into an item on a meeting of that committee
 * (»Temadrøftelse: …«); the theme remembers the item, so it leaves the open backlog.
 */
export async function addThemeToAgenda(
  db: Db,
  principal: Principal,
  input: { meetingId: number; themeId: number },
): Promise<{ itemId: number }> {
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    const [theme] = await tx
      .select()
      .from(committeeThemes)
      .where(
        and(
          eq(committeeThemes.id, input.themeId),
          eq(committeeThemes.committeeId, meeting.committeeId),
        ),
      )
      .for("update");
    if (!theme) throw new DomainError("not_found", agendaMessages.themeNotFound);
    if (theme.agendaItemId !== null) {
      const message = agendaMessages.themes.alreadyOnAgenda;
      throw new DomainError("conflict", message, [message]);
    }
    const order = await currentOrder(tx, meeting.id);
    const at = await insertionPosition(tx, meeting);
    // »Temadrøftelse: Klimatilpasning i bydelene«: the theme as its author wrote it, a name
    // at its start (»København«, »KL«) not turned into a common noun.
    const title = /^temadrøftelse/i.test(theme.title)
      ? theme.title
      : agendaMessages.themes.itemTitle(theme.title);
    const [item] = await tx
      .insert(agendaItems)
      .values({
        organisationId: meeting.organisationId,
        meetingId: meeting.id,
        position: -200_000,
        number: 0,
        title,
        purpose: "theme_discussion",
        durationMinutes: THEME_MINUTES,
        themeId: theme.id,
      })
      .returning({ id: agendaItems.id });
    const itemId = (item as { id: number }).id;
    order.splice(at, 0, itemId);
    await relayoutAgenda(tx, meeting, principal.user.id, order);
    await tx
      .update(committeeThemes)
      .set({ agendaItemId: itemId })
      .where(eq(committeeThemes.id, theme.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.theme_added",
      entityType: "agenda_item",
      entityId: itemId,
      data: { meetingId: meeting.id, themeId: theme.id },
    });
    await refreshPublicView(tx, {
      kind: "item_added",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { itemIds: [itemId] },
    });
    return { itemId };
  });
}
