import { parentPort } from "node:worker_threads";
import { type ViewerAnswer, type ViewerCall, ViewerPool } from "./sse-viewers.ts";

/** The viewers' side of a worker thread: runs a ViewerPool's calls as they come. */
const pool = new ViewerPool();
const port = parentPort;
port?.on("message", async (call: ViewerCall) => {
  const answer = (a: Omit<ViewerAnswer, "id">) => port.postMessage({ id: call.id, ...a });
  try {
    if (call.op === "open") answer({ result: await pool.open(call.url, call.cookies) });
    else if (call.op === "arrivals") {
      answer({ result: await pool.arrivals(call.version, call.timeoutMs) });
    } else {
      await pool.close();
      answer({});
      port.close();
    }
  } catch (error) {
    answer({ error: error instanceof Error ? error.message : String(error) });
  }
});
