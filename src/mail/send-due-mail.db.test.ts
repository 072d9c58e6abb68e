import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { enqueue, outgoing, passOptions, testClock } from "../../test/mail-outbox.ts";
import { SmtpPeer } from "../../test/smtp-peer.ts";
import { mailOutbox } from "../db/schema/index.ts";
import { sendDueMail } from "./send-due-mail.ts";

const database = useTestDatabase();
const db = () => database.current.db;
const MINUTE = 60_000;

let peer: SmtpPeer;
let closers: (() => void)[] = [];

beforeEach(async () => {
  await db().delete(mailOutbox);
  peer = await new SmtpPeer().start();
});
afterEach(async () => {
  for (const close of closers) close();
  closers = [];
  await peer.stop();
});

function sender(clock = testClock()) {
  const options = passOptions(peer, clock);
  closers.push(options.close);
  return { clock, pass: () => sendDueMail(db(), options) };
}

const rowsByMessageId = async () =>
  new Map((await db().select().from(mailOutbox)).map((r) => [r.messageId, r]));

describe("sendDueMail", () => {
  it("delivers each mail with its From, To, Subject, text and HTML parts and Message-ID", async () => {
    const mails = [outgoing(), outgoing({ subject: "Dagsorden til Økonomiudvalget – mødet 3/4" })];
    const ids = await enqueue(db(), mails);
    const { pass } = sender();
    expect(await pass()).toMatchObject({ claimed: 2, sent: 2, retry: 0, failed: 0 });
    expect(peer.received).toHaveLength(2);
    for (const [i, mail] of mails.entries()) {
      const got = peer.received.find((r) => r.messageId === ids[i]);
      expect(got, `mail ${i}`).toBeDefined();
      expect(got?.from?.value).toEqual([{ name: "Referat", address: "referat@kommune.test" }]);
      expect(got?.to && "text" in got.to ? got.to.text : "").toBe(mail.to);
      expect(got?.subject).toBe(mail.subject);
      expect(got?.text?.trim()).toBe(mail.text);
      expect(got?.html).toContain(mail.html);
      expect(got?.headers.get("auto-submitted")).toBe("auto-generated");
    }
    const rows = await rowsByMessageId();
    for (const id of ids) expect(rows.get(id)).toMatchObject({ attempts: 1, lockedUntil: null });
    expect([...rows.values()].every((r) => r.sentAt !== null)).toBe(true);
    // Sent is sent: another pass finds nothing.
    expect(await pass()).toMatchObject({ claimed: 0 });
    expect(peer.received).toHaveLength(2);
  });

  it("holds mail while the server is down or refuses with 421, then delivers each once", async () => {
    await peer.stop();
    const ids = await enqueue(db(), [outgoing(), outgoing(), outgoing()]);
    const { clock, pass } = sender();
    expect(await pass()).toMatchObject({ claimed: 3, sent: 0, retry: 3 });
    let rows = await rowsByMessageId();
    for (const id of ids) {
      const row = rows.get(id);
      expect(row?.attempts).toBe(1);
      expect(row?.lastError).toMatch(/^Mailserveren kunne ikke nås/);
      expect(row?.sentAt).toBeNull();
      expect(row?.failedAt).toBeNull();
      expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 30_000);
    }
    // Not due before the backoff has passed.
    clock.advance(29_000);
    expect(await pass()).toMatchObject({ claimed: 0 });

    peer.mode = "421";
    await peer.start();
    clock.advance(2_000);
    expect(await pass()).toMatchObject({ claimed: 3, sent: 0, retry: 3 });
    rows = await rowsByMessageId();
    for (const id of ids) {
      expect(rows.get(id)?.attempts).toBe(2);
      expect(rows.get(id)?.lastError).toContain("421");
      // The second wait is twice the first.
      expect(rows.get(id)?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 60_000);
    }
    // Backoff grows to its cap.
    for (let i = 0; i < 8; i++) {
      clock.advance(15 * MINUTE);
      await pass();
    }
    rows = await rowsByMessageId();
    expect(rows.get(ids[0] as string)?.nextAttemptAt.getTime()).toBe(
      clock.now().getTime() + 15 * MINUTE,
    );
    expect(peer.received).toHaveLength(0);

    peer.mode = "accept";
    clock.advance(15 * MINUTE);
    expect(await pass()).toMatchObject({ claimed: 3, sent: 3 });
    clock.advance(60 * MINUTE);
    expect(await pass()).toMatchObject({ claimed: 0 });
    expect([...peer.countsByMessageId()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
  });

  it("retries a mail whose connection was cut in the middle of DATA, and it arrives once", async () => {
    const [id, other] = await enqueue(db(), [outgoing(), outgoing()]);
    peer.dropDuringData = 1;
    const { clock, pass } = sender();
    const first = await pass();
    expect(first).toMatchObject({ claimed: 2, sent: 0, retry: 2 });
    const row = (await rowsByMessageId()).get(id as string);
    expect(row?.lastError).toMatch(/^Forbindelsen til mailserveren blev afbrudt/);
    expect(row?.attempts).toBe(1);
    clock.advance(30_000);
    expect(await pass()).toMatchObject({ claimed: 2, sent: 2 });
    expect(peer.countsByMessageId()).toEqual(
      new Map([
        [id, 1],
        [other, 1],
      ]),
    );
  });

  it("marks a recipient refused with 550 as failed, keeps the row and sends the others", async () => {
    const refused = outgoing({ to: "findes.ikke@kommune.test" });
    peer.refuse.add(refused.to);
    const [before, bad, after] = await enqueue(db(), [outgoing(), refused, outgoing()]);
    const { clock, pass } = sender();
    expect(await pass()).toMatchObject({ claimed: 3, sent: 2, failed: 1, retry: 0 });
    const row = (await rowsByMessageId()).get(bad as string);
    expect(row?.failedAt?.getTime()).toBe(clock.now().getTime());
    expect(row?.sentAt).toBeNull();
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toMatch(/^Mailserveren afviste modtageren: 550 .*User unknown/);
    expect(row?.subject).toBe(refused.subject);
    clock.advance(24 * 60 * MINUTE);
    expect(await pass()).toMatchObject({ claimed: 0 });
    expect([...peer.countsByMessageId().keys()].sort()).toEqual([before, after].sort());
  });

  it("retries a recipient deferred with 451 later, while the others go out at once", async () => {
    const deferred = outgoing();
    peer.defer.add(deferred.to);
    const [id, other] = await enqueue(db(), [deferred, outgoing()]);
    const { clock, pass } = sender();
    expect(await pass()).toMatchObject({ claimed: 2, sent: 1, retry: 1, failed: 0 });
    const row = (await rowsByMessageId()).get(id as string);
    expect(row?.lastError).toMatch(/^Mailserveren kunne ikke tage imod mailen lige nu: 451/);
    expect(row?.failedAt).toBeNull();
    peer.defer.clear();
    clock.advance(30_000);
    expect(await pass()).toMatchObject({ claimed: 1, sent: 1 });
    expect([...peer.countsByMessageId()].sort()).toEqual(
      [
        [id, 1],
        [other, 1],
      ].sort(),
    );
  });

  it("keeps a mail waiting when the log-in is refused: a setting to fix, not a bad mail", async () => {
    const [id] = await enqueue(db(), [outgoing()]);
    const clock = testClock();
    const options = passOptions(peer, clock);
    closers.push(options.close);
    const wrong = passOptions(peer, clock, {}, "forkert");
    closers.push(wrong.close);
    expect(await sendDueMail(db(), wrong)).toMatchObject({ claimed: 1, retry: 1, failed: 0 });
    expect((await rowsByMessageId()).get(id as string)?.lastError).toMatch(
      /^Mailserveren afviste log-in: 535/,
    );
    clock.advance(30_000);
    expect(await sendDueMail(db(), options)).toMatchObject({ sent: 1 });
    expect(peer.countsByMessageId().get(id as string)).toBe(1);
  });

  it("delivers every mail exactly once whatever the server does in between (property)", async () => {
    type Step =
      | { op: "enqueue"; n: number }
      | { op: "up" }
      | { op: "down" }
      | { op: "421" }
      | { op: "drop" }
      | { op: "pass" }
      | { op: "wait"; ms: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ op: fc.constant("enqueue" as const), n: fc.integer({ min: 1, max: 3 }) }),
      fc.constant({ op: "up" as const }),
      fc.constant({ op: "down" as const }),
      fc.constant({ op: "421" as const }),
      fc.constant({ op: "drop" as const }),
      fc.constant({ op: "pass" as const }),
      fc.constant({ op: "pass" as const }),
      fc.record({ op: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 20 * MINUTE }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        await db().delete(mailOutbox);
        peer.received.length = 0;
        peer.mode = "accept";
        peer.dropDuringData = 0;
        if (!peer.running) await peer.start();
        const { clock, pass } = sender();
        const sent: string[] = [];
        for (const s of steps) {
          if (s.op === "enqueue")
            sent.push(
              ...(await enqueue(
                db(),
                Array.from({ length: s.n }, () => outgoing()),
              )),
            );
          else if (s.op === "up") {
            peer.mode = "accept";
            if (!peer.running) await peer.start();
          } else if (s.op === "down") await peer.stop();
          else if (s.op === "421") peer.mode = "421";
          else if (s.op === "drop") peer.dropDuringData++;
          else if (s.op === "wait") clock.advance(s.ms);
          else await pass();
        }
        peer.mode = "accept";
        peer.dropDuringData = 0;
        if (!peer.running) await peer.start();
        for (let i = 0; i < 5; i++) {
          clock.advance(16 * MINUTE);
          await pass();
        }
        const counts = peer.countsByMessageId();
        expect([...counts.keys()].sort()).toEqual([...sent].sort());
        expect([...counts.values()].every((c) => c === 1)).toBe(true);
        const rows = await db().select().from(mailOutbox).where(eq(mailOutbox.attempts, 0));
        expect(rows).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
