/** Messages about members' highlights and notes on bilag (the PDF viewer). */
export const annotationMessages = {
  open: "Åbn og markér",
  page: {
    title: (title: string) => `Markér i »${title}«`,
    intro:
      "Markér en tekst i bilaget, og skriv en note. Noten er kun din, medmindre du deler den med udvalget.",
    download: "Hent bilaget som PDF",
    back: "Tilbage til siden, du kom fra",
    noScript:
      "Visning og markering af bilaget kræver JavaScript. Du kan stadig hente bilaget som PDF.",
    loading: "Bilaget indlæses …",
    loadFailed: "Bilaget kunne ikke vises. Du kan hente det som PDF i stedet.",
    pages: "Sider i bilaget",
    pageLabel: (n: number, total: number) => `Side ${n} af ${total}`,
    textLabel: (n: number) =>
      `Tekst på side ${n}. Pil op og ned vælger en linje, Skift+pil udvider markeringen, M markerer.`,
    previous: "Forrige side",
    next: "Næste side",
    pageStatus: (n: number, total: number) => `Side ${n} af ${total}`,
    keyboardHelp:
      "Tastatur: Gå ind i teksten med Tab. Pil op og ned vælger en linje, Skift+pil udvider markeringen, og M eller knappen »Markér« markerer. Alt+N og Alt+P går til næste og forrige markering.",
  },
  mark: {
    button: "Markér",
    buttonLabel: "Markér den valgte tekst",
    noSelection: "Vælg først en tekst i bilaget.",
  },
  form: {
    legend: "Note til markeringen",
    quote: "Markeret tekst",
    note: "Note",
    visibility: "Hvem kan se noten?",
    private: "Kun mig",
    committee: "Udvalgets medlemmer, der kan læse bilaget",
    save: "Gem note",
    cancel: "Annullér",
    edit: "Redigér",
    delete: "Slet",
    deleteLabel: (quote: string) => `Slet markeringen »${quote}«`,
    undo: "Fortryd",
    undoLabel: (quote: string) => `Fortryd sletningen af markeringen »${quote}«`,
    editLabel: (quote: string) => `Redigér noten til »${quote}«`,
  },
  list: {
    heading: "Markeringer",
    empty: "Der er ingen markeringer i bilaget endnu.",
    page: (n: number) => `Side ${n}`,
    shared: "Delt med udvalget",
    private: "Kun dig",
    by: (name: string) => `Af ${name}`,
    pending: "Ikke sendt endnu",
  },
  notice: {
    saved: "Noten er gemt.",
    deleted: "Markeringen er slettet.",
    keptOffline:
      "Du er offline. Noten er gemt på denne enhed og sendes, når der er forbindelse igen.",
    refused: (message: string) =>
      `Noten blev ikke gemt: ${message} Din tekst står stadig i feltet, så du kan kopiere den.`,
    deleteRefused: (message: string) => `Markeringen blev ikke slettet: ${message}`,
    restored: "Markeringen er gendannet.",
    restoreRefused: (message: string) => `Markeringen blev ikke gendannet: ${message}`,
  },
  errors: {
    bilagNotFound: "Bilaget findes ikke, eller du har ikke længere adgang til det.",
    notPdf: "Bilaget er ikke en PDF og kan ikke vises her. Hent det i stedet.",
    notYours: "Du kan kun ændre og slette dine egne markeringer.",
    deleted: "Markeringen er slettet og kan ikke ændres.",
    otherBilag: "Markeringen hører til et andet bilag.",
    invalid: "Markeringen kunne ikke læses. Markér teksten igen.",
    noteTooLong: (max: number) => `Noten er for lang. Den må højst være ${max} tegn.`,
  },
} as const;
