import { parentPort } from "node:worker_threads";
import { ImportError } from "../../import/model.ts";
import { readForImport } from "./import-legacy-file.ts";
import { textsOf } from "./item-texts.ts";
import type { ReadAnswer, ReadRequest } from "./read-ahead.ts";

/**
 * The reader's thread: reads, parses and prepares the stored texts of one file per request,
 * in the order asked, and answers the file or why it could not be read.
 */
const port = parentPort;
if (!port) throw new Error("read-worker runs in a worker thread");
port.on("message", async ({ id, path }: ReadRequest) => {
  let answer: ReadAnswer;
  try {
    const read = await readForImport(path);
    answer = { id, read: { ...read, texts: textsOf(read.parsed) } };
  } catch (error) {
    answer =
      error instanceof ImportError
        ? { id, error: { file: error.file, reason: error.reason } }
        : { id, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  port.postMessage(answer);
});
