import type { Db } from "../db/client.ts";
import { mailEvents } from "../domain/mail/mail-events.ts";
import {
  DEFAULT_BATCH_SIZE,
  type PassResult,
  type SendPassOptions,
  sendDueMail,
} from "./send-due-mail.ts";

export interface MailSenderOptions extends Omit<SendPassOptions, "stopping"> {
  db: Db;
  /** The time between passes when nothing is due. */
  pollMs?: number;
  /** After new mail is written, a pass runs this much later (its transaction commits first). */
  wakeDelayMs?: number;
  /** Called with every pass's result (tests and logs). */
  onPass?: (result: PassResult) => void;
}

const DEFAULT_POLL_MS = 10_000;
const DEFAULT_WAKE_DELAY_MS = 300;

/**
 * Runs sendDueMail() over and over: at once after a full batch, after pollMs otherwise, and
 * soon after this process writes new mail. stop() waits for the mail being sent, hands the rest
 * of the claimed batch back and ends the loop; rows it leaves are sent by the next sender.
 */
export class MailSender {
  readonly #options: MailSenderOptions;
  #timer: NodeJS.Timeout | null = null;
  #due = 0;
  #running: Promise<void> | null = null;
  #stopping = false;
  /** A pass wanted while one runs: the delay to use after it. */
  #afterPass: number | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(options: MailSenderOptions) {
    this.#options = options;
  }

  start(): this {
    this.#unsubscribe = mailEvents.subscribe(() => this.wake());
    this.#schedule(0);
    return this;
  }

  /** Looks for due mail soon (new mail was written). */
  wake(): void {
    this.#schedule(this.#options.wakeDelayMs ?? DEFAULT_WAKE_DELAY_MS);
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#unsubscribe?.();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** Runs a pass after delayMs; a sooner one wins over a later; during a pass, after it. */
  #schedule(delayMs: number): void {
    if (this.#stopping) return;
    if (this.#running) {
      this.#afterPass = Math.min(this.#afterPass ?? delayMs, delayMs);
      return;
    }
    const at = Date.now() + delayMs;
    if (this.#timer && this.#due <= at) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#due = at;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#running = this.#pass().then((next) => {
        this.#running = null;
        const wanted = Math.min(next, this.#afterPass ?? next);
        this.#afterPass = null;
        this.#schedule(wanted);
      });
    }, delayMs);
  }

  /** One pass; answers how long to wait before the next. */
  async #pass(): Promise<number> {
    const o = this.#options;
    try {
      const result = await sendDueMail(o.db, { ...o, stopping: () => this.#stopping });
      o.onPass?.(result);
      const full = result.claimed >= (o.batchSize ?? DEFAULT_BATCH_SIZE);
      // A full batch that went through: more may be due at once.
      if (full && result.retry === 0 && result.released === 0) return 0;
    } catch (error) {
      // The database may be away for a moment; the outbox is still there at the next poll.
      o.logger.error({ err: error }, "mail sender pass failed");
    }
    return o.pollMs ?? DEFAULT_POLL_MS;
  }
}
