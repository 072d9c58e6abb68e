/**
 * `text` without the characters of `chars` at its end, in one pass: an expression such as
 * `[.!?]+$` tries every run of them in the text, and so takes quadratic time on a long one.
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
