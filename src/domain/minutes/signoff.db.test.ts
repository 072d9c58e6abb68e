import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { docxToHtml, textsOf } from "../../../test/fixtures/render/docx-document.ts";
import { auditActions } from "../../../test/meeting-hold-world.ts";
import { hasPoppler, pdfText } from "../../../test/poppler.ts";
import {
  createSignoffWorld,
  holdSignoffMeeting,
  type SignoffWorld,
} from "../../../test/signoff-world.ts";
import { mailOutbox, meetings, minutesSignoffs, notifications } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { renderDocx } from "../../render/docx/render-docx.ts";
import { renderPdf } from "../../render/pdf/render-pdf.ts";
import { buildDocument, internalDocument } from "../document/build-document.ts";
import { readStoredDocument, toStoredDocument } from "../document/meeting-document.schema.ts";
import { withSignoffs } from "../document/signoff-lines.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { approveMinutes } from "./approve-minutes.ts";
import { getMinutesSignoffs } from "./get-minutes-signoffs.ts";
import { listMinutesToSign } from "./list-minutes-to-sign.ts";
import { getMinutesVersion } from "./list-minutes-versions.ts";
import { publishMinutes } from "./publish-minutes.ts";
import { signMinutes } from "./sign-minutes.ts";

const database = useTestDatabase();
let w: SignoffWorld;
const e = signoffMessages.errors;

beforeEach(async () => {
  w = await createSignoffWorld(database.current.db);
});

const sign = (who: { user: { id: number } } & Parameters<typeof signMinutes>[1]) =>
  signMinutes(database.current.db, who, { meetingId: w.meeting.id });

/** What a refused sign-off must leave as it was. */
async function state() {
  const { db } = database.current;
  const rows = await db.select().from(minutesSignoffs);
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
  return { rows, status: meeting?.status };
}

async function fullMeeting() {
  const full = await getMeeting(database.current.db, w.meeting.id);
  if (!full) throw new Error("no meeting");
  return full;
}

