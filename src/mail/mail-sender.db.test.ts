import { isNotNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { enqueue, outgoing, passOptions, testClock } from "../../test/mail-outbox.ts";
import { SmtpPeer } from "../../test/smtp-peer.ts";
import { mailOutbox } from "../db/schema/index.ts";
import { MailSender } from "./mail-sender.ts";
import { DEFAULT_LEASE_MS, type PassResult, sendDueMail } from "./send-due-mail.ts";

const database = useTestDatabase();
const db = () => database.current.db;

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

function options(clock = { now: () => new Date() }) {
  const o = passOptions(peer, clock, { backoff: () => 10 });
  closers.push(o.close);
  return o;
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const exactlyOnce = (ids: string[]) =>
  expect([...peer.countsByMessageId()].sort()).toEqual(ids.map((id) => [id, 1]).sort());

describe("MailSender", () => {
  it("stopped in the middle of a batch, hands the rest to the next sender: none lost, none twice", async () => {
    const ids = await enqueue(
      db(),
      Array.from({ length: 10 }, () => outgoing()),
    );
    let release = () => {};
    peer.holdData = new Promise<void>((r) => {
      release = r;
    });
    const first = new MailSender({ db: db(), ...options(), pollMs: 20 });
    let stopped: Promise<void> | null = null;
    peer.onDataStart = () => {
      if (stopped) return;
      stopped = first.stop();
      setTimeout(release, 50);
    };
    first.start();
    await until(() => stopped !== null);
    await stopped;
    // The mail on the wire when it stopped went out; the rest of its claim is free again.
    expect(peer.received).toHaveLength(1);
    const rows = await db().select().from(mailOutbox);
    expect(rows.filter((r) => r.sentAt).length).toBe(1);
    expect(rows.filter((r) => r.lockedUntil).length).toBe(0);

    peer.holdData = null;
    peer.onDataStart = null;
    const second = new MailSender({ db: db(), ...options(), pollMs: 20 }).start();
    await until(() => peer.received.length >= 10);
    await new Promise((r) => setTimeout(r, 100));
    await second.stop();
    exactlyOnce(ids);
  });

  it("a sender that dies holding a claim: the next one sends its mail once the lease ends", async () => {
    const ids = await enqueue(db(), [outgoing(), outgoing(), outgoing()]);
    // The dead process: it claimed the rows and never answers.
    const hung = { sendMail: () => new Promise<never>(() => {}) };
    void sendDueMail(db(), { ...options(), transport: hung });
    await until(
      async () =>
        (await db().select().from(mailOutbox).where(isNotNull(mailOutbox.lockedUntil))).length ===
        3,
    );

    const clock = testClock();
    const next = options(clock);
    expect(await sendDueMail(db(), next)).toMatchObject({ claimed: 0 });
    clock.advance(DEFAULT_LEASE_MS);
    expect(await sendDueMail(db(), next)).toMatchObject({ claimed: 3, sent: 3 });
    exactlyOnce(ids);
  });

  it("wakes soon after new mail is written instead of waiting for its next poll", async () => {
    const passes: PassResult[] = [];
    const sender = new MailSender({
      db: db(),
      ...options(),
      pollMs: 60 * 60_000,
      wakeDelayMs: 20,
      onPass: (r) => passes.push(r),
    }).start();
    await until(() => passes.length === 1);
    const ids = await enqueue(db(), [outgoing()]);
    await until(() => peer.received.length === 1, 5_000);
    await sender.stop();
    exactlyOnce(ids);
  });

  it("two senders running at once on one database never send a row twice", async () => {
    const ids = await enqueue(
      db(),
      Array.from({ length: 40 }, () => outgoing()),
    );
    const sentBy: [number, number] = [0, 0];
    const drain = async (who: 0 | 1) => {
      const o = options();
      const transport = o.transport;
      const counting = {
        sendMail: async (m: Parameters<typeof transport.sendMail>[0]) => {
          await transport.sendMail(m);
          sentBy[who]++;
        },
      };
      for (;;) {
        const r = await sendDueMail(db(), { ...o, transport: counting, batchSize: 3 });
        if (r.claimed === 0) return;
      }
    };
    await Promise.all([drain(0), drain(1)]);
    exactlyOnce(ids);
    expect(sentBy[0] + sentBy[1]).toBe(40);
    expect(sentBy[0]).toBeGreaterThan(0);
    expect(sentBy[1]).toBeGreaterThan(0);
    const sent = await db().select().from(mailOutbox).where(isNotNull(mailOutbox.sentAt));
    expect(sent).toHaveLength(40);
  });
});
