import { Agent, type IncomingMessage, request } from "node:http";
import { Worker } from "node:worker_threads";

/** Wall-clock time in ms with sub-ms precision, comparable between threads of one process. */
export const now = (): number => performance.timeOrigin + performance.now();

/** Streams opened at once while connecting: the viewers arrive as a crowd, not all in one tick. */
const CONNECTING_AT_ONCE = 50;

/**
 * Live-view watchers: one real HTTP connection to the server-sent events per viewer, each
 * parsing `event:`/`data:` blocks. After `ready`, every `decision` event's arrival is noted
 * by the decision's version, so the caller can ask when version v reached each viewer.
 */
export interface Viewers {
  /** Opens a stream per cookie (a cookie may repeat); resolves when all have had `ready`. */
  open(url: string, cookies: string[]): Promise<void>;
  /** When the decision with `version` arrived at each viewer (ms, see now()), once all have it. */
  arrivals(version: number, timeoutMs: number): Promise<number[]>;
  close(): Promise<void>;
}

export class ViewerPool implements Viewers {
  readonly #agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  readonly #responses: IncomingMessage[] = [];
  readonly #arrived = new Map<number, number[]>();
  readonly #waiting = new Map<number, () => void>();
  #count = 0;
  #closing = false;
  #failure: Error | null = null;
  #fail: (error: Error) => void = () => {};

  async open(url: string, cookies: string[]): Promise<void> {
    this.#count = cookies.length;
    const failed = new Promise<never>((_, reject) => {
      this.#fail = (error) => {
        this.#failure ??= error;
        reject(error);
      };
    });
    failed.catch(() => {});
    const queue = [...cookies];
    const connectNext = async (): Promise<void> => {
      for (let cookie = queue.shift(); cookie !== undefined; cookie = queue.shift()) {
        await this.#connect(url, cookie);
      }
    };
    await Promise.race([
      Promise.all(Array.from({ length: CONNECTING_AT_ONCE }, connectNext)),
      failed,
    ]);
  }

  /** One viewer: resolves at its `ready`, fails the pool when its stream breaks. */
  #connect(url: string, cookie: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        agent: this.#agent,
        headers: { cookie, accept: "text/event-stream" },
      });
      req.on("error", (error) => {
        if (!this.#closing) this.#fail(error);
        reject(error);
      });
      req.on("response", (res) => {
        if (res.statusCode !== 200) {
          const error = new Error(`${url}: status ${res.statusCode}`);
          this.#fail(error);
          res.resume();
          return reject(error);
        }
        this.#responses.push(res);
        res.setEncoding("utf8");
        let buffer = "";
        let ready = false;
        res.on("data", (chunk: string) => {
          const at = now();
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = "message";
            let data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) event = line.slice(6).trim();
              else if (line.startsWith("data:")) data += line.slice(5).replace(/^ /, "");
            }
            if (event === "ready" && !ready) {
              ready = true;
              resolve();
            } else if (event === "decision" && ready) {
              this.#arrive((JSON.parse(data) as { version: number }).version, at);
            }
          }
        });
        res.on("end", () => {
          if (!this.#closing) this.#fail(new Error(`${url}: the server ended a stream`));
        });
        res.on("error", () => {});
      });
      req.end();
    });
  }

  #arrive(version: number, at: number) {
    const times = this.#arrived.get(version) ?? [];
    this.#arrived.set(version, times);
    times.push(at);
    if (times.length === this.#count) this.#waiting.get(version)?.();
  }

  async arrivals(version: number, timeoutMs: number): Promise<number[]> {
    if (this.#failure) throw this.#failure;
    const times = () => this.#arrived.get(version) ?? [];
    if (times().length < this.#count) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`version ${version}: ${times().length} of ${this.#count} viewers got it`),
            ),
          timeoutMs,
        );
        this.#waiting.set(version, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.#waiting.delete(version);
    }
    return times();
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const res of this.#responses) res.destroy();
    this.#agent.destroy();
  }
}

/** Messages between the bench and viewers in a worker thread: a call and its answer. */
export type ViewerCall =
  | { id: number; op: "open"; url: string; cookies: string[] }
  | { id: number; op: "arrivals"; version: number; timeoutMs: number }
  | { id: number; op: "close" };
export type ViewerAnswer = { id: number; result?: unknown; error?: string };

/**
 * The viewers in a worker thread of their own: their parsing and timing then runs on its own
 * event loop instead of queueing behind the server's writes (and delaying them).
 */
export function viewersInWorker(): Viewers {
  const target = new URL("./sse-viewers-worker.ts", import.meta.url).href;
  // The worker loads TypeScript through tsx, as the bench itself runs.
  const worker = new Worker(
    `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`,
    { eval: true },
  );
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on("message", (answer: ViewerAnswer) => {
    const call = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.error !== undefined) call?.reject(new Error(answer.error));
    else call?.resolve(answer.result);
  });
  worker.on("error", (error) => {
    for (const call of pending.values()) call.reject(error);
  });
  const call = <T>(message: DistributiveOmit<ViewerCall, "id">) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, ...message });
    });
  return {
    open: (url, cookies) => call<void>({ op: "open", url, cookies }),
    arrivals: (version, timeoutMs) => call<number[]>({ op: "arrivals", version, timeoutMs }),
    close: async () => {
      await call<void>({ op: "close" });
      await worker.terminate();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
