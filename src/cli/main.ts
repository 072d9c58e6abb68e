import { ConfigError } from "../config.ts";
import { cliMessages as m } from "../i18n/da/cli.ts";
import { ImportError } from "../import/model.ts";
import { UsageError } from "./usage-error.ts";

type Command = (args: string[]) => Promise<number>;

/** Loaded on demand, so `demo` does not load the PDF reader and `import` not the generator. */
const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import("./commands/import.ts")).runImport,
  demo: async () => (await import("./commands/demo.ts")).runDemo,
  render: async () => (await import("./commands/render.ts")).runRender,
  check: async () => (await import("./commands/check.ts")).runCheck,
  reindex: async () => (await import("./commands/reindex.ts")).runReindex,
  sso: async () => (await import("./commands/sso.ts")).runSso,
};

/** The `referat` command: exit 0 on success, 1 when work failed, 2 on wrong usage or config. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const asksForHelp = (arg: string) => arg === "help" || arg === "--help" || arg === "-h";
  if (!name || asksForHelp(name) || args.some(asksForHelp)) {
    console.log(m.usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`${m.unknownCommand(name)}\n\n${m.usage}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ImportError) {
      console.error(m.failed(error.message));
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(
      m.failed(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
    process.exitCode = 1;
  },
);
