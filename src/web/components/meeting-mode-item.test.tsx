import { describe, expect, it } from "vitest";
import type { MeetingItem } from "../../domain/meeting/meeting.types.ts";
import { textToDoc } from "../../domain/richtext/text-to-doc.ts";
import { decisionPrefill } from "./meeting-mode-item.tsx";

const itemFor = (purpose: MeetingItem["purpose"], decision: MeetingItem["decision"] = null) =>
  ({
    purpose,
    decision,
    fields: [
      {
        key: "indstilling",
        label: "Indstilling",
        public: true,
        doc: textToDoc("Direktøren indstiller,\n1. at planen godkendes"),
      },
    ],
  }) as unknown as MeetingItem;

describe("decisionPrefill", () => {
  it("offers a text by the item's purpose: noted, discussed, or the recommendation approved", () => {
    expect(decisionPrefill(itemFor("orientation"), "Udvalget")).toEqual({
      outcome: "noted",
      text: "Udvalget tog orienteringen til efterretning.",
    });
    for (const purpose of ["discussion", "theme_discussion"] as const) {
      expect(decisionPrefill(itemFor(purpose), "Udvalget")).toEqual({
        outcome: "noted",
        text: "Udvalget drøftede sagen.",
      });
    }
    expect(decisionPrefill(itemFor("decision"), "Udvalget")).toEqual({
      outcome: "decided",
      text: "Udvalget godkendte indstillingen.\n1. at planen godkendes",
    });
  });

  it("starts from the stored decision when there is one", () => {
    const stored = { outcome: "decided", text: "Udsat til næste møde." } as MeetingItem["decision"];
    expect(decisionPrefill(itemFor("discussion", stored), "Udvalget")).toEqual({
      outcome: "decided",
      text: "Udsat til næste møde.",
    });
  });
});
