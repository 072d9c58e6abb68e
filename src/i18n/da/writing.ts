/** A heading level by the name the editor's buttons give it; deeper ones (pasted) by number. */
export const headingName = (level: number) =>
  level <= 1 ? "Overskrift" : level === 2 ? "Underoverskrift" : `Overskrift ${level}`;

/** Writing checks for case authors: readability (LIX), spelling and accessibility. */
export const writingMessages = {
  /** The standard Danish LIX scale. */
  lixScale: {
    veryEasy: "meget let",
    easy: "let",
    medium: "middel",
    hard: "svær",
    veryHard: "meget svær",
  },
  rules: {
    "fake-heading": (text: string) =>
      `“${text}” ligner en overskrift, men er kun fremhævet med fed eller kursiv. Brug en rigtig overskrift, så skærmlæsere kan finde den.`,
    /** `above`: the heading level before it (0 for none); `level`: this heading's. */
    "skipped-heading-level": (above: number, level: number) =>
      `Brug »${headingName(above + 1)}« før »${headingName(level)}«. Gør overskriften til »${headingName(above + 1)}«, eller indsæt en »${headingName(above + 1)}« over den, så opbygningen hænger sammen.`,
    "empty-heading": "Overskriften er tom. Skriv en tekst i den, eller fjern den.",
    "image-alt": "Billedet mangler en alternativ tekst, der beskriver det for skærmlæsere.",
    "link-text": (text: string) =>
      `Linkteksten “${text}” siger ikke, hvor linket fører hen. Skriv hvad linket fører til.`,
    "table-header":
      "Tabellen har ingen overskriftsrække. Sæt markøren i tabellen, og vælg »Overskriftsrække«.",
  },
  cli: {
    fileRequired: "Angiv én fil, der skal tjekkes (.txt, .html eller .docx).",
    unsupported: (path: string) =>
      `${path}: kan kun tjekke tekst (.txt), HTML (.html) og Word (.docx).`,
    notFound: (path: string) => `${path}: filen findes ikke`,
    unreadable: (path: string) => `${path}: filen kan ikke læses`,
    notDocx: (path: string) => `${path}: filen er ikke et Word-dokument, der kan læses`,
  },
  report: {
    lix: (lix: string, scale: string, words: number, sentences: number) =>
      `LIX ${lix} (${scale}): ${words} ord i ${sentences} sætninger`,
    fieldLix: (field: string, lix: string, scale: string) => `  ${field}: LIX ${lix} (${scale})`,
    spellingHeader: (count: number) =>
      count === 0 ? "Stavning: ingen ukendte ord" : `Stavning: ${count} ukendte ord`,
    spellingItem: (word: string, suggestions: string[]) =>
      `  ${word}${suggestions.length ? ` (forslag: ${suggestions.join(", ")})` : " (ingen forslag)"}`,
    accessibilityHeader: (count: number) =>
      count === 0 ? "Tilgængelighed: ingen fund" : `Tilgængelighed: ${count} fund`,
    accessibilityItem: (message: string) => `  - ${message}`,
    cprHeader: (count: number) =>
      count === 1 ? "CPR-numre: 1 i teksten" : `CPR-numre: ${count} i teksten`,
    cprItem: (number: string) => `  ${number}`,
  },
} as const;
