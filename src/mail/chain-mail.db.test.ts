import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  createWrittenCase,
} from "../../test/factories.ts";
import { passOptions, testClock } from "../../test/mail-outbox.ts";
import { SmtpPeer } from "../../test/smtp-peer.ts";
import { addCasesToAgenda } from "../domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../domain/agenda/publish-agenda.ts";
import { approveCase } from "../domain/case/approve-case.ts";
import { planMeeting } from "../domain/meeting/plan-meeting.ts";
import { genitive } from "../i18n/da/genitive.ts";
import { sendDueMail } from "./send-due-mail.ts";

/**
 * The chain as people get it in their inbox: a case sent for approval, approved, put on an
 * agenda that goes out. Each step writes its mail in its own transaction, and the sender
 * delivers them over a real SMTP server; a server that is down for a while delays them only.
 */

const database = useTestDatabase();
let world: AuthoringCommittee;
let peer: SmtpPeer;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
  peer = await new SmtpPeer().start();
});
afterAll(async () => {
  await peer?.stop();
});

describe("mail along the chain, over SMTP", () => {
  it("brings the approval mails and the agenda mail to their recipients, once each", async () => {
    const { db } = database.current;
    const clock = testClock();
    const options = passOptions(peer, clock);
    const send = () => sendDueMail(db, options);
    const member = await createUser(db, {
      organisationId: world.organisationId,
      name: "Mette Medlem",
      roles: [{ role: "member", committeeId: world.committee.id }],
    });

    // The server is down while the case is sent and approved: nothing arrives, nothing is lost.
    await peer.stop();
    const { id } = await createWrittenCase(db, world, {
      title: "Beslutning om nye cykelstier",
      submitTo: world.approver,
    });
    await approveCase(db, world.approver, { caseId: id });
    expect(await send()).toMatchObject({ sent: 0 });
    expect(peer.received).toEqual([]);

    await peer.start();
    clock.advance(30 * 60_000);
    await send();
    const subjects = (to: string) =>
      peer.received
        .filter((m) => (m.to && "text" in m.to ? m.to.text : "") === to)
        .map((m) => m.subject);
    expect(subjects(world.approver.email)).toEqual([
      "Sag til din godkendelse: »Beslutning om nye cykelstier«",
    ]);
    expect(subjects(world.author.email)).toEqual([
      "Din sag er godkendt: »Beslutning om nye cykelstier«",
    ]);

    // The agenda goes out: every participant who is a user gets one mail with a link.
    const { meetingId } = await planMeeting(db, world.secretary, {
      committeeId: world.committee.id,
      date: "2031-03-13",
      start: "09:00",
      end: "10:00",
      location: "Mødelokale 7",
      guests: "",
    });
    await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [id] });
    await publishAgenda(db, world.secretary, { meetingId });
    clock.advance(60_000);
    await send();
    const agenda = peer.received.filter((m) => m.subject?.startsWith("Dagsorden"));
    const to = agenda.map((m) => (m.to && "text" in m.to ? m.to.text : "")).sort();
    expect(to).toContain(member.email);
    expect(to).not.toContain(world.secretary.email);
    expect(new Set(to).size).toBe(to.length);
    for (const mail of agenda) {
      expect(mail.text).toContain(`Dagsordenen til ${genitive(world.committee.name)} møde den`);
      expect(mail.text).toMatch(new RegExp(`https?://[^\\s]+/app/moeder/${meetingId}`));
      expect(mail.html).toContain(`/app/moeder/${meetingId}`);
    }
    // Nothing twice: a further pass sends nothing, and each Message-ID arrived once.
    expect(await send()).toMatchObject({ claimed: 0 });
    const ids = peer.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    options.close();
  }, 60_000);
});
