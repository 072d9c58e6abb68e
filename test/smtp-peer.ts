import type { AddressInfo, Socket } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/**
 * A real SMTP server in the test process (smtp-server), parsing what arrives with mailparser.
 * It can be down (not listening), refuse every connection with 421, drop the connection in the
 * middle of a message, and refuse chosen recipients with 550. It keeps its port across restarts.
 */
export class SmtpPeer {
  readonly received: ParsedMail[] = [];
  /** Recipients the server refuses for good. */
  readonly refuse = new Set<string>();
  /** Recipients the server asks to try again later (451). */
  readonly defer = new Set<string>();
  /** "421": every connection is refused at the greeting. */
  mode: "accept" | "421" = "accept";
  /** Connections to drop in the middle of DATA, one per message, before accepting again. */
  dropDuringData = 0;
  /** Messages to hold in DATA until released (to stop a sender mid-run). */
  holdData: Promise<void> | null = null;
  /** Called when a message reaches DATA. */
  onDataStart: (() => void) | null = null;
  readonly user = "referat";
  readonly pass = "hemmelig kode";
  #server: SMTPServer | null = null;
  #port = 0;

  get port(): number {
    return this.#port;
  }

  /** The REFERAT_SMTP_URL for this server, credentials included (or another password). */
  url(password = this.pass): string {
    return `smtp://${this.user}:${encodeURIComponent(password)}@127.0.0.1:${this.#port}`;
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      closeTimeout: 100,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.user && auth.password === this.pass)
          return callback(null, { user: auth.username });
        callback(withCode(new Error("Invalid username or password"), 535));
      },
      onConnect: (_session, callback) => {
        if (this.mode === "421")
          return callback(withCode(new Error("Service not available, try later"), 421));
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.refuse.has(address.address))
          return callback(withCode(new Error(`<${address.address}>: User unknown`), 550));
        if (this.defer.has(address.address))
          return callback(withCode(new Error("Mailbox busy, try again later"), 451));
        callback();
      },
      onData: (stream, session, callback) => this.#onData(server, stream, session, callback),
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject);
      server.listen(this.#port, "127.0.0.1", () => resolve());
    });
    this.#port = (server.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening and cuts open connections; start() listens on the same port again. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get running(): boolean {
    return this.#server !== null;
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.received) {
      const id = mail.messageId ?? "";
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  #onData(
    server: SMTPServer,
    stream: NodeJS.ReadableStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ) {
    this.onDataStart?.();
    if (this.dropDuringData > 0) {
      this.dropDuringData--;
      stream.once("data", () => socketOf(server, session)?.destroy());
      stream.on("data", () => {});
      return;
    }
    const held = this.holdData;
    simpleParser(stream as never)
      .then(async (mail) => {
        if (held) await held;
        this.received.push(mail);
        callback();
      })
      .catch((error: Error) => callback(error));
  }
}

function withCode(error: Error, responseCode: number): Error {
  return Object.assign(error, { responseCode });
}

/** The socket of the connection holding this session (smtp-server keeps its connections). */
function socketOf(server: SMTPServer, session: SMTPServerSession): Socket | undefined {
  const connections = (
    server as unknown as { connections: Set<{ session: unknown; _socket: Socket }> }
  ).connections;
  for (const c of connections) if (c.session === session) return c._socket;
  return undefined;
}
