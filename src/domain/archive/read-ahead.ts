import { Worker } from "node:worker_threads";
import { ImportError } from "../../import/model.ts";
import type { FailedFile } from "./import-legacy-files.ts";
import type { MinutesTexts } from "./item-texts.ts";
import { type PreparedFile, prepareForImport, type ReadFile } from "./read-for-import.ts";

export interface ReadRequest {
  id: number;
  path: string;
}
export type ReadAnswer =
  /** `read` is a ReadFile as JSON. */
  | { id: number; read: string; texts: MinutesTexts }
  | { id: number; error: { file: string; reason: string } | { message: string } };

/** Reads files in order, ahead of the caller, on a thread of its own. */
export interface ReadAhead {
  /** The next file, in the order of the paths: read, or failed with nothing stored. */
  next(): Promise<PreparedFile | FailedFile>;
  close(): Promise<void>;
}

/** Files asked for ahead of the one taken: keeps the thread busy, and memory bounded. */
const WINDOW = 64;

/**
 * Reads, parses and prepares the texts of `paths` on a worker thread, up to WINDOW files ahead
 * of the caller, so that parsing the next files overlaps storing the last ones. Should the
 * thread fail, the files not yet answered are read on this thread.
 */
export function readAhead(
  paths: string[],
  window = WINDOW,
  start: () => Worker = startReadWorker,
): ReadAhead {
  const pending = new Map<number, (answer: PreparedFile | FailedFile) => void>();
  const answers: Promise<PreparedFile | FailedFile>[] = [];
  let worker: Worker | null = start();
  let taken = 0;

  worker.on("message", (answer: ReadAnswer) => {
    const resolve = pending.get(answer.id);
    pending.delete(answer.id);
    if (!resolve) return;
    if ("error" in answer) resolve(failed(paths[answer.id] as string, answer.error));
    else resolve({ ...(JSON.parse(answer.read) as ReadFile), texts: answer.texts });
  });
  const lost = () => {
    worker = null;
    for (const [id, resolve] of pending) void readHere(paths[id] as string).then(resolve);
    pending.clear();
  };
  worker.on("error", lost);
  worker.on("exit", lost);

  const ask = (id: number) => {
    const path = paths[id] as string;
    answers[id] = new Promise((resolve) => {
      if (!worker) return void readHere(path).then(resolve);
      pending.set(id, resolve);
      worker.postMessage({ id, path } satisfies ReadRequest);
    });
  };

  return {
    next() {
      if (taken >= paths.length) throw new Error("readAhead: no more files");
      for (let id = answers.length; id < Math.min(paths.length, taken + window); id++) ask(id);
      return answers[taken++] as Promise<PreparedFile | FailedFile>;
    },
    async close() {
      const closing = worker;
      worker = null;
      pending.clear(); // files asked for but no longer wanted are not read here instead
      await closing?.terminate();
    },
  };
}

/** The reader's thread; it loads TypeScript through tsx when this module is TypeScript. */
export function startReadWorker(): Worker {
  const target = new URL(`./read-worker${extension(import.meta.url)}`, import.meta.url).href;
  const load =
    extension(import.meta.url) === ".ts"
      ? `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`
      : `import(${JSON.stringify(target)});`;
  return new Worker(load, { eval: true });
}

const extension = (url: string) => url.slice(url.lastIndexOf("."));

async function readHere(path: string): Promise<PreparedFile | FailedFile> {
  try {
    return await prepareForImport(path);
  } catch (error) {
    return { file: path, stage: "read", error };
  }
}

function failed(
  file: string,
  error: { file: string; reason: string } | { message: string },
): FailedFile {
  const cause =
    "reason" in error ? new ImportError(error.file, error.reason) : new Error(error.message);
  return { file, stage: "read", error: cause };
}
