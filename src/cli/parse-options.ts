import { type ParseArgsConfig, parseArgs } from "node:util";
import { cliMessages as m } from "../i18n/da/cli.ts";
import { UsageError } from "./usage-error.ts";

/** node:util parseArgs with Danish errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(m.badOption(error instanceof Error ? error.message : String(error)));
  }
}

export function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(m.notANumber(option));
  return n;
}
