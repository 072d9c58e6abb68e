import type { PmNode } from "../richtext/doc.ts";
import { trimTrailing } from "./trim-trailing.ts";

export interface LinkInText {
  text: string;
  href: string;
  /** Offset of the link text in the block's text. */
  offset: number;
  /** Its text does not say where it leads: "her", "link", "læs mere", or the URL itself. */
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

function isVague(text: string, href: string): boolean {
  const spoken = text.toLowerCase().replace(/\s+/g, " ").trim();
  const said = trimTrailing(spoken, ".:!?,;");
  const bare = (url: string) =>
    url
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:)/, "")
      .replace(/\/$/, "");
  return VAGUE.has(said) || URL_TEXT.test(said) || (said !== "" && bare(said) === bare(href));
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
