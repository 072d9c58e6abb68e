/**
 * Messages of the members' sign-off of the minutes (Styrelsesloven § 13), members' own
 * protokoltilførsler and the recording of a meeting with its chapters.
 */
export const signoffMessages = {
  errors: {
    notPublished: "Referatet kan først godkendes af medlemmerne, når det er offentliggjort.",
    locked:
      "Referatet er godkendt på næste møde og låst. Medlemmerne kan ikke længere godkende det.",
    notParticipant: "Du deltog ikke i mødet og kan derfor ikke godkende referatet.",
    absent: "Du havde afbud til hele mødet og kan derfor ikke godkende referatet.",
    alreadySigned: "Du har allerede godkendt referatet.",
    noteNotParticipant: "Kun mødets deltagere kan skrive en protokoltilførsel til referatet.",
    noteAbsent: "Du havde afbud til hele mødet og kan derfor ikke skrive en protokoltilførsel.",
    noteNotHeld: "Mødet er ikke afholdt endnu. Protokoltilførsler skrives efter mødet.",
    noteLocked: "Referatet er godkendt og låst. Der kan ikke tilføjes protokoltilførsler mere.",
    noteClosed: "Sekretæren har ikke åbnet for protokoltilførsler fra medlemmerne.",
    noteDeadlinePassed: (at: string) =>
      `Fristen for protokoltilførsler udløb ${at}. Kontakt udvalgets sekretær.`,
    noteEmpty: "Skriv din protokoltilførsel.",
    noteTooLong: (max: number) => `Protokoltilførslen må højst være ${max} tegn.`,
    noteNotFound: "Protokoltilførslen findes ikke, eller den er allerede behandlet.",
    deadlineInvalid: "Fristen skal være en dato og et klokkeslæt (åååå-mm-ddTtt:mm).",
    deadlineLocked: "Referatet er godkendt og låst. Fristen kan ikke ændres.",
    recordingInvalid:
      "Optagelsens adresse skal være en fuld https-adresse, fx https://video.kommune.dk/moede/123.",
    recordingTooLong: (max: number) => `Optagelsens adresse må højst være ${max} tegn.`,
  },

  /** What the minutes (every format) print about the members' approval. */
  document: {
    heading: "Medlemmernes godkendelse",
    signedBy: (entries: string[]) => `Godkendt af: ${entries.join("; ")}`,
    signedEntry: (who: string, at: string) => `${who} ${at}`,
    waiting: (names: string[]) => `Mangler at godkende: ${names.join(", ")}`,
    noneYet: "Ingen har godkendt referatet endnu.",
    withParty: (name: string, party: string) => `${name} (${party})`,
  },

  page: {
    heading: "Medlemmernes godkendelse",
    intro:
      "Hvert medlem, der deltog i mødet, godkender referatet (Styrelsesloven § 13). Godkendelserne vises i referatet.",
    sign: "Godkend referatet",
    youSigned: (at: string) => `Du godkendte referatet ${at}.`,
    notYet: "Medlemmerne kan godkende referatet, når det er offentliggjort.",
    notesHeading: "Protokoltilførsler fra medlemmerne",
    deadlineLabel: "Frist for medlemmernes protokoltilførsler",
    deadlineHint: "Dato og klokkeslæt. Tom: medlemmerne kan ikke skrive protokoltilførsler.",
    saveDeadline: "Gem fristen",
    deadlineIs: (at: string) => `Medlemmerne kan skrive protokoltilførsler indtil ${at}.`,
    deadlinePassed: (at: string) => `Fristen for protokoltilførsler udløb ${at}.`,
    noDeadline: "Der er ikke åbnet for protokoltilførsler fra medlemmerne.",
    pendingHeading: "Afventer din behandling",
    noPending: "Ingen protokoltilførsler afventer behandling.",
    pendingLine: (item: string, author: string) => `${item} – ${author}`,
    acceptLabel: (author: string, item: number) =>
      `Medtag protokoltilførslen fra ${author} til punkt ${item} i referatet`,
    rejectLabel: (author: string, item: number) =>
      `Afvis protokoltilførslen fra ${author} til punkt ${item}`,
    yourNotesHeading: "Skriv en protokoltilførsel",
    seeWho: "Se, hvem der har godkendt referatet",
    noteItem: "Punkt",
    noteText: "Din protokoltilførsel",
    noteHint: (author: string) => `Tilførslen står i referatet med afsenderen »${author}«.`,
    submitNote: "Send protokoltilførslen til sekretæren",
    yourPending: "Afventer sekretæren",
    recordingHeading: "Optagelse af mødet",
    recordingLabel: "Adresse på optagelse eller livestream",
    recordingHint:
      "En https-adresse. Punkterne i det offentlige referat linker til deres sted i optagelsen.",
    saveRecording: "Gem adressen",
    chaptersLink: "Kapitler til optagelsen (WebVTT)",
  },

  /** The reason of the new minutes version an accepted note makes once the minutes are out. */
  versionReason: (author: string, item: number) =>
    `Protokoltilførsel fra ${author} medtaget under punkt ${item}.`,

  /** The dashboard's list of minutes waiting for the signed-in member. */
  dashboard: {
    heading: "Referater, du skal godkende",
    open: (title: string) => `Læs og godkend referatet: ${title}`,
  },

  /** The public meeting page. */
  portal: {
    recording: "Se optagelsen af mødet",
    chapters: "Kapitler (WebVTT)",
    itemInRecording: (n: number) => `Se punkt ${n} i optagelsen`,
  },
} as const;
