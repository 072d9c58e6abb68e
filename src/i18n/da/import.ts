import { danishList } from "./list.ts";

/** Messages of the legacy-minutes importer. */
export const importMessages = {
  /** Heading of the section that holds an item's text found before its first heading. */
  untitledSectionHeading: "Tekst",

  errors: {
    notFound: "Filen findes ikke.",
    notAFile: "Stien peger ikke på en fil.",
    unreadable: "Filen kan ikke læses.",
    empty: "Filen er tom.",
    tooLarge: (sizeMb: string, limitMb: number) =>
      `Filen er for stor (${sizeMb} MB). Den største tilladte størrelse er ${limitMb} MB.`,
    binary:
      "Filen er hverken en tekstfil, en PDF eller et Word-dokument (DOCX), men ser ud til at være binære data.",
    image: (kind: string) => `Filen er et billede (${kind}) og ikke et referat.`,
    legacyWord:
      "Filen er i et gammelt Office-format (fx Word .doc). Gem den som .docx eller PDF, og prøv igen.",
    rtf: "Filen er i RTF-format, som ikke kan læses. Gem den som .docx eller PDF, og prøv igen.",
    unexpected: (detail: string) => `Filen kunne ikke læses på grund af en uventet fejl: ${detail}`,
    zipNotDocx: "Filen er et ZIP-arkiv, men ikke et Word-dokument (DOCX).",
    docxUnreadable: "Word-dokumentet kan ikke læses; det er muligvis beskadiget.",
    docxNoText: "Word-dokumentet indeholder ingen tekst.",
    pdfUnreadable: "PDF-filen kan ikke åbnes; den er muligvis beskadiget.",
    pdfEncrypted: "PDF-filen er beskyttet med adgangskode og kan ikke læses.",
    pdfNoText:
      "PDF-filen indeholder ingen tekst, formentlig fordi den er skannet. Kør tekstgenkendelse (OCR) på den først.",
    noItems: "Filen indeholder ingen dagsordenspunkter (der er ingen linjer som »Punkt 1: Titel«).",
    severalMeetings: (numbers: number[]) =>
      `Filen ser ud til at indeholde mere end ét møde: punkt ${danishList(numbers)} findes mere end én gang. Importér hvert møde som sin egen fil.`,
    noDate:
      "Mødedatoen kunne ikke findes, hverken i linjen »Mødedato« eller i dokumentets overskrift.",
  },

  documentWarnings: {
    unknownHeaderLine: (line: string) => `Ukendt linje i mødets hoved blev ikke brugt: »${line}«.`,
    missingCommittee: "Udvalgets eller forummets navn kunne ikke findes i overskriften.",
    missingLocation: "Mødestedet er ikke angivet.",
    dateFromTitle:
      "Mødedatoen er taget fra overskriften, fordi linjen »Mødedato« mangler eller ikke har en dato.",
    dateMismatch: (meetingDate: string, titleDate: string) =>
      `Mødedatoen ${meetingDate} afviger fra datoen i overskriften (${titleDate}).`,
    tocCountMismatch: (tocCount: number, itemCount: number) =>
      `Indholdsfortegnelsen har ${tocCount} punkter, men dokumentet har ${itemCount}.`,
    tocEntryWithoutItem: (title: string) =>
      `Punktet »${title}« i indholdsfortegnelsen findes ikke i dokumentet.`,
  },

  itemWarnings: {
    emptyTitle: "Punktet har ingen titel.",
    missingJournalNumber: "Punktet har intet journalnummer.",
    missingDecision: "Punktet har ingen beslutning.",
    emptySection: (heading: string) => `Afsnittet »${heading}« er tomt.`,
    textBeforeFirstHeading: (heading: string) =>
      `Tekst før punktets første overskrift er lagt i afsnittet »${heading}«.`,
    duplicateNumber: (number: number) => `Punkt ${number} findes mere end én gang.`,
    outOfSequence: (number: number, expected: number) =>
      `Punktnummeret ${number} følger ikke nummerfølgen (forventet ${expected}).`,
    tocTitleDiffers: (tocTitle: string, bodyTitle: string) =>
      `Titlen i indholdsfortegnelsen »${tocTitle}« afviger fra punktets titel »${bodyTitle}«.`,
    notInToc: "Punktet står ikke i indholdsfortegnelsen.",
    tocTitleTruncated: (tocTitle: string) =>
      `Titlen i indholdsfortegnelsen er afkortet: »${tocTitle}«.`,
  },
} as const;
