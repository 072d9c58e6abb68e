/** Messages about bilag: upload, download and the agenda package. */
export const attachmentMessages = {
  upload: {
    legend: "Tilføj bilag",
    file: "Fil",
    hint: "PDF, Word, Excel, PowerPoint eller billede (PNG, JPEG, GIF, WebP), højst 25 MB.",
    public: "Offentligt bilag (vises på den offentlige side, når punktet er åbent)",
    submit: "Tilføj bilag",
    added: "Bilaget er tilføjet.",
    failedTitle: "Bilaget blev ikke gemt",
    /** The way back from a refused upload to the item, to choose another file. */
    back: "Tilbage til punktet for at vælge en anden fil",
  },
  errors: {
    noFile: "Vælg en fil at tilføje.",
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
  manage: {
    notFound: "Bilaget findes ikke.",
    forbidden: "Du har ikke adgang til at ændre bilaget.",
    noTitle: "Skriv en titel på bilaget (højst 200 tegn).",
    badPosition: "Vælg en placering på listen.",
    otherType: (expected: string, actual: string) =>
      `Bilaget er ${expected}, men den nye fil er ${actual}. Et bilag kan kun erstattes af en fil af samme type. Vælg ${expected}, eller tilføj filen som et nyt bilag.`,
    publishedDelete:
      "Bilaget kan ikke slettes, fordi dagsordenen med bilaget er udsendt. Erstat bilaget med en rettet fil, eller ret eller træk punktet med »Ret eller træk punkt« på dagsordenen, og udsend en rettet dagsorden.",
    failedTitle: "Bilaget blev ikke ændret",
  },
  /** The case page's list of bilag: edit, replace, delete, earlier versions. */
  list: {
    fileInfo: (name: string, size: string) => `${name}, ${size}`,
    notPublic: "Ikke offentligt",
    edit: (title: string) => `Ret bilaget »${title}«`,
    title: "Titel",
    titleHint: "Titlen vises på dagsordenen, i referatet og i bilagspakken i stedet for filnavnet.",
    position: "Placering",
    positionOption: (n: number, count: number) => `${n} af ${count}`,
    public: "Bilaget må offentliggøres",
    save: "Gem bilaget",
    replaceLegend: "Erstat filen",
    replaceHint:
      "Den nye fil skal være af samme type. Den gamle fil gemmes under tidligere versioner.",
    replace: "Erstat filen",
    delete: "Slet bilaget",
    deleteHint: "Kan kun slettes, indtil dagsordenen med bilaget er udsendt.",
    versions: "Tidligere versioner",
    version: (name: string, date: string) => `${name} (erstattet ${date})`,
  },
  /** Notices after a change on the case page (?besked=…). */
  notices: {
    saved: "Bilaget er gemt.",
    replaced: "Filen er erstattet. Den tidligere fil er gemt under tidligere versioner.",
    deleted: "Bilaget er slettet.",
  },
  /** Names of the type families a file may be replaced within. */
  families: {
    pdf: "en PDF-fil",
    word: "et Word-dokument",
    excel: "et Excel-ark",
    powerpoint: "en PowerPoint-præsentation",
    image: "et billede",
  },
  package: {
    /** The bookmark of an item's attachments in the agenda package. */
    itemBookmark: (heading: string) => `Bilag til ${heading}`,
    /** Above a bilag's title on the page before it. */
    separatorLabel: (n: number, heading: string) => `Bilag ${n} til ${heading}`,
    separatorsTitle: "Skillesider til bilag",
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
