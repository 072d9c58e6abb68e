import { parentPort } from "node:worker_threads";
import { ImportError } from "../../import/model.ts";
import type { ReadAnswer, ReadRequest } from "./read-ahead.ts";
import { prepareForImport } from "./read-for-import.ts";

/**
 * The reader's thread: reads, parses and prepares the stored texts of one file per request,
 * in the order asked, and answers the file (as JSON text, which crosses threads as one copy
 * and is parsed faster than a cloned object graph) or why it could not be read.
 */
const port = parentPort;
if (!port) throw new Error("read-worker runs in a worker thread");
port.on("message", async ({ id, path }: ReadRequest) => {
  let answer: ReadAnswer;
  try {
    const { texts, ...read } = await prepareForImport(path);
    answer = { id, read: JSON.stringify(read), texts };
  } catch (error) {
    answer =
      error instanceof ImportError
        ? { id, error: { file: error.file, reason: error.reason } }
        : { id, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  // The texts' bytes move to the other thread instead of being copied.
  const moved = "texts" in answer ? [answer.texts.fields, answer.texts.decisions] : [];
  port.postMessage(
    answer,
    moved.map((bytes) => bytes.buffer as ArrayBuffer),
  );
});
