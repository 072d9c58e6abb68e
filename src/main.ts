import { ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { copyDemoTemplate } from "./domain/demo/demo-template.ts";
import { createLogger } from "./logger.ts";
import { FileSystemStorage } from "./storage/file-system-storage.ts";

/** The rest of Referat: loaded while the database opens. */
const loadServer = () =>
  Promise.all([
    import("./domain/demo/ensure-demo-data.ts"),
    import("./domain/mail/daily-mail-timer.ts"),
    import("./http/server.ts"),
    import("./mail/create-transport.ts"),
    import("./mail/mail-sender.ts"),
  ]);

/** Boots Referat: config, database (migrated), demo data on an empty database, HTTP server. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const storage = new FileSystemStorage(config.filesDir);
  // PGlite compiles and starts on other threads while the server's modules load here; a new
  // demo database is first copied from the one `npm ci` made today, if there is one.
  const { database: target } = config;
  const demoCopied =
    config.demo && target.kind === "pglite" && target.dataDir
      ? copyDemoTemplate({ filesDir: config.filesDir, pgliteDir: target.dataDir })
      : Promise.resolve(false);
  const opening = demoCopied.then(() => openDatabase(target));
  opening.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  const [
    { ensureDemoData },
    { startDailyMailTimer },
    { startServer },
    { createMailTransport },
    { MailSender },
  ] = await loadServer();
  const database = await opening;
  logger.info({ database: database.kind, demoCopied: await demoCopied }, "database ready");
  if (config.demo) await ensureDemoData(database.db, storage, logger);
  const server = await startServer({ db: database.db, config, logger, storage });
  logger.info({ url: server.url }, "Referat is listening");
  const dailyMail = startDailyMailTimer(database.db, logger);
  const mail = config.mail;
  const transport = mail ? createMailTransport(mail.smtp) : null;
  const mailSender =
    mail && transport
      ? new MailSender({ db: database.db, transport, from: mail.from, logger }).start()
      : null;
  if (mail) logger.info({ host: mail.smtp.host, port: mail.smtp.port }, "sending mail");
  else logger.warn("mail is not set up (REFERAT_SMTP_URL): mail waits in the outbox");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    dailyMail.stop();
    await server.close();
    await mailSender?.stop();
    transport?.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error("Referat kunne ikke starte:", error instanceof Error ? error.message : error);
  process.exit(1);
});
