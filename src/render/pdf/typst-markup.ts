/** Typst source helpers: every piece of user text enters the source as a string literal. */

// Control characters other than tab and newline have no place in a document; nor have the
// byte order mark and noncharacters, which PDF/UA refuses.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufeff\p{Noncharacter_Code_Point}]/gu;

/**
 * A Typst string literal: shown verbatim, whatever markup characters the text holds. A tab
 * has no width in Typst; it becomes an em space, so columns pasted from Word (»Afdeling«,
 * tab, »Budget«) and a Word bullet before its text (»o«, tab) stay apart on the page and in
 * the text a reader copies or searches.
 */
export function str(text: string): string {
  const body = text
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\t/g, "\u2003");
  return `"${body}"`;
}

/** Text as markup: a string literal embedded with #. */
export const text = (value: string): string => `#${str(value)}`;

/** Content block around markup. */
export const block = (markup: string): string => `[${markup}]`;
