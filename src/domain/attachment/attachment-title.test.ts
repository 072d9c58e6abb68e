import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultAttachmentTitle } from "./attachment-title.ts";

describe("the title a bilag gets from its file name", () => {
  it("reads as the file name a person would have written", () => {
    expect(defaultAttachmentTitle("Tilstandsrapport_raadhustag.pdf")).toBe(
      "Tilstandsrapport raadhustag",
    );
    expect(defaultAttachmentTitle("Budget-2026-oversigt.pdf")).toBe("Budget 2026 oversigt");
    expect(defaultAttachmentTitle("Bilag 1 - Økonomi.pdf")).toBe("Bilag 1 - Økonomi");
    expect(defaultAttachmentTitle("Notat_om_ny-vej.docx")).toBe("Notat om ny vej");
    expect(defaultAttachmentTitle(".pdf")).toBe(".pdf");
  });

  it("is never empty, has no underscores, and keeps hyphens only between spaced words", () => {
    const name = fc.stringMatching(/^[a-zæøå0-9 _.-]{1,30}$/);
    fc.assert(
      fc.property(name, (fileName) => {
        fc.pre(fileName.trim() !== "");
        const title = defaultAttachmentTitle(fileName);
        expect(title.length).toBeGreaterThan(0);
        // A name of separators only keeps itself rather than become an empty title.
        if (title === fileName.trim()) return;
        expect(title).not.toMatch(/\s{2}/);
        expect(title).not.toContain("_");
        if (!/\s/.test(fileName.replace(/\.[a-z0-9]{1,6}$/, ""))) expect(title).not.toContain("-");
      }),
    );
  });
});