describe("members approve the published minutes (§13)", () => {
  it("refuses before the minutes are published, changing nothing", async () => {
    const { db } = database.current;
    await expect(sign(w.member)).rejects.toMatchObject({ status: 409, message: e.notPublished });
    await holdSignoffMeeting(db, w);
    const before = await state();
    await expect(sign(w.member)).rejects.toMatchObject({ status: 409, message: e.notPublished });
    expect(await state()).toEqual(before);
    expect(await getMinutesSignoffs(db, await fullMeeting())).toBeNull();
  });

  it("asks each member who took part and can sign in, by notification and mail", async () => {
    const { db } = database.current;
    await holdSignoffMeeting(db, w);
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const asked = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(
        and(eq(notifications.kind, "minutes.signoff"), eq(notifications.meetingId, w.meeting.id)),
      );
    expect(asked.map((x) => x.userId).sort()).toEqual([w.member.user.id, w.anne.user.id].sort());
    const signers = [w.member.user.id, w.anne.user.id, w.bent.user.id, w.secretary.user.id];
    const mails = await db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, "minutes.signoff"), inArray(mailOutbox.userId, signers)));
    expect(mails.map((m) => m.userId).sort()).toEqual([w.member.user.id, w.anne.user.id].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe("Godkend referatet af Økonomiudvalgets møde den 12. marts 2025");
      expect(mail.text).toContain(`/app/moeder/${w.meeting.id}/referat`);
    }
    // The previous meeting's minutes are out too and wait for him (his dashboard lists both).
    expect(await listMinutesToSign(db, w.member)).toEqual([
      {
        meetingId: w.previous.id,
        committeeName: "Økonomiudvalget",
        startsAt: "2025-02-12 09:00:00",
      },
      {
        meetingId: w.meeting.id,
        committeeName: "Økonomiudvalget",
        startsAt: "2025-03-12 09:00:00",
      },
    ]);
  });

  it("records one approval per member, by their own user or their roster person's", async () => {
    const { db } = database.current;
    await holdSignoffMeeting(db, w);
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    const signed = await sign(w.member);
    expect(signed.signedAt).toBeInstanceOf(Date);
    await sign(w.anne);
    expect(await auditActions(db, "meeting", w.meeting.id)).toEqual(
      expect.arrayContaining(["minutes.signed", "publication.changed"]),
    );
    const before = await state();
    expect(before.rows).toHaveLength(2);
    // A second approval, a member absent from the whole meeting, someone who was not there.
    await expect(sign(w.member)).rejects.toMatchObject({ status: 409, message: e.alreadySigned });
    await expect(sign(w.bent)).rejects.toMatchObject({ status: 403, message: e.absent });
    await expect(sign(w.secretary)).rejects.toMatchObject({
      status: 403,
      message: e.notParticipant,
    });
    await expect(sign(w.stranger)).rejects.toMatchObject({ status: 404 });
    await expect(signMinutes(db, w.member, { meetingId: 999_999 })).rejects.toMatchObject({
      status: 404,
    });
    expect(await state()).toEqual(before);
    expect((await listMinutesToSign(db, w.member)).map((x) => x.meetingId)).toEqual([
      w.previous.id,
    ]);

    const signoffs = await getMinutesSignoffs(db, await fullMeeting());
    expect(signoffs?.signed.map((s) => s.name)).toEqual(["Mads Medlem", "Anne Formand"]);
    expect(signoffs?.waiting.map((s) => s.name)).toEqual(["Karin Kasserer"]);
  });

  it("prints who approved and who has not in HTML, PDF and DOCX, never in the stored versions", async () => {
    const { db } = database.current;
    await holdSignoffMeeting(db, w);
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    await sign(w.anne);
    const full = await fullMeeting();
    const signoffs = await getMinutesSignoffs(db, full);
    const doc = withSignoffs(internalDocument(full), signoffs);
    expect(doc.signoffs?.lines[0]).toMatch(
      /^Godkendt af: Anne Formand \(A\) \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}$/u,
    );
    expect(doc.signoffs?.lines[1]).toBe("Mangler at godkende: Mads Medlem, Karin Kasserer");
    const pub = withSignoffs(buildDocument(full, "public") ?? doc, signoffs);
    expect(pub.variant).toBe("public");
    expect(pub.signoffs).toEqual(doc.signoffs);
    if (hasPoppler()) {
      const text = (await pdfText(renderPdf(doc))).replace(/\s+/g, " ");
      expect(text).toContain("Medlemmernes godkendelse");
      expect(text).toContain("Godkendt af: Anne Formand (A)");
      expect(text).toContain("Mangler at godkende: Mads Medlem, Karin Kasserer");
    }
    const word = await docxToHtml(await renderDocx(doc));
    expect(textsOf(word, "h2").at(-1)).toBe("Medlemmernes godkendelse");
    expect(word).toContain("Mangler at godkende: Mads Medlem, Karin Kasserer");
    expect(word).toMatch(/Godkendt af: Anne Formand \(A\) \d/);
    // The stored minutes (version 1) carry no approvals, and a stored document cannot.
    const stored = await getMinutesVersion(db, w.meeting.id, 1);
    expect(stored?.document.signoffs).toBeUndefined();
    expect(readStoredDocument(toStoredDocument(doc)).signoffs).toBeUndefined();
  });

  it("refuses once the minutes are approved at the next meeting and locked", async () => {
    const { db } = database.current;
    await holdSignoffMeeting(db, w);
    await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
    await db
      .update(meetings)
      .set({ status: "agenda_published" })
      .where(eq(meetings.id, w.later.id));
    await approveMinutes(db, w.secretary, { meetingId: w.later.id, itemId: w.laterApproving.id });
    const before = await state();
    await expect(sign(w.member)).rejects.toMatchObject({ status: 423, message: e.locked });
    expect(await state()).toEqual(before);
    expect((await listMinutesToSign(db, w.member)).map((x) => x.meetingId)).toEqual([
      w.previous.id,
    ]);
  });
});
