import { type DestinationStream, type LevelWithSilent, type Logger, pino } from "pino";

export type { Logger };

/**
 * Creates the process logger. Passwords, cookies and authorization headers are redacted
 * wherever they might appear in a logged object.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "referat" },
    redact: {
      paths: [
        "password",
        "*.password",
        "cookie",
        "*.cookie",
        "headers.cookie",
        "headers.authorization",
        "*.headers.cookie",
        "*.headers.authorization",
      ],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
