/**
 * An e-mail address as people type it: a local part, "@" and a domain of one or more dotted
 * labels, none empty ("anne@kommune.dk", not "anne@kommune" or "anne@kommune..dk"), at most
 * 254 characters. The one rule for addresses people are reached at: users and roster members.
 */
const ADDRESS = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;

export const isEmailAddress = (text: string): boolean => text.length <= 254 && ADDRESS.test(text);
