/** Messages of the public portal's own pages: committee years, items, feeds, calendar, footer. */
export const portalMessages = {
  breadcrumbs: { label: "Brødkrumme", home: "Forside" },
  footer: {
    label: "Om siden",
    accessibility: "Tilgængelighedserklæring",
    /** The page about the OParl API and the feeds. */
    openData: "Åbne data",
  },
  committee: {
    yearTitle: (name: string, year: number) => `${name}: møder i ${year}`,
    yearsLabel: "Møder efter år",
    yearHeading: (year: number) => `Møder i ${year}`,
    yearCount: (n: number) => (n === 1 ? "1 møde" : `${n} møder`),
    noYear: (year: number) => `Udvalget har ingen offentliggjorte møder i ${year}.`,
    upcoming: "Kommende møder",
    upcomingIntro: "Mødeplanen er offentlig. Dagsordenen kan læses her, når den er offentliggjort.",
    agendaLink: "Læs dagsordenen",
    agendaNotYet: "Dagsordenen er ikke offentliggjort endnu",
    subscribe: "Abonnér",
    feed: "Nye dagsordener og referater (Atom-feed)",
    calendar: "Mødekalender (iCal)",
    feedTitle: (name: string) => `${name}: dagsordener og referater`,
    members: "Medlemmer",
  },
  item: {
    link: (n: number) => `Se punkt ${n} og sagens forløb`,
    crumb: (n: number) => `Punkt ${n}`,
    backToMeeting: (title: string) => `Hele mødet: ${title}`,
    fromMeeting: "Fra mødet",
    history: "Sagens forløb",
    historyIntro: "Møder, hvor sagen har været på dagsordenen, ældste først.",
    noHistory: "Sagen har ikke været på andre offentliggjorte møder.",
    noCase: "Punktet hører ikke til en sag, der kan følges på tværs af møder.",
    current: "dette punkt",
    onAgenda: "På dagsordenen, endnu ikke behandlet",
    noDecision: "Ingen beslutning registreret",
    closed: "Lukket punkt",
  },
  feed: {
    items: "Punkter",
    /** Under an item in a feed entry: its public bilag by title. */
    attachments: (titles: string[]) => `  Bilag: ${titles.join("; ")}`,
    subtitle: (organisation: string) => `Offentliggjorte dagsordener og referater, ${organisation}`,
  },
  /** A feed opened in a browser (pages/feed-page.tsx). */
  feedPage: {
    kicker: "Nyhedsfeed (Atom)",
    about:
      "Denne side er et nyhedsfeed. Kopiér adressen herunder ind i en feedlæser (fx Feedly, Thunderbird eller Outlook), så får du besked, når der kommer en ny dagsorden eller et nyt referat.",
    address: "Adressen på feedet:",
    howTo: "Sådan abonnerer du",
    back: "Se udvalgets side",
    entries: "Seneste dagsordener og referater",
    empty: "Der er ikke offentliggjort noget endnu.",
    updated: "Offentliggjort",
  },
  subscribe: {
    title: "Abonnér på dagsordener og referater",
    nav: "Abonnér",
    intro:
      "Du kan følge et udvalg uden at besøge siden hver dag: med et nyhedsfeed får du besked om nye dagsordener og referater, og med en kalender ser du udvalgets møder i din egen kalender.",
    feedHeading: "Nyhedsfeed (Atom)",
    feedText:
      "Et nyhedsfeed er en adresse, som en feedlæser henter jævnligt. Når udvalget offentliggør en dagsorden eller et referat, viser feedlæseren det. Kopiér adressen for det udvalg, du vil følge, og indsæt den i din feedlæser, fx Feedly, Thunderbird eller Outlook.",
    calendarHeading: "Kalender (iCal)",
    calendarText:
      "Kalenderen viser udvalgets kommende møder med tid og sted. Kopiér adressen, og tilføj den i din kalender som en kalender, du abonnerer på (i Outlook: »Tilføj kalender« og »Fra internettet«; i Google Kalender: »Andre kalendere« og »Fra webadresse«). Kalenderen opdateres af sig selv.",
    searchText:
      "Du kan også abonnere på en søgning: søg efter et emne, og brug linket »Abonnér på denne søgning« ved resultaterne.",
    committeesHeading: "Udvalg",
    none: "Der er ingen udvalg med offentliggjorte møder endnu.",
    feedLabel: (name: string) => `Nyhedsfeed for ${name}`,
    calendarLabel: (name: string) => `Kalender for ${name}`,
    copy: "Kopiér",
    copyLabel: (what: string) => `Kopiér adressen: ${what}`,
    copied: "Adressen er kopieret.",
    copyFailed: "Adressen kunne ikke kopieres. Markér den, og kopiér den selv.",
  },
  calendar: {
    name: (committee: string) => `${committee}: møder`,
    summary: (committee: string) => `Møde i ${committee}`,
    agenda: (url: string) => `Dagsorden: ${url}`,
    agendaNotYet: "Dagsordenen er ikke offentliggjort endnu.",
  },
  badYear: {
    title: "Ugyldigt år",
    message: "Året skal skrives med fire cifre, fx 2024.",
  },
} as const;
