import { type ParseArgsConfig, parseArgs } from "node:util";
import { cliMessages as m } from "../i18n/da/cli.ts";
import { UsageError } from "./usage-error.ts";

/** parseArgs' English message in Danish, naming the option it is about. */
function danishParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = (/'([^']+)'/.exec(message)?.[1] ?? "").split(" ")[0] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return m.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return m.optionNeedsValue(option);
  return m.badOption(message);
}

/** node:util parseArgs with Danish errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${danishParseError(error)}\n\n${m.usage}`);
  }
}

export function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(m.notANumber(option));
  return n;
}
