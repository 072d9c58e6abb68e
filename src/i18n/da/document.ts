/** Messages of the rendered documents (DOCX and PDF): words the file itself prints. */
export const documentMessages = {
  tableOfContents: "Indholdsfortegnelse",
  /** The footer "Side 3 af 12" around the page number fields. */
  pageNumber: {
    before: "Side ",
    between: " af ",
  },
};
