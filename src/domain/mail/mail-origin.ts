import { loadConfig } from "../../config.ts";
import { trimTrailing } from "../writing/trim-trailing.ts";

let configured: string | undefined;

/**
 * The public origin links in mails start with (REFERAT_PUBLIC_URL). Set once when the process
 * starts (createApp, the daily mail timer); until then the configuration of the environment.
 */
export function setMailOrigin(origin: string): void {
  configured = trimTrailing(origin, "/");
}

export function mailOrigin(): string {
  if (configured) return configured;
  try {
    configured = loadConfig().publicUrl;
  } catch {
    configured = "http://127.0.0.1:3000";
  }
  return configured;
}

/** An absolute link to a path of Referat, e.g. "/app/sager/12". */
export function mailLink(path: string): string {
  return `${mailOrigin()}${path}`;
}
