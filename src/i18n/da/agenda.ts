import { danishClock } from "./clock.ts";
/** Messages of meeting planning, agenda assembly and members' reading. */
export const agendaMessages = {
  meetingNotFound: "Mødet findes ikke, eller du har ikke adgang til det.",
  committeeNotFound: "Udvalget findes ikke, eller du har ikke adgang til det.",
  itemNotFound: "Punktet findes ikke på dette møde.",
  caseNotFound: "Sagen findes ikke, eller du har ikke adgang til den.",
  themeNotFound: "Temaet findes ikke i dette udvalg.",
  forbidden: {
    plan: "Kun udvalgets sekretær eller en administrator kan planlægge møder.",
    assemble: "Kun udvalgets sekretær eller en administrator kan sammensætte dagsordenen.",
    held: "Mødet er afholdt. Dagsordenen kan ikke længere ændres.",
    read: "Du har ikke adgang til dette møde.",
  },

  plan: {
    title: "Planlæg møde",
    intro:
      "Vælg udvalg, dato, tid og sted. Udvalgets medlemmer inviteres, og udvalgets faste punkter sættes på dagsordenen.",
    committee: "Udvalg",
    date: "Dato",
    dateHint: "Fx 2025-03-12",
    start: "Starttidspunkt",
    end: "Sluttidspunkt",
    timeHint: "Fx 09:00",
    location: "Mødested",
    locationHint: "Fx Mødelokale 1. Samme sted kan ikke bookes til to møder på samme tid.",
    participants: "Deltagere fra udvalget",
    noMembers: "Udvalget har ingen medlemmer endnu.",
    guests: "Gæster",
    guestsHint: "Én gæst pr. linje: navn, og evt. titel efter et komma. Fx »Eva Holm, Arkitekt«.",
    repeat: "Gentagelse",
    repeatNone: "Enkelt møde",
    repeatWeekly: "Hver uge",
    repeatBiweekly: "Hver anden uge",
    repeatFourWeekly: "Hver fjerde uge",
    repeatMonthly: "Samme ugedag hver måned (fx 2. onsdag)",
    count: "Antal møder i serien",
    countHint: "Mellem 2 og 52. Bruges kun ved gentagelse.",
    submit: "Planlæg mødet",
    chooseCommittee: "Vælg udvalg",
    errorsTitle: "Mødet blev ikke planlagt",
    planned: (n: number) => (n === 1 ? "Mødet er planlagt." : `${n} møder er planlagt.`),
  },
  planErrors: {
    date: "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2025-03-12.",
    start: "Skriv starttidspunktet som TT:MM, fx 09:00.",
    end: "Skriv sluttidspunktet som TT:MM, fx 11:00.",
    endBeforeStart: "Sluttidspunktet skal ligge efter starttidspunktet.",
    location: "Skriv mødestedet.",
    tooLong: (label: string, max: number) => `»${label}« må højst være ${max} tegn.`,
    count: "Antal møder i serien skal være et helt tal mellem 2 og 52.",
    repeat: "Vælg en gyldig gentagelse.",
    participant: "En valgt deltager er ikke medlem af udvalget.",
    guest: (line: string) => `Gæsten »${line}« mangler et navn.`,
    overlap: (location: string, list: string) =>
      `${location} er allerede booket på det tidspunkt: ${list}. Vælg et andet tidspunkt eller sted.`,
    overlapOne: (committee: string, date: string, from: string, to: string) =>
      `${committee} ${date} kl. ${from}-${to}`,
  },

  calendar: {
    title: (committee: string, year: number) => `Mødekalender ${year}: ${committee}`,
    intro: "Udvalgets møder i året, måned for måned.",
    none: "Ingen møder.",
    planNew: "Planlæg et nyt møde",
    themes: "Temaer til kommende møder",
    years: "Andre år",
    series: "Del af en mødeserie",
    standing: "Faste punkter",
  },

  feed: {
    title: "Min mødekalender",
    intro:
      "Abonnér på dine møder i din kalender (Outlook, iPad, Google). Linket er personligt: del det ikke. Laver du et nyt link, holder det gamle op med at virke.",
    none: "Du har ikke et kalenderlink endnu.",
    create: "Lav et kalenderlink",
    replace: "Lav et nyt kalenderlink (det gamle holder op med at virke)",
    created: "Dit nye kalenderlink. Kopiér det nu: det vises kun denne ene gang.",
    exists: "Du har et kalenderlink. Af sikkerhedshensyn kan det ikke vises igen.",
    linkLabel: "Kalenderlink",
    calendarName: (organisation: string) => `Mine møder – ${organisation}`,
    summary: (committee: string) => `Møde i ${committee}`,
    description: (url: string) => `Dagsorden: ${url}`,
  },

  themes: {
    title: (committee: string) => `Temaer til kommende møder: ${committee}`,
    intro:
      "Emner, udvalget vil tage op senere. Sæt et tema på dagsordenen til et kommende møde, når tiden er inde.",
    none: "Der er ingen temaer på listen.",
    /** The agenda item a theme becomes. */
    itemTitle: (theme: string) => `Temadrøftelse: ${theme}`,
    add: "Tilføj tema",
    themeTitle: "Tema",
    note: "Note (valgfri)",
    onAgenda: (date: string) => `På dagsordenen ${date}`,
    toMeeting: "Sæt på dagsordenen til",
    noMeetings: "Der er ingen kommende møder, hvor dagsordenen kan ændres.",
    submitToMeeting: "Sæt på dagsordenen",
    titleMissing: "Skriv temaets titel.",
    alreadyOnAgenda: "Temaet er allerede sat på en dagsorden.",
    added: "Temaet er tilføjet.",
  },

  standingItems: {
    title: (committee: string) => `Faste punkter: ${committee}`,
    intro:
      "Faste punkter sættes på hver ny dagsorden i udvalget: først (fx »Godkendelse af dagsorden og referat«) eller sidst (fx »Eventuelt«). Dagsordener, der allerede er planlagt, ændres ikke.",
    first: "Først på dagsordenen",
    last: "Sidst på dagsordenen",
    none: "Ingen.",
    approves: "Her godkendes referatet fra forrige møde",
    remove: "Fjern",
    removeLabel: (title: string) => `Fjern: ${title}`,
    add: "Tilføj fast punkt",
    itemTitle: "Titel",
    placement: "Placering",
    duration: "Tidsforbrug (minutter)",
    placementMissing: "Vælg, om punktet skal stå først eller sidst.",
    notFound: "Det faste punkt findes ikke.",
    saved: "De faste punkter er gemt.",
  },

  assembly: {
    heading: "Sammensæt dagsordenen",
    intro:
      "Rækkefølgen kan ændres med knapperne »Flyt op« og »Flyt ned«, ved at trække i håndtaget eller med piletasterne, når håndtaget har fokus. Punkterne nummereres, og tidsrummene beregnes ud fra mødets start og hvert punkts tidsforbrug.",
    /** After the agenda went out: what a new order does to the numbers members already have. */
    reorderSent:
      "Dagsordenen er udsendt: flytter du et punkt, får punkterne nye numre for medlemmerne og offentligheden med det samme. De nye numre står under »Rettelser« og udsendes med en rettet dagsorden.",
    draft:
      "Dagsordenen er ikke udsendt endnu. Medlemmerne ser den først som udsendt, når du udsender den.",
    /** What has gone out: each version after the first is a supplement or a »Rettet dagsorden«. */
    published: (version: number, supplements: number) => {
      const corrected = Math.max(0, version - 1 - supplements);
      const parts = [
        "Dagsordenen",
        ...(supplements === 0
          ? []
          : [supplements === 1 ? "1 tillægsdagsorden" : `${supplements} tillægsdagsordener`]),
        ...(corrected === 0
          ? []
          : [corrected === 1 ? "1 rettet dagsorden" : `${corrected} rettede dagsordener`]),
      ];
      const listed = new Intl.ListFormat("da", { type: "conjunction" }).format(parts);
      return `${listed} er udsendt.`;
    },
    pendingSupplement: (n: number) =>
      n === 1
        ? "1 nyt punkt er ikke udsendt endnu. Udsend en tillægsdagsorden."
        : `${n} nye punkter er ikke udsendt endnu. Udsend en tillægsdagsorden.`,
    listLabel: "Dagsordenens punkter",
    moveUp: "Flyt op",
    moveDown: "Flyt ned",
    moveUpLabel: (n: number, title: string) => `Flyt op: punkt ${n}, ${title}`,
    moveDownLabel: (n: number, title: string) => `Flyt ned: punkt ${n}, ${title}`,
    dragHandle: (n: number, title: string) =>
      `Træk, eller brug pil op og pil ned, for at flytte punkt ${n}: ${title}`,
    moved: (n: number) => `Punktet er nu punkt ${n}.`,
    orderSaved: "Rækkefølgen er gemt.",
    movesListed: "De nye numre står under »Rettelser« og udsendes med en rettet dagsorden.",
    minutes: (n: number) => `${n} min.`,
    noEstimate: "intet tidsforbrug",
    /** The item's case, from the secretary's list. */
    openCase: "Se sagen",
    standing: "Fast punkt",
    closed: "Lukket",
    open: "Åbent",
    supplement: "Tillægsdagsorden",
    notYetSent: "Ikke udsendt",
    edit: "Ret punktet",
    /** Once sent, the title is corrected on a page of its own; this form keeps the rest. */
    editSent: "Tidsforbrug og lukning",
    editItem: (n: number) => ` (punkt ${n})`,
    editLegend: (n: number) => `Ret punkt ${n}`,
    titleSent: (n: number) =>
      `Punktet er udsendt, så titlen rettes med »Ret eller træk punkt ${n}«, hvor rettelsen får en begrundelse.`,
    title: "Titel",
    duration: "Tidsforbrug (minutter)",
    closedLabel: "Lukket punkt",
    closedSent:
      "Punktet er udsendt. Lukker eller åbner du det, står det under »Rettelser« og udsendes med en rettet dagsorden.",
    closureReason: "Begrundelse for lukning",
    closureReasonHint: "Påkrævet for lukkede punkter (Styrelsesloven § 10). Den offentliggøres.",
    openDecision: "Åben beslutning",
    save: "Gem punktet",
    remove: "Fjern fra dagsordenen",
    removeLabel: (n: number, title: string) => `Fjern fra dagsordenen: punkt ${n}, ${title}`,
    addCase: "Tilføj godkendte sager",
    addCaseLegend: "Godkendte sager, der er klar til en dagsorden",
    noCases: "Der er ingen godkendte sager i udvalget, som ikke allerede står på en dagsorden.",
    addSelected: "Tilføj valgte sager",
    addTheme: "Tilføj et tema fra listen",
    addThemeSelect: "Tema",
    addThemeSubmit: "Tilføj temaet",
    timing: (planned: number, available: number | null) =>
      available === null
        ? `Punkterne varer i alt ${planned} min.`
        : `Punkterne varer i alt ${planned} min. af mødets ${available} min.`,
    overrun: (minutes: number, end: string, meetingEnd: string) =>
      `Advarsel: Dagsordenen løber ${minutes} min. over mødets sluttidspunkt (sidste punkt slutter kl. ${danishClock(end)}, mødet slutter kl. ${danishClock(meetingEnd)}).`,
    publish: "Udsend dagsordenen",
    publishSupplement: "Udsend tillægsdagsorden",
    publishHeading: "Udsendelse",
    /** Under »Udsendelse« when nothing waits to be sent. */
    allSent:
      "Alt er udsendt. Tilføjer du punkter eller retter i dagsordenen, udsender du det herfra.",
    leadTimeWarning: (latest: string, days: number) =>
      `Advarsel: Dagsordenen til et politisk udvalg skal være medlemmerne i hænde senest ${days} hverdage før mødet, dvs. senest ${latest}. Fristen er overskredet.`,
    leadTimeOk: (latest: string) => `Fristen for udsendelse (4 hverdage før mødet) er ${latest}.`,
    /** Notices after sending; the status line above the agenda says what is out. */
    published2: "Dagsordenen er udsendt, og deltagerne med en bruger i Referat har fået besked.",
    supplementPublished:
      "Tillægsdagsordenen er udsendt, og deltagerne med en bruger i Referat har fået besked.",
    publishErrorsTitle: "Dagsordenen kan ikke udsendes",
    errorsTitle: "Ændringen blev ikke gemt",
    links: "Mødet",
    meetingMode: "Mødeafvikling",
    live: "Følg mødet direkte",
    minutesLink: "Referat",
    calendar: "Udvalgets mødekalender",
    themes: "Temaer til kommende møder",
    myCalendar: "Min mødekalender (iCal)",
  },
  publishPreview: {
    title: (kind: "agenda" | "supplement" | "corrected") =>
      ({
        agenda: "Udsend dagsordenen",
        supplement: "Udsend tillægsdagsorden",
        corrected: "Udsend rettet dagsorden",
      })[kind],
    intro:
      "Se, hvad der sker, før du udsender. Et udsendt punkt kan ikke fjernes, kun rettes eller trækkes med en rettelse.",
    itemsHeading: (n: number) => (n === 1 ? "1 punkt udsendes" : `${n} punkter udsendes`),
    closedItem: "lukket: kun titlen og begrundelsen er offentlige",
    /** Items without a time estimate: the agenda prints no time for them. */
    noEstimate: (numbers: number[]) => {
      const one = numbers.length === 1;
      const list = one
        ? `Punkt ${numbers[0]} har`
        : `Punkterne ${numbers.slice(0, -1).join(", ")} og ${numbers.at(-1)} har`;
      return `${list} intet tidsforbrug, så dagsordenen viser ingen tid for ${one ? "det" : "dem"}, og mødets tidsplan regner med 0 minutter. Sæt tidsforbruget under »Ret punktet« på dagsordenen, før du udsender.`;
    },
    correctionsHeading: (n: number) =>
      n === 1 ? "1 rettelse udsendes med" : `${n} rettelser udsendes med`,
    public:
      "Dagsordenen bliver offentlig på kommunens hjemmeside med det samme, og den kan søges frem.",
    publicCorrected:
      "Rettelserne står allerede på den offentlige dagsorden. Nu får medlemmerne dem udsendt.",
    recipients: (n: number) =>
      n === 0
        ? "Ingen af mødets deltagere har en bruger i Referat, så ingen får besked."
        : n === 1
          ? "1 deltager får besked i Referat og på mail (efter sine egne indstillinger)."
          : `${n} deltagere får besked i Referat og på mail (efter deres egne indstillinger).`,
    submit: (kind: "agenda" | "supplement" | "corrected") =>
      ({
        agenda: "Udsend dagsordenen nu",
        supplement: "Udsend tillægsdagsorden nu",
        corrected: "Udsend rettet dagsorden nu",
      })[kind],
    back: "Tilbage til dagsordenen",
    /** Above what must be filled in before the agenda can go out (no send button then). */
    blocked: (n: number) =>
      n === 1
        ? "Dagsordenen kan ikke udsendes endnu: 1 ting mangler"
        : `Dagsordenen kan ikke udsendes endnu: ${n} ting mangler`,
    fixFirst: "Tilbage til dagsordenen for at rette det",
  },
  assemblyErrors: {
    caseNotApproved: (title: string) =>
      `Sagen »${title}« er ikke godkendt og kan ikke sættes på en dagsorden.`,
    caseOtherCommittee: (title: string) => `Sagen »${title}« hører til et andet udvalg.`,
    caseOnOtherMeeting: (title: string, committee: string, date: string) =>
      `Sagen »${title}« står allerede på dagsordenen til ${committee} ${date}, som ikke er afholdt. Fjern den derfra først.`,
    caseAlreadyHere: (title: string) => `Sagen »${title}« står allerede på denne dagsorden.`,
    noCaseChosen: "Vælg mindst én sag.",
    order: "Rækkefølgen kunne ikke læses. Genindlæs siden og prøv igen.",
    title: "Skriv punktets titel.",
    titleTooLong: (max: number) => `Titlen må højst være ${max} tegn.`,
    duration: "Tidsforbruget skal være et helt antal minutter mellem 0 og 600.",
    closureReason: "Skriv begrundelsen for, at punktet er lukket (Styrelsesloven § 10).",
    textTooLong: (label: string, max: number) => `»${label}« må højst være ${max} tegn.`,
    removePublished:
      "Punktet er udsendt til medlemmerne og kan ikke fjernes. Ret i stedet punktet eller udsæt det på mødet.",
    direction: "Ukendt retning.",
    atEdge: "Punktet kan ikke flyttes længere.",
  },
  publishErrors: {
    noItems: "Dagsordenen har ingen punkter.",
    missingLocation: "Mødet mangler et mødested.",
    missingTitle: (n: number) => `Punkt ${n} mangler en titel.`,
    missingClosureReason: (n: number) =>
      `Punkt ${n} er lukket, men mangler begrundelsen for lukning.`,
    missingField: (n: number, label: string) => `Punkt ${n}: feltet »${label}« er tomt.`,
    nothingNew: "Der er ingen nye eller ændrede punkter at udsende.",
    summary: (count: number) =>
      count === 1
        ? "Dagsordenen kan ikke udsendes, fordi et påkrævet felt er tomt:"
        : `Dagsordenen kan ikke udsendes, fordi ${count} påkrævede felter er tomme:`,
  },

  /** A member's reading of a meeting's agenda or minutes: »mødet« fits both. */
  reading: {
    unread: "Du har ikke markeret mødet som læst endnu.",
    lastRead: (when: string) => `Du markerede sidst mødet som læst ${when}.`,
    changedSince: "Ændret, siden du sidst læste",
    newSince: "Nyt, siden du sidst læste",
    newAttachments: (n: number) => (n === 1 ? "1 nyt bilag" : `${n} nye bilag`),
    changedHeading: "Ændringer siden du sidst læste",
    noChanges: "Intet er ændret, siden du sidst markerede mødet som læst.",
    markRead: "Markér mødet som læst",
    marked: "Mødet er markeret som læst.",
    noteLabel: (n: number) => `Mine private noter til punkt ${n}`,
    noteHint: "Kun du kan se dine noter.",
    saveNote: "Gem note",
    noteSaved: "Noten er gemt.",
    noteSavedAt: (time: string) => `Noten er gemt kl. ${time}.`,
    noteTooLong: (max: number) => `Noten må højst være ${max.toLocaleString("da-DK")} tegn.`,
    notPublishedYet: "Dagsordenen er ikke udsendt endnu.",
  },

  dashboard: {
    heading: "Møder og kalender",
    links: "Genveje til møder og kalender",
    plan: "Planlæg møde",
    followUps: "Mine opfølgninger",
    myCalendar: "Min mødekalender (abonnér i din kalender)",
    committeeLinks: (committee: string) => `Genveje for ${committee}`,
    yearCalendar: (year: number) => `Mødekalender ${year}`,
    planHere: "Planlæg møde i udvalget",
    themes: "Temaer til kommende møder",
    standing: "Faste punkter",
  },
} as const;
