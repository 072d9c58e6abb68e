import { DOMParser } from "@xmldom/xmldom";
import type { SamlAttributeNames } from "../../../config.ts";
import type { ExternalProfile } from "../sign-in-external.ts";

/** Attribute values as samlify extracts them: one value or several per attribute name. */
export type SamlAttributes = Record<string, string | string[] | undefined>;

const valuesOf = (attributes: SamlAttributes, name: string): string[] => {
  const value = attributes[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => String(v).trim()).filter((v) => v.length > 0);
};

/** The first configured name with a value; "A+B" joins A's and B's first values. */
function firstOf(attributes: SamlAttributes, names: string[]): string | null {
  for (const entry of names) {
    const parts = entry.split("+").map((name) => valuesOf(attributes, name.trim())[0] ?? "");
    const joined = parts.filter(Boolean).join(" ");
    if (joined) return joined;
  }
  return null;
}

/**
 * The privilege names in an OIO Basic Privilege Profile list (base64-encoded XML of
 * PrivilegeGroup/Privilege elements, as KOMBIT's Context Handler sends it). A value that is
 * not such a list gives none.
 */
export function privilegesIn(encoded: string): string[] {
  let xml: string;
  try {
    xml = Buffer.from(encoded, "base64").toString("utf8");
  } catch {
    return [];
  }
  if (!/PrivilegeList/.test(xml)) return [];
  let doc: Document;
  try {
    doc = new DOMParser({ errorHandler: () => {} }).parseFromString(
      xml,
      "text/xml",
    ) as unknown as Document;
  } catch {
    return [];
  }
  const nodes = doc.getElementsByTagNameNS("*", "Privilege");
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const text = nodes.item(i)?.textContent?.trim();
    if (text) out.push(text);
  }
  return out;
}

/** The person an assertion names, mapped by the configured attribute names. */
export function samlProfile(
  nameId: string,
  attributes: SamlAttributes,
  names: SamlAttributeNames,
): ExternalProfile {
  const groups = new Set<string>();
  for (const name of names.groups) for (const v of valuesOf(attributes, name)) groups.add(v);
  for (const name of names.privileges) {
    for (const v of valuesOf(attributes, name)) for (const p of privilegesIn(v)) groups.add(p);
  }
  return {
    provider: "saml",
    subject: nameId.trim(),
    name: firstOf(attributes, names.name),
    email: firstOf(attributes, names.email),
    groups: [...groups],
  };
}
