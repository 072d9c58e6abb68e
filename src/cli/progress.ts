import { MultiBar } from "cli-progress";

type Log = (line: string) => void;

/**
 * Runs `work` for each item in order. On a terminal a progress bar runs on standard error and
 * lines logged by `work` print above it; elsewhere the lines go straight to standard output.
 */
export async function forEachWithProgress<T>(
  items: T[],
  label: string,
  work: (item: T, log: Log) => Promise<void>,
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
    for (const item of items) {
      await work(item, log);
      bar?.increment();
    }
  } finally {
    bars?.stop();
  }
}
