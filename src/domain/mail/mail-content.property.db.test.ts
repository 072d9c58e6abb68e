import { desc, gt } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  docFromText,
  recommendationDoc,
} from "../../../test/factories.ts";
import { mailOutbox } from "../../db/schema/index.ts";
import { addCasesToAgenda } from "../agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../agenda/publish-agenda.ts";
import { withdrawAgendaItem } from "../agenda/withdraw-agenda-item.ts";
import { addComment } from "../case/add-comment.ts";
import { approveCase } from "../case/approve-case.ts";
import { createCase } from "../case/create-case.ts";
import { returnCase } from "../case/return-case.ts";
import { saveCase } from "../case/save-case.ts";
import { submitCase } from "../case/submit-case.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { escapeHtml } from "./compose-mail.ts";
import { saveMailPreferences } from "./mail-preferences.ts";
import { sendDailyDigests } from "./send-daily-digests.ts";

/**
 * Whatever a case, its comments and an agenda correction say, no mail carries that text: mails
 * name titles and link to the page. And whatever a title holds, the HTML part is only the
 * mail's own simple markup, everything put in escaped.
 */

const database = useTestDatabase();
let world: AuthoringCommittee;
let member: { id: number };

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  member = await createUser(db, {
    organisationId: world.organisationId,
    roles: [{ role: "member", committeeId: world.committee.id }],
  });
  // One reader takes everything in the digest, so that path is covered too.
  await saveMailPreferences(db, world.otherApprover, {
    "case.submitted": "digest",
    "case.reviewed": "digest",
    mention: "digest",
    "agenda.published": "digest",
    "agenda.corrected": "digest",
    "minutes.published": "digest",
    "minutes.signoff": "digest",
    "follow_up.due": "digest",
  });
}, 60_000);

/** Text that must never be mailed: long runs of capitals, digits and HTML's special characters. */
const secret = fc.string({
  unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ0123456789<>&\"'".split("")),
  minLength: 12,
  maxLength: 40,
});
/** Titles: lower case and Danish letters, spaces, HTML's special characters and a script tag. */
const titleTail = fc
  .array(
    fc.constantFrom("vej", "æble", "øst", "å", "<script>", "</p>", "&amp;", '"', "'", " ", "x=1"),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(""));

const ALLOWED_TAGS = new Set([
  "!doctype",
  "html",
  "head",
  "meta",
  "title",
  "body",
  "p",
  "a",
  "br",
  "hr",
  "small",
  "ul",
  "li",
]);
let room = 0;

it("no mail carries case text, comments or reasons, and its HTML is only its own markup", async () => {
  const { db } = database.current;
  await fc.assert(
    fc.asyncProperty(
      titleTail,
      fc.record({
        resume: secret,
        body: secret,
        recommendation: secret,
        comment: secret,
        reason: secret,
      }),
      async (tail, secrets) => {
        const [last] = await db
          .select({ id: mailOutbox.id })
          .from(mailOutbox)
          .orderBy(desc(mailOutbox.id))
          .limit(1);
        const maxId = last?.id ?? 0;
        const title = `Beslutning om ${tail}`;
        const approver = room % 2 === 0 ? world.approver : world.otherApprover;
        const made = await createCase(db, world.author, { committeeId: world.committee.id, title });
        const { version } = await saveCase(db, world.author, {
          caseId: made.id,
          version: made.version,
          fields: [
            { key: "indstilling", doc: recommendationDoc(`at ${secrets.recommendation}`) },
            { key: "resume", doc: docFromText(secrets.resume) },
            { key: "sagsfremstilling", doc: docFromText(secrets.body) },
          ],
        });
        await submitCase(db, world.author, { caseId: made.id, approverId: approver.id, version });
        await addComment(db, approver, {
          caseId: made.id,
          body: `@${world.secretary.email} ${secrets.comment}`,
        });
        await returnCase(db, approver, { caseId: made.id, comment: secrets.comment });
        await submitCase(db, world.author, { caseId: made.id, approverId: approver.id });
        await approveCase(db, approver, { caseId: made.id });
        const { meetingId } = await planMeeting(db, world.secretary, {
          committeeId: world.committee.id,
          date: `2032-0${1 + (room % 9)}-1${room % 10}`,
          start: "09:00",
          end: "10:00",
          location: `Lokale ${++room}`,
          guests: "",
        });
        const { itemIds } = await addCasesToAgenda(db, world.secretary, {
          meetingId,
          caseIds: [made.id],
        });
        await publishAgenda(db, world.secretary, { meetingId });
        await withdrawAgendaItem(db, world.secretary, {
          meetingId,
          agendaVersion: 1,
          itemId: itemIds[0] ?? 0,
          reason: secrets.reason,
        });
        await sendDailyDigests(db, new Date(Date.UTC(2032, 0, room, 6)));

        const mails = await db.select().from(mailOutbox).where(gt(mailOutbox.id, maxId));
        const kinds = new Set(mails.map((m) => m.kind));
        const expected =
          approver === world.approver
            ? ["case.submitted", "mention", "case.returned", "case.approved"]
            : ["digest", "mention", "case.returned", "case.approved"];
        for (const kind of [...expected, "agenda.published", "agenda.item_withdrawn"]) {
          expect(kinds).toContain(kind);
        }
        for (const mail of mails) {
          const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
          for (const text of Object.values(secrets)) {
            expect(all).not.toContain(text);
            expect(all).not.toContain(escapeHtml(text));
          }
          const tags = [...mail.html.matchAll(/<\/?([a-z!][a-z0-9]*)/gi)].map((m) =>
            (m[1] ?? "").toLowerCase(),
          );
          expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        }
        expect(mails.some((m) => m.userId === member.id)).toBe(true);
      },
    ),
    { numRuns: 5 },
  );
}, 180_000);
