import { MultiBar } from "cli-progress";

type Log = (line: string) => void;

/**
 * Runs `work` for consecutive chunks of `items`, in order; `sizeOf(n)` is the size of chunk
 * n (from 0). On a terminal a progress bar runs on standard error and lines logged by `work`
 * print above it; elsewhere the lines go straight to standard output.
 */
export async function forChunksWithProgress<T>(
  items: T[],
  sizeOf: (chunk: number) => number,
  label: string,
  work: (chunk: T[], log: Log) => Promise<void>,
): Promise<void> {
  const tty = items.length > 1 && process.stderr.isTTY;
  const bars = tty
    ? new MultiBar({
        format: `${label} [{bar}] {value}/{total} filer`,
        stream: process.stderr,
        hideCursor: true,
      })
    : null;
  const bar = bars?.create(items.length, 0);
  const log: Log = bars ? (line) => bars.log(`${line}\n`) : (line) => console.log(line);
  try {
    for (let start = 0, n = 0; start < items.length; n++) {
      const chunk = items.slice(start, start + Math.max(1, sizeOf(n)));
      await work(chunk, log);
      bar?.increment(chunk.length);
      start += chunk.length;
    }
  } finally {
    bars?.stop();
  }
}
