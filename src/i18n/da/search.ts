/**
 * The search text in »…«, unless the user put it in quotation marks already (»ny trafikplan«,
 * "budget"): then as typed, not »»ny trafikplan««.
 */
function quoted(query: string): string {
  const q = query.trim();
  return /^["“”„»«].*["“”„»«]$/su.test(q) && q.length > 1 ? q : `»${q}«`;
}

/** What a search looks for, as its messages repeat it: words, a journal number, or filters. */
export type Searched = { words: string } | { journal: string } | null;

/** » for »budget«« or » med journalnummer, der begynder med »00.01««; nothing for filters. */
function after(what: Searched): string {
  if (what === null) return "";
  if ("words" in what) return ` for ${quoted(what.words)}`;
  return ` med journalnummer, der begynder med »${what.journal}«`;
}

/** Messages of the archive search (/soeg) and of the text it indexes. */
export const searchMessages = {
  title: "Søg i dagsordener og referater",
  feed: {
    link: "Abonnér på denne søgning (Atom-feed)",
    title: (query: string) => `Søgning: ${query}`,
    subtitle: "Nye dagsordener, referater og bilag, der matcher søgningen",
  },
  label: "Søg i dagsordener og referater",
  /** The small search field in every page's header. */
  header: {
    landmark: "Søg",
    label: "Søg i dagsordener og referater",
    /** Seen in the field, whose label is read only by screen readers. */
    placeholder: "Søg i arkivet",
    button: "Søg",
  },
  submit: "Søg",
  hint: "Tip: »ord i træk« søger på en sætning og »ord« på netop det ord, -ord udelukker et ord, og ELLER giver flere muligheder.",
  filters: {
    legend: "Afgræns søgningen",
    /** The folded filters' summary once some are set: »Afgræns søgningen (2 valgte)«. */
    chosen: (n: number) => `Afgræns søgningen (${n} ${n === 1 ? "valgt" : "valgte"})`,
    committee: "Udvalg",
    allCommittees: "Alle udvalg",
    year: "År",
    allYears: "Alle år",
    purpose: "Formål",
    allPurposes: "Alle formål",
    journal: "Journalnummer begynder med",
    journalHint: "fx 00.30 eller 01.02.05",
    sort: "Sortering",
    sortRelevance: "Bedste match først",
    sortDate: "Nyeste først",
    /** In place of the order's choice while only filters are set. */
    dateOrderOnly: "Uden søgeord står resultaterne med de nyeste først.",
    /** Under the filters: the same search with them. */
    apply: "Vis resultater",
  },
  purposes: {
    orientering: "Orientering",
    droeftelse: "Drøftelse",
    beslutning: "Beslutning",
    temadroeftelse: "Temadrøftelse",
  },
  resultsHeading: "Resultater",
  count: (n: number, what: Searched) =>
    `${n === 1 ? "1 resultat" : `${n.toLocaleString("da-DK")} resultater`}${after(what)}`,
  capped: (n: number, what: Searched) =>
    `Mere end ${n.toLocaleString("da-DK")} resultater${after(what)}. De ${n.toLocaleString("da-DK")} nyeste er med; afgræns søgningen for at finde ældre.`,
  truncated: "Søgningen var lang, så kun de første ord blev brugt.",
  /** Under the count when filters narrow the results. */
  filtered: "Søgningen er afgrænset.",
  kind: {
    meeting: "Møde",
    item: (n: number) => `Punkt ${n}`,
    attachment: (n: number) => `Bilag til punkt ${n}`,
  },
  journalNumber: "Journalnummer",
  openFile: "Hent bilaget",
  pagination: {
    label: "Sider med resultater",
  },
  empty: {
    heading: "Ingen resultater",
    /** Words found nowhere; `filtered`: nowhere within the filters chosen. */
    intro: (words: string, filtered: boolean) =>
      `Vi fandt intet, der matcher ${quoted(words)}${filtered ? " inden for de valgte afgrænsninger" : ""}.`,
    introJournal: (journal: string) =>
      `Der er intet i arkivet med journalnummer, der begynder med »${journal}«.`,
    /** A search by the filters alone. */
    introFiltered: "Der er intet i arkivet med de valgte afgrænsninger.",
    tips: [
      "Kontrollér stavningen, eller prøv et andet ord med samme betydning.",
      "Brug færre ord: alle ord skal findes i samme punkt.",
      "Søg på en del af et langt ord, fx »plan« i stedet for »lokalplanforslag«.",
      "Lukkede punkter kan kun findes på deres titel, begrundelse og åbne beslutning.",
    ],
    withoutFilters: "Søg uden afgrænsninger",
  },
  noWords:
    "Søgningen indeholder kun meget almindelige ord eller ord, der skal udelukkes. Skriv mindst ét ord, der skal findes.",
  /** A search of only signs, such as »%« or »*«: there is no word in it at all. */
  noLetters:
    "Søgningen indeholder ingen bogstaver eller tal. Skriv mindst ét ord, der skal findes.",
  start: "Skriv et eller flere ord, fx »lokalplan«, »budget« eller »trafikplan«.",
  errors: {
    title: "Søgningen kunne ikke udføres",
    tooLong: (max: number) => `Søgningen er for lang. Skriv højst ${max} tegn.`,
    committee: "Udvalget findes ikke. Vælg et udvalg fra listen.",
    year: "Året skal være et årstal, fx 2024.",
    purpose: "Vælg et formål fra listen.",
    journal: "Journalnummeret må kun indeholde tal, bogstaver, punktum og bindestreg.",
    sort: "Vælg sortering efter bedste match eller nyeste først.",
    page: "Sidetallet skal være et helt tal fra 1 og opefter, fx 2.",
  },
  /** Words of the indexed text (labels around the public content). */
  index: {
    meetingTitle: (kind: "agenda" | "minutes", committee: string) =>
      `${kind === "agenda" ? "Dagsorden" : "Referat"}: ${committee}`,
    location: "Mødested",
    participants: "Mødedeltagere",
    decision: "Beslutning",
    attachments: "Bilag",
    closed: "Lukket punkt",
    closureReason: "Begrundelse for lukning",
    openDecision: "Åben beslutning",
  },
} as const;
