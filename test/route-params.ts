import type { Furniture, RouteWorld, Tag } from "./route-world.ts";

/**
 * Filling a route's path pattern (`/app/moeder/:id/afvikling/punkt/:itemId/…`) with values:
 * what each parameter names is read from the pattern (its name, or the segment before it), so
 * a new route is filled without being listed anywhere.
 */

type ObjectKey = Exclude<keyof Furniture, "facts">;

export type Slot =
  | { name: string; object: ObjectKey; alts: ObjectKey[] }
  | { name: string; literal: (world: RouteWorld) => string; fixed: boolean };

export type InputKind =
  | "valid"
  | "alt"
  | "otherCommittee"
  | "otherOrganisation"
  | "mixedCommittee"
  | "nonNumeric"
  | "negative"
  | "huge"
  | "noCsrf"
  | "foreignOrigin"
  | "truncated"
  | "emptyForm";

export const BAD_VALUES = {
  nonNumeric: "abc",
  negative: "-1",
  huge: "99999999999999999999",
} as const;

/** One way of filling a route: the path, and which committee's object each parameter names. */
export interface Variant {
  kind: InputKind;
  path: string;
  /** The parameter this variant is about (alt, mixed and bad values). */
  param?: string;
  /** Object parameters: the object and the committee it belongs to. */
  objects: { name: string; object: ObjectKey; tag: Tag }[];
}

const BY_NAME: Record<string, ObjectKey> = {
  themeId: "theme",
  participantId: "participant",
  voteId: "vote",
  noteId: "note",
  userId: "colleague",
  attachmentId: "draftBilag",
  place: "openNumber",
  slug: "slug",
  membershipId: "rosterMembership",
};

const BY_SEGMENT: Record<string, ObjectKey> = {
  moeder: "meeting",
  sager: "draftCase",
  udvalg: "committee",
  bilag: "closedBilag",
  punkter: "openItem",
  punkt: "openItem",
  kommentarer: "comment",
  opfoelgning: "followUp",
  brugere: "colleague",
  "faste-punkter": "standing",
};

/** Other valid values in committee A worth a request of their own. */
const ALTS: Partial<Record<ObjectKey, ObjectKey[]>> = {
  meeting: ["decided"],
  draftCase: ["submittedCase"],
  closedBilag: ["draftBilag"],
};

function slotOf(name: string, before: string, segments: string[]): Slot {
  if (name === "filename") return { name, literal: () => "bilag.png", fixed: true };
  if (name === "action") return { name, literal: () => "loes", fixed: false };
  if (name === "year" || name === "aar") return { name, literal: () => "2025", fixed: false };
  if (name === "n") return { name, literal: () => "1", fixed: false };
  if (name === "file") {
    const calendar = segments.includes("kalender");
    return {
      name,
      literal: (w) => (calendar ? `${w.calendarToken}.ics` : "dokument.pdf"),
      fixed: false,
    };
  }
  const object = BY_NAME[name] ?? (before === "faste-punkter" ? "standing" : BY_SEGMENT[before]);
  if (object) return { name, object, alts: ALTS[object] ?? [] };
  // A parameter nobody has taught the test: filled with 1, still tried with bad values.
  return { name, literal: () => "1", fixed: false };
}

/** The parameters of a Hono path pattern, in order, with what each names. */
export function slotsOf(pattern: string): { segments: string[]; slots: Map<number, Slot> } {
  const segments = pattern.split("/");
  const slots = new Map<number, Slot>();
  segments.forEach((segment, i) => {
    if (!segment.startsWith(":")) return;
    const name = segment.slice(1).replace(/\{.*$/, "").replace(/\?$/, "");
    slots.set(i, slotOf(name, segments[i - 1] ?? "", segments));
  });
  return { segments, slots };
}

/** Every filling of the pattern the test tries (CSRF, origin and body variants come on top). */
export function variantsOf(pattern: string, world: RouteWorld): Variant[] {
  const { segments, slots } = slotsOf(pattern);
  const fill = (
    choose: (i: number, slot: Slot) => { value: string; tag?: Tag; object?: ObjectKey },
  ) => {
    const objects: Variant["objects"] = [];
    const parts = segments.map((segment, i) => {
      const slot = slots.get(i);
      if (!slot) return segment;
      const { value, tag, object } = choose(i, slot);
      if (tag && object) objects.push({ name: slot.name, object, tag });
      return value;
    });
    return { path: parts.join("/"), objects };
  };
  const value = (slot: Slot, tag: Tag, object?: ObjectKey) =>
    "object" in slot
      ? {
          value: String(world.furniture[tag][object ?? slot.object]),
          tag,
          object: object ?? slot.object,
        }
      : { value: slot.literal(world) };
  const all = [...slots.entries()];
  const objectSlots = all.filter(([, s]) => "object" in s);
  const out: Variant[] = [{ kind: "valid", ...fill((_, s) => value(s, "A")) }];
  for (const [i, slot] of objectSlots) {
    if (!("object" in slot)) continue;
    for (const alt of slot.alts) {
      out.push({
        kind: "alt",
        param: slot.name,
        ...fill((j, s) => value(s, "A", j === i ? alt : undefined)),
      });
    }
  }
  if (objectSlots.length > 0) {
    out.push({ kind: "otherCommittee", ...fill((_, s) => value(s, "B")) });
    out.push({ kind: "otherOrganisation", ...fill((_, s) => value(s, "X")) });
  }
  if (objectSlots.length > 1) {
    for (const [i, slot] of objectSlots) {
      out.push({
        kind: "mixedCommittee",
        param: slot.name,
        ...fill((j, s) => value(s, j === i ? "B" : "A")),
      });
    }
  }
  for (const [i, slot] of all) {
    if ("fixed" in slot && slot.fixed) continue;
    for (const [kind, bad] of Object.entries(BAD_VALUES) as [keyof typeof BAD_VALUES, string][]) {
      const filled = fill((j, s) => (j === i ? { value: bad } : value(s, "A")));
      out.push({ kind, param: slot.name, ...filled });
    }
  }
  return out;
}
