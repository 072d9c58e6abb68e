/** The longest title a bilag may have. */
export const MAX_TITLE_LENGTH = 200;

/**
 * The title a bilag gets when no one has given it one: its file name without the extension,
 * underscores made spaces, whitespace collapsed (»Tilstandsrapport_raadhustag.pdf« becomes
 * »Tilstandsrapport raadhustag«). Hyphens become spaces too when the name has no spaces
 * (»Budget-2026-oversigt.pdf«), and are kept when it has (»Bilag 1 - Økonomi.pdf«). The
 * migration that added titles applies the same rule in SQL to the bilag stored before.
 */
export function defaultAttachmentTitle(fileName: string): string {
  const withoutExtension = fileName.replace(/(.)\.[A-Za-z][A-Za-z0-9]{0,5}$/, "$1");
  const separators = /\s/.test(withoutExtension) ? /_/g : /[_-]/g;
  const title = withoutExtension.replace(separators, " ").replace(/\s+/g, " ").trim();
  return title === "" ? fileName.trim() : title.slice(0, MAX_TITLE_LENGTH);
}

/** A title as typed: whitespace collapsed; null when empty or too long. */
export function cleanAttachmentTitle(raw: string): string | null {
  const title = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  return title === "" || title.length > MAX_TITLE_LENGTH ? null : title;
}
