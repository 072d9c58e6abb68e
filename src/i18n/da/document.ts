/** Messages of the rendered documents (DOCX and PDF): words the file itself prints. */
export const documentMessages = {
  tableOfContents: "Indholdsfortegnelse",
  /** The file name (without extension) of the agenda package. */
  packageFileName: (title: string) => `${title} med bilag`,
  /** The footer "Side 3 af 12" around the page number fields. */
  pageNumber: {
    before: "Side ",
    between: " af ",
  },
  /**
   * A document that could not be made: where (item, field), what (which file) and what to do.
   * "Punkt 3 ›Budget 2027‹, feltet ›Sagsfremstilling‹: PDF-filen kunne ikke dannes (…). Ret
   * teksten i sagen, og prøv igen."
   */
  errors: {
    title: "Dokumentet kunne ikke dannes",
    formats: {
      pdf: "PDF-filen",
      docx: "Word-filen",
      html: "HTML-udgaven",
      package: "PDF-filen med bilag",
    },
    item: (number: number, title: string) => `Punkt ${number} ›${title}‹`,
    field: (label: string) => `feltet ›${label}‹`,
    section: (heading: string) => `afsnittet ›${heading}‹`,
    attachment: (name: string) => `bilaget ›${name}‹`,
    failed: (place: string | null, file: string, detail: string, advice: string) =>
      `${place ? `${place}: ` : ""}${file} kunne ikke dannes (teknisk årsag: ${detail}). ${advice}`,
    advice: {
      field: "Ret teksten i sagen, og prøv igen.",
      meeting: "Ret det under mødeafviklingen, og prøv igen.",
      item: "Ret punktets titel, journalnummer, lukningsgrund eller bilagsnavne på dagsordenen, og prøv igen.",
      attachment: "Erstat bilaget med en gyldig PDF-fil, eller fjern det, og prøv igen.",
      document: "Ret mødets oplysninger (udvalg, mødested og deltagere), og prøv igen.",
    },
    /** When even narrowing it down failed. */
    unknownDetail: "ukendt fejl",
  },
};
