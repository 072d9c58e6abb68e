/** Messages of the rendered documents (DOCX and PDF): words the file itself prints. */
export const documentMessages = {
  tableOfContents: "Indholdsfortegnelse",
  /** The footer "Side 3 af 12" around the page number fields. */
  pageNumber: {
    before: "Side ",
    between: " af ",
  },
  errors: {
    item: (heading: string, detail: string) =>
      `PDF-filen kunne ikke dannes, fordi ${heading} ikke kunne sættes op (${detail}).`,
    document: (detail: string) => `PDF-filen kunne ikke dannes (${detail}).`,
  },
};
