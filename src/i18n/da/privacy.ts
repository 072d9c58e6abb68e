/** Messages about personal data on public surfaces: the CPR scan and its findings page. */
export const privacyMessages = {
  link: "Persondata (CPR-numre)",
  /** Before an agenda or minutes go out (privacy-summary.tsx). */
  summary: {
    heading: "Persondata",
    none: (document: "agenda" | "minutes") =>
      `Der er ingen tal, der ligner CPR-numre, i ${document === "agenda" ? "dagsordenens" : "referatets"} offentlige tekster og bilag.`,
    maskedNumbers: (n: number, document: "agenda" | "minutes") => {
      const texts = document === "agenda" ? "dagsordenens" : "referatets";
      const before =
        document === "agenda" ? "før du udsender dagsordenen" : "før du offentliggør referatet";
      return n === 1
        ? `1 tal i ${texts} offentlige tekster ligner et CPR-nummer. Offentligt vises det som XXXXXX-XXXX. Hører nummeret ikke hjemme i teksten, så ret teksten, ${before}.`
        : `${n} tal i ${texts} offentlige tekster ligner CPR-numre. Offentligt vises de som XXXXXX-XXXX. Hører numrene ikke hjemme i teksten, så ret teksten, ${before}.`;
    },
    withheldAttachments: (n: number) =>
      n === 1
        ? "1 bilag indeholder et tal, der ligner et CPR-nummer, og vises ikke offentligt."
        : `${n} bilag indeholder tal, der ligner CPR-numre, og vises ikke offentligt.`,
    shownAttachments: (n: number) =>
      n === 1
        ? "Advarsel: 1 bilag med et tal, der ligner et CPR-nummer, blev gemt, før bilag blev tjekket, og vises offentligt. Tilføj filen igen, så den bliver tjekket."
        : `Advarsel: ${n} bilag med tal, der ligner CPR-numre, blev gemt, før bilag blev tjekket, og vises offentligt. Tilføj filerne igen, så de bliver tjekket.`,
    link: "Se fundene og bekræft tal, der ikke er CPR-numre",
  },
  title: (meeting: string) => `CPR-numre: ${meeting}`,
  intro:
    "Her er de tal i mødets offentlige tekster og bilag, der ligner CPR-numre. På den offentlige side, i søgning, feeds og dokumenter vises de som XXXXXX-XXXX, og et bilag med et CPR-nummer vises ikke offentligt, før du har bekræftet, at tallet ikke er et CPR-nummer. Er det et CPR-nummer, så tilføj en udgave af bilaget uden nummeret.",
  none: "Der er ingen tal, der ligner CPR-numre, i mødets offentlige tekster og bilag.",
  count: (n: number) => (n === 1 ? "1 fund" : `${n} fund`),
  unscanned:
    "Bilaget blev gemt, før bilag blev tjekket for CPR-numre, og vises offentligt. Tilføj filen igen, så den bliver tjekket og holdt tilbage.",
  columns: {
    where: "Hvor",
    number: "Nummer",
    context: "Sammenhæng",
    modulus11: "Modulus 11",
    status: "Status",
  },
  meetingPlace: "Mødet",
  item: (n: number, title: string) => `Punkt ${n}: ${title}`,
  places: {
    title: "Titel",
    location: "Mødested",
    participants: "Deltagere",
    journalNumber: "Journalnummer",
    decision: "Beslutning",
    closureReason: "Begrundelse for lukning",
    openDecision: "Åben beslutning",
    votes: "Afstemning",
    protocolNotes: "Protokoltilførsel",
    conflicts: "Inhabilitet",
    absence: "Fravær",
    attachmentName: (name: string) => `Bilagets navn: ${name}`,
    attachmentText: (name: string) => `Bilag: ${name}`,
  },
  modulus11: (holds: boolean) => (holds ? "Ja" : "Nej (kan være udstedt efter 2007)"),
  masked: "Skjules offentligt",
  withheld: "Bilaget vises ikke offentligt",
  confirmedBy: (name: string, at: string) => `Bekræftet som ikke et CPR-nummer af ${name} ${at}`,
  confirm: "Det er ikke et CPR-nummer",
  confirmHint:
    "Bekræftelsen gælder tallet overalt på dette møde og bliver logget med dit navn og tidspunktet.",
  confirmed: "Tallet vises nu offentligt.",
  notFound: "Fundet findes ikke på dette møde.",
  notAllowed: "Kun udvalgets sekretær eller en administrator kan bekræfte fund.",
} as const;
