import { MultiBar } from "cli-progress";

type Log = (line: string) => void;

/**
 * Runs `work` with a progress over `total` items: `advance(n)` moves it on by n items. On a
 * terminal a progress bar runs on standard error and lines logged by `work` print above it;
 * elsewhere the lines go straight to standard output.
 */
export async function withProgress(
  total: number,
  label: string,
  work: (log: Log, advance: (n: number) => void) => Promise<void>,
): Promise<void> {
  const tty = total > 1 && process.stderr.isTTY;
  const bars = tty
    ? new MultiBar({
        format: `${label} [{bar}] {value}/{total} filer`,
        stream: process.stderr,
        hideCursor: true,
      })
    : null;
  const bar = bars?.create(total, 0);
  const log: Log = bars ? (line) => bars.log(`${line}\n`) : (line) => console.log(line);
  try {
    await work(log, (n) => bar?.increment(n));
  } finally {
    bars?.stop();
  }
}
