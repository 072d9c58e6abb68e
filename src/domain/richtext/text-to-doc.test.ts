import { describe, expect, it } from "vitest";
import { docToText } from "./doc-to-text.ts";
import { textToDoc } from "./text-to-doc.ts";

describe("textToDoc", () => {
  it("turns blank-line separated text into paragraphs", () => {
    const doc = textToDoc("Første afsnit.\n\nAndet afsnit.");
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("recognises a recommendation as an ordered list after its lead-in", () => {
    const doc = textToDoc(
      "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referatet godkendes",
    );
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "orderedList"]);
    expect(doc.content[1]?.content).toHaveLength(2);
  });

  it("nests indented bullets under the previous item", () => {
    const doc = textToDoc("- Kobling til data:\n - Vridsløse?\n - Coop Byen?\n- Gode eksempler");
    const list = doc.content[0];
    expect(list?.type).toBe("bulletList");
    expect(list?.content).toHaveLength(2);
    expect(list?.content?.[0]?.content?.[1]?.type).toBe("bulletList");
  });

  it("reads ' | ' rows as a table with a header row", () => {
    const doc = textToDoc("Område | Beløb\nSkole | 100\nÆldre | 200");
    const table = doc.content[0];
    expect(table?.type).toBe("table");
    expect(table?.content?.[0]?.content?.[0]?.type).toBe("tableHeader");
    expect(table?.content?.[1]?.content?.[0]?.type).toBe("tableCell");
  });

  it("round-trips through docToText", () => {
    const text =
      "Indledning.\n\n1. at punktet drøftes\n2. at det godkendes\n\n- a\n - b\n\nSkole | 100\nÆldre | 200";
    expect(docToText(textToDoc(text))).toBe(text);
  });

  it("gives an empty document for empty text", () => {
    expect(textToDoc("  \n\n ").content).toEqual([]);
  });
});
