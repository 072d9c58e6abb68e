import { mailMessages } from "../../i18n/da/mail.ts";
import { mailLink } from "./mail-origin.ts";

const m = mailMessages;

/** One paragraph of a mail with an optional link after it. */
export interface MailBlock {
  text: string;
  link?: { href: string; label: string };
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Line breaks and other control characters have no place in a subject or a one-line text. */
function oneLine(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

/**
 * A plain-text and a simple, accessible HTML mail (lang="da", a title, paragraphs and a list,
 * links with their own text) saying the same; everything put in is escaped. `list` is shown as
 * a bulleted list after the blocks (the digest).
 */
export function composeMail(input: {
  subject: string;
  recipientName: string;
  blocks: readonly MailBlock[];
  list?: readonly MailBlock[];
  /** The footer about mail preferences (notification mails; not account mails). */
  preferencesFooter?: boolean;
}): ComposedMail {
  const subject = oneLine(input.subject);
  const greeting = oneLine(m.greeting(input.recipientName));
  const prefs = mailLink("/app/indstillinger");
  const textParts: string[] = [greeting];
  const htmlParts: string[] = [`<p>${escapeHtml(greeting)}</p>`];
  const linkHtml = (link: NonNullable<MailBlock["link"]>) =>
    `<a href="${escapeHtml(link.href)}">${escapeHtml(oneLine(link.label))}</a>`;
  for (const block of input.blocks) {
    const line = oneLine(block.text);
    textParts.push(block.link ? `${line}\n${block.link.label}: ${block.link.href}` : line);
    htmlParts.push(`<p>${escapeHtml(line)}</p>`);
    if (block.link) htmlParts.push(`<p>${linkHtml(block.link)}</p>`);
  }
  if (input.list && input.list.length > 0) {
    textParts.push(
      input.list.map((b) => `- ${oneLine(b.text)}${b.link ? `\n  ${b.link.href}` : ""}`).join("\n"),
    );
    const items = input.list.map(
      (b) => `<li>${escapeHtml(oneLine(b.text))}${b.link ? ` ${linkHtml(b.link)}` : ""}</li>`,
    );
    htmlParts.push(`<ul>${items.join("")}</ul>`);
  }
  textParts.push(m.signature);
  htmlParts.push(`<p>${m.signature.split("\n").map(escapeHtml).join("<br>")}</p>`);
  if (input.preferencesFooter) {
    textParts.push(`--\n${m.preferencesFooter(prefs)}`);
    htmlParts.push(
      `<hr><p><small>${escapeHtml(m.preferencesFooterLead)} ${linkHtml({ href: prefs, label: m.preferencesFooterLink })}</small></p>`,
    );
  }
  const html = [
    "<!DOCTYPE html>",
    '<html lang="da">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">',
    ...htmlParts,
    "</body>",
    "</html>",
  ].join("\n");
  return { subject, text: `${textParts.join("\n\n")}\n`, html };
}
