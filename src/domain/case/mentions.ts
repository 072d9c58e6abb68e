import { trimTrailing } from "../writing/trim-trailing.ts";

/** "@anne@kommune.dk" in a comment: the e-mail addresses mentioned, lower-cased, once each. */
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([^\s@<>()[\]"',;:!?]+@[^\s@<>()[\]"',;:!?]+)/gu;

export function mentionedEmails(body: string): string[] {
  const emails = [...body.matchAll(MENTION)].map((m) => trimTrailing(m[1] ?? "", "."));
  return [
    ...new Set(emails.filter((e) => /^[^@]+@[^@]+\.[^@.]+$/.test(e)).map((e) => e.toLowerCase())),
  ];
}
