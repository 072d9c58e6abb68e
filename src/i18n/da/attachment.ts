/** Messages about bilag: upload, download and the agenda package. */
export const attachmentMessages = {
  upload: {
    legend: "Tilføj bilag",
    file: "Fil",
    hint: "PDF, Word, Excel, PowerPoint eller billede (PNG, JPEG, GIF, WebP), højst 25 MB.",
    public: "Offentligt bilag (vises på den offentlige side, når punktet er åbent)",
    submit: "Upload bilag",
    added: "Bilaget er tilføjet.",
    failedTitle: "Bilaget blev ikke gemt",
  },
  errors: {
    noFile: "Vælg en fil at uploade.",
    noName: "Filen mangler et navn.",
    empty: "Filen er tom.",
    tooLarge: (limitMb: number) =>
      `Bilaget er for stort. Den største tilladte størrelse er ${limitMb} MB.`,
    notAllowed:
      "Filtypen er ikke tilladt. Du kan uploade PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) og billeder (PNG, JPEG, GIF, WebP).",
    nameLies: (name: string, actual: string | null) =>
      `Filen »${name}« har en filendelse, der ikke passer til indholdet${actual ? `, som er af typen ${actual}` : ""}. Gem filen i det rigtige format, og prøv igen.`,
    targetNotFound: "Punktet findes ikke.",
    unreadableTitle: "Bilaget kan ikke hentes",
    corrupt:
      "Bilaget kan ikke hentes, fordi den gemte fil er beskadiget eller mangler. Fejlen er registreret.",
  },
  package: {
    /** The bookmark of an item's attachments in the agenda package. */
    itemBookmark: (heading: string) => `Bilag til ${heading}`,
    skipped: (item: string, name: string, reason: string) =>
      `Bilaget »${name}« under ${item} kunne ikke medtages: ${reason}.`,
    missing: "filen mangler",
    invalidPdf: "filen er ikke en gyldig PDF",
    encrypted: "PDF-filen er beskyttet med adgangskode",
    noPages: "PDF-filen har ingen sider",
    noConverter: "Word-filer kan ikke omdannes til PDF, fordi LibreOffice ikke er installeret",
    conversionFailed: "Word-filen kunne ikke omdannes til PDF",
    unsupported: "filtypen kan ikke indsættes i en PDF",
  },
} as const;
