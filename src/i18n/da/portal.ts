/** Messages of the public portal's own pages: committee years, items, feeds, calendar, footer. */
export const portalMessages = {
  breadcrumbs: { label: "Brødkrumme", home: "Forside" },
  footer: {
    label: "Om siden",
    accessibility: "Tilgængelighedserklæring",
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
  },
  item: {
    link: (n: number) => `Punkt ${n} for sig selv og sagens forløb`,
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
