import {
  AlignmentType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LevelFormat,
  type NumberingDefinition,
} from "docx";

/** Word allows nine list levels (0-8); deeper lists stay at the last one. */
export const MAX_LIST_LEVEL = 8;
/** Indentation of one list or quote level, in twips (0.635 cm). */
export const INDENT_STEP = 360;

export const BULLET_LIST = "bullet-list";
export const ORDERED_LIST = "ordered-list";

const FONT = "Calibri";

/**
 * A heading style of our own: id "Heading1", name "heading 1" (the name Word and LibreOffice
 * recognise as the built-in heading) and an explicit outline level, so the navigation pane, the
 * table of contents and a tagged PDF export all see the heading.
 */
function heading(level: number, size: number, italics = false): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    uiPriority: 9,
    run: { font: FONT, size, bold: true, italics, color: "1F3864" },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { before: level <= 2 ? 360 : 240, after: 120 },
    },
  };
}

/** Word's built-in header and footer styles: small and grey. */
const pageEdge = (id: string, name: string): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: "Normal",
  run: { size: 18, color: "595959" },
  paragraph: { spacing: { after: 0 } },
});

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: "da-DK" } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
  },
  paragraphStyles: [
    heading(1, 36),
    heading(2, 28),
    heading(3, 24),
    heading(4, 22),
    heading(5, 22, true),
    heading(6, 22, true),
    {
      // Word's own style for a table of contents' title: looks like a heading, is not one.
      id: "TOCHeading",
      name: "TOC Heading",
      basedOn: "Normal",
      next: "Normal",
      run: { font: FONT, size: 28, bold: true, color: "1F3864" },
      paragraph: { keepNext: true, spacing: { before: 360, after: 120 } },
    },
    pageEdge("Header", "header"),
    pageEdge("Footer", "footer"),
  ],
};

const levels = (format: "bullet" | "ordered") =>
  Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: format === "bullet" ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === "bullet" ? (["•", "–", "▪"][level % 3] as string) : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP } },
    },
  }));

/** An ordered list that starts at another number than 1 ("3. at …" after a page break). */
export function orderedListFrom(start: number): NumberingDefinition {
  return {
    reference: `${ORDERED_LIST}-${start}`,
    levels: levels("ordered").map((level) => ({ ...level, start })),
  };
}

export const numbering: INumberingOptions = {
  config: [
    { reference: BULLET_LIST, levels: levels("bullet") },
    { reference: ORDERED_LIST, levels: levels("ordered") },
  ],
};
