import { type ChildProcess, spawn } from "node:child_process";

const ROOT = new URL("..", import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `referat …` (as `npm run cli` does) on an embedded database in `dataDir`. */
export function runCli(
  args: string[],
  dataDir: string,
  onStdout?: (text: string, child: ChildProcess) => void,
): Promise<CliResult> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, REFERAT_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      onStdout?.(stdout, child);
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
