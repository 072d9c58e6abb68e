import type { PmNode } from "../richtext/doc.ts";
import { trimTrailing } from "./trim-trailing.ts";

export interface LinkInText {
  text: string;
  href: string;
  /** Offset of the link text in the block's text. */
  offset: number;
  /**
   * Its text does not say where it leads: "her", "link", "læs mere", or a web address with a
   * path (read out character by character). A bare domain (www.albertslund.dk) or an e-mail
   * address as the text of its own link says where it leads, and is fine.
   */
  vague: boolean;
}

const VAGUE = new Set([
  "her",
  "klik her",
  "tryk her",
  "se her",
  "læs her",
  "læs mere",
  "link",
  "linket",
  "klik",
  "mere",
  "læs mere her",
  "se mere",
  "her:",
]);
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/** The address without protocol, `www.` and a closing slash: what a reader sees of it. */
const shownAddress = (url: string) =>
  url
    .toLowerCase()
    .replace(/^(?:https?:\/\/|mailto:)/, "")
    .replace(/^www\./, "")
    .replace(/\/$/, "");

function isVague(text: string, href: string): boolean {
  const spoken = text.toLowerCase().replace(/\s+/g, " ").trim();
  const said = trimTrailing(spoken, ".:!?,;");
  if (VAGUE.has(said)) return true;
  const address = shownAddress(said);
  const isAddress = URL_TEXT.test(said) || (said !== "" && address === shownAddress(href));
  return isAddress && /[/?#]/.test(address);
}

/** The links of a paragraph or heading: neighbouring text with the same link mark is one link. */
export function findLinks(block: PmNode): LinkInText[] {
  const links: LinkInText[] = [];
  let offset = 0;
  let current = null as LinkInText | null;
  for (const node of block.content ?? []) {
    const text = node.type === "text" ? (node.text ?? "") : node.type === "hardBreak" ? "\n" : "";
    const href = node.marks?.find((mark) => mark.type === "link")?.attrs?.href;
    if (href !== undefined && current?.href === href) current.text += text;
    else {
      current = href === undefined ? null : { text, href, offset, vague: false };
      if (current) links.push(current);
    }
    offset += text.length;
  }
  for (const link of links) link.vague = isVague(link.text, link.href);
  return links;
}
