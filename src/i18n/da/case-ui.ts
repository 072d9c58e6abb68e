import type { CaseStatus } from "../../domain/case/case.policy.ts";
/** What authors, approvers and secretaries see in the case pages and the editor. */
export const caseUi = {
  status: {
    draft: "Kladde",
    submitted: "Sendt til godkendelse",
    returned: "Sendt retur",
    approved: "Godkendt",
    scheduled: "Sat på dagsorden",
    decided: "Behandlet",
    archived: "Arkiveret",
  } satisfies Record<CaseStatus, string> as Record<string, string>,

  list: {
    title: "Sager",
    intro:
      "Sager, du skriver, sager sendt til dig til godkendelse og godkendte sager til dagsordenen.",
    mine: "Mine sager i arbejde",
    mineEmpty: "Du har ingen sager endnu.",
    mineNoneInWork: "Du har ingen sager i arbejde.",
    handedOn: "Mine sager på dagsordener",
    handedOnCount: (n: number) =>
      n === 1
        ? "1 sag er sat på en dagsorden eller behandlet på et møde."
        : `${n} sager er sat på en dagsorden eller behandlet på et møde.`,
    handedOnPages: "Sider med sager på dagsordener",
    toApprove: "Til godkendelse",
    toApproveEmpty: "Ingen sager venter på din godkendelse.",
    forAgenda: "Godkendt til dagsorden",
    forAgendaEmpty: "Ingen godkendte sager venter.",
    newCase: "Opret ny sag",
    caseTitle: "Sag",
    committee: "Udvalg",
    status: "Status",
    author: "Forfatter",
    approver: "Godkender",
    updated: "Sidst ændret",
  },

  create: {
    title: "Opret ny sag",
    intro: "Vælg udvalget. Sagen oprettes som en kladde i udvalgets sagsskabelon.",
    committee: "Udvalg",
    purpose: "Formål",
    purposeHint: "Titlen skal begynde med formålet, fx »Beslutning om nye åbningstider«.",
    caseTitle: "Titel",
    submit: "Opret sag",
    noCommittees: "Du har ikke rollen sagsproducent i noget udvalg.",
    choosePurpose: "Vælg formål",
  },

  page: {
    breadcrumb: "Sager",
    saved: (revision: string) => `Sagen er gemt som version ${revision}.`,
    unchanged: "Der var ingen ændringer at gemme.",
    removed: (fields: string) =>
      `Noget indhold kunne ikke gemmes og er fjernet fra ${fields}. Resten er gemt.`,
    submitted: "Sagen er sendt til godkendelse.",
    returned: "Sagen er sendt retur til forfatteren.",
    /** Above a returned case: why it was returned, by whom and when. */
    returnedBy: (name: string, when: string) => `Sendt retur af ${name} ${when}`,
    replyToReturn: "Svar på kommentaren",
    approved: "Sagen er godkendt.",
    restored: (n: string) => `Version ${n} er gendannet som en ny version.`,
    commented: "Kommentaren er gemt.",
    unreached: (count: number) =>
      count === 1
        ? "1 nævnt person kunne ikke få besked, fordi vedkommende ikke findes eller ikke kan læse sagen."
        : `${count} nævnte personer kunne ikke få besked, fordi de ikke findes eller ikke kan læse sagen.`,
    imported:
      "Word-dokumentet er indsat i sagens felter og gemt som en ny version. Gennemse teksten. En tidligere version kan gendannes under »Versioner og ændringer«.",
    uploaded: "Bilaget er gemt.",
    errorTitle: "Sagen blev ikke gemt",
    /** Opening or downloading a case that is not there for the user. */
    openErrorTitle: "Sagen kan ikke vises",
    facts: "Om sagen",
    caseTitle: "Titel",
    titleHint: (max: number) =>
      `Begynd med formålet: Orientering, Drøftelse, Beslutning eller Temadrøftelse. Højst ${max} tegn.`,
    purpose: "Formål",
    noPurpose: "Intet formål valgt",
    journalNumber: "Journalnummer",
    journalHint: "KLE-form: emne-handlingsfacet-løbenummer-år, fx 00.01.00-A21-2-20.",
    duration: "Tidsforbrug på mødet (minutter)",
    closed: "Lukket punkt",
    closedHint: "Lukkede punkter offentliggøres kun med titel, begrundelse og åben beslutning.",
    /** »Lukket punkt« of an open case whose item a secretary closed on an agenda. */
    closedOnAgendaOnly: (meeting: string) => `Nej, men lukket på dagsordenen til ${meeting}`,
    closureReason: "Begrundelse for lukning",
    closureHint: "Skal udfyldes, når punktet er lukket (Styrelsesloven § 10).",
    openDecision: "Åben beslutning",
    required: "skal udfyldes",
    notPublic: "offentliggøres ikke",
    fieldText: (label: string) => `Tekst i »${label}«`,
    fieldHint:
      "Skriv almindelig tekst. Linjer, der begynder med »- « eller »1. «, bliver til lister.",
    guidance: "Vejledning",
    example: "Eksempel",
    recommendationLead: "Indledning",
    recommendationLeadHint: "Fx »Direktøren indstiller,«",
    recommendationPoint: (n: number) => `Punkt ${n}`,
    recommendationHint: "Hvert punkt begynder med »at«. Tomme punkter udelades.",
    /** Under a point that does not begin with »at«, as soon as the author leaves it. */
    recommendationPointNeedsAt: "Punktet skal begynde med »at«, fx »at udvalget godkender …«.",
    save: "Gem",
    saveHint: "Hver gang du gemmer, bliver det en ny version, som kan sammenlignes og gendannes.",
    readOnly: {
      submitted: (name: string) =>
        `Sagen er sendt til godkendelse hos ${name} og kan ikke redigeres, før den er godkendt eller sendt retur.`,
      approved: "Sagen er godkendt og låst. Udvalgets sekretær kan sætte den på en dagsorden.",
      other: "Du kan læse sagen, men ikke redigere den.",
    },
    people: "Personer",
    author: "Forfatter",
    approver: "Godkender",
    committee: "Udvalg",
    status: "Status",
    version: "Version",
    sendHeading: "Send til godkendelse",
    chooseApprover: "Godkender",
    chooseApproverOption: "Vælg godkender",
    noApprovers: "Der er ingen godkendere i udvalget.",
    send: "Gem og send til godkendelse",
    sendHint:
      "Sagen gemmes først. Derefter kan du ikke redigere den, før den er godkendt eller sendt retur.",
    returnHeading: "Send sagen retur",
    returnIntro:
      "Dine rettelser i teksten gemmes som en version, som forfatteren kan se som ændringer, og sagen går tilbage til forfatteren.",
    approve: "Gem og godkend",
    approveHeading: "Godkend sagen",
    approveIntro:
      "Dine rettelser gemmes, og sagen godkendes. Forfatteren kan derefter ikke rette i den, og sekretæren kan sætte den på en dagsorden.",
    returnComment: "Kommentar til forfatteren",
    returnHint: "Skriv, hvad forfatteren skal rette. Kræves, når sagen sendes retur.",
    sendBack: "Gem og send retur",
    links: "Mere om sagen",
    versions: "Versioner og ændringer",
    exportDocx: "Hent sagen som Word (DOCX)",
    changesHeading: "Ændringer, siden du sendte sagen",
    changesIntro: (who: string, when: string) =>
      `${who} har rettet i sagen ${when}. Indsat tekst er understreget, slettet tekst er gennemstreget.`,
    changesLink: "Se alle versioner",
    historyHeading: "Sagens forløb",
    meetingsHeading: "Møder, sagen har været på",
    /** After a meeting in the case's history where its item was closed. */
    closedOnAgenda: "lukket punkt",
    /** Above the case when its latest agenda item is closed but the case itself is not. */
    closedOnMeeting: (meeting: string) =>
      `Punktet er lukket på dagsordenen til ${meeting}, så sagens tekst offentliggøres ikke dér. Lukningen står på dagsordenen, ikke i sagen.`,
    stepsHeading: "Skrivning og godkendelse",
  },

  /** Comparing the case with an earlier version on the case page (»Vis ændringer«). */
  changes: {
    heading: "Ændringer i sagen",
    since: {
      seen: (n: number) => `Sagen er ændret, siden du sidst så den (version ${n}).`,
      returned_by_me: (n: number) => `Sagen er ændret, siden du sendte den retur (version ${n}).`,
      returned_to_me: (n: number) =>
        `Sagen er ændret, siden den blev sendt retur til dig (version ${n}).`,
    },
    compareWith: "Sammenlign med version",
    option: (n: number, who: string, when: string) => `Version ${n}, ${who}, ${when}`,
    show: "Vis ændringer",
    hide: "Skjul ændringer",
    shownHeading: (from: number, to: number) => `Ændringer fra version ${from} til version ${to}`,
    /** How changes are marked: under »Vis ændringer« and on the versions page. */
    shownIntro:
      "Hvert felt vises med ændringerne markeret: indsat tekst er grøn og understreget, slettet tekst er rød og gennemstreget, og et afsnit, en overskrift eller en celle, der kun har fået ny formatering (fx fed skrift, et andet overskriftsniveau eller en overskriftsrække), har en stiplet ramme.",
    badVersion: "Vælg en af sagens tidligere versioner at sammenligne med.",
    latest: "Vælg en version, der er ældre end den nuværende.",
  },

  check: {
    heading: "Skrivetjek",
    lix: (lix: string, scale: string) => `LIX ${lix} (${scale})`,
    caseLix: (lix: string, scale: string) => `Hele sagen: LIX ${lix} (${scale})`,
    noText: "Ingen tekst endnu.",
    lixTooShort: (words: number, min: number) =>
      `Ingen LIX: feltet har ${words === 1 ? "1 ord" : `${words} ord`}, LIX vises fra ${min} ord.`,
    lixWhy: "Om LIX",
    lixReason: (min: number) =>
      `LIX måler, hvor let en tekst er at læse, ud fra sætningernes længde og andelen af lange ord (over seks bogstaver). Under 35 er let, fra 45 er svært. I en tekst på under ${min} ord kan ét langt ord flytte tallet et helt trin, så LIX vises først fra ${min} ord.`,
    spelling: (count: number) => (count === 1 ? "1 ukendt ord:" : `${count} ukendte ord:`),
    noSpelling: "Ingen ukendte ord.",
    accessibility: (count: number) =>
      count === 1 ? "1 tilgængelighedsproblem:" : `${count} tilgængelighedsproblemer:`,
    noAccessibility: "Ingen tilgængelighedsproblemer.",
    cpr: (count: number) => (count === 1 ? "1 CPR-nummer:" : `${count} CPR-numre:`),
    cprNote:
      "Skriv kun CPR-numre, som sagen ikke kan undvære. Udvalgets medlemmer kan læse dem; på den offentlige side vises de som XXXXXX-XXXX.",
    failed: "Skrivetjekket kunne ikke køres lige nu.",
    checking: "Tjekker …",
  },

  editor: {
    toolbar: (label: string) => `Formatering af »${label}«`,
    heading1: "Overskrift",
    heading2: "Underoverskrift",
    bold: "Fed",
    italic: "Kursiv",
    bulletList: "Punktliste",
    orderedList: "Nummereret liste",
    table: "Indsæt tabel",
    addRow: "Tilføj række",
    headerRow: "Overskriftsrække",
    link: "Link",
    linkPrompt: "Linkets adresse (https://… eller mailto:…). Tom fjerner linket.",
    linkInvalid: "Et link skal begynde med https://, http:// eller mailto:.",
    comment: "Kommentér",
    commentNeedsSelection: "Markér først den tekst, du vil kommentere.",
    commentNeedsSave: "Gem dine ændringer i feltet, før du kommenterer en markering.",
    commentReady: (text: string) => `Skriv din kommentar til »${text}« i kommentarfeltet.`,
    tooBig: "Teksten er for lang til at blive tjekket. Del den op, eller læg den i et bilag.",
    saveTooBig:
      "Sagen er for stor til at blive gemt på én gang. Læg lange tekster i et bilag, og prøv igen. Intet er gemt, og din tekst er ikke tabt.",
  },

  comments: {
    heading: "Kommentarer",
    none: "Ingen kommentarer endnu.",
    newHeading: "Ny kommentar",
    field: "Felt",
    wholeCase: "Hele sagen",
    body: "Kommentar",
    bodyHint:
      "Nævn en kollega med @ og e-mailadressen, fx @godkender@eksempel.dk, så får de besked.",
    anchorNote: "Kommentaren knyttes til den markerede tekst:",
    notify: "Giv besked til",
    submit: "Gem kommentar",
    reply: "Svar",
    replyLabel: (name: string) => `Svar til ${name}`,
    /** Under one's own comment: an addition to the thread, not an answer to oneself. */
    replyInThread: "Skriv mere i tråden",
    sendReply: "Send svar",
    resolve: "Markér som løst",
    reopen: "Genåbn",
    resolved: (name: string, when: string) => `Løst af ${name} ${when}.`,
    on: (label: string) => `Om »${label}«`,
    quote: "Markeret tekst",
    detached: "Den markerede tekst er slettet.",
    by: (name: string, when: string) => `${name}, ${when}`,
  },

  revisions: {
    title: (caseTitle: string) => `Versioner af ${caseTitle}`,
    heading: "Versioner",
    intro:
      "Hver gang sagen gemmes, bliver det en ny version. Vælg to versioner for at se ændringerne mellem dem.",
    number: "Version",
    who: "Gemt af",
    when: "Tidspunkt",
    from: "Fra",
    to: "Til",
    fromVersion: (n: number) => `Fra version ${n}`,
    toVersion: (n: number) => `Til version ${n}`,
    compare: "Vis ændringer",
    restoredFrom: (n: number) => `gendannet fra version ${n}`,
    restore: (n: number) => `Gendan version ${n}`,
    restoreHeading: "Gendan en tidligere version",
    diffHeading: (from: number, to: number) => `Ændringer fra version ${from} til ${to}`,
    diffIntro: (a: string, b: string) => `Version ${a} mod version ${b}.`,
    unknownPerson: "ukendt",
    noChanges: "Ingen ændringer.",
    unchangedField: "Uændret.",
    facts: "Sagens oplysninger",
    inserted: "Indsat:",
    deleted: "Slettet:",
    /** Before a block whose form alone changed: a heading's level, a header row. */
    restyled: "Formatering ændret:",
    approximate: "Teksterne er for forskellige til at blive sammenlignet ord for ord.",
    onlyOne: "Sagen har kun én version.",
    back: "Tilbage til sagen",
    badRange: "Vælg to forskellige versioner.",
  },

  conflict: {
    title: "Sagen er ændret af en anden",
    /** When the other save was the user's own, in another tab or on another device. */
    titleSelf: "Sagen er ændret i en anden fane",
    messageSelf:
      "Du har selv gemt sagen i en anden fane eller på en anden enhed, efter du begyndte at redigere her. Begge steder er det samme ændret, så ændringen herfra er ikke gemt. Begge versioner vises nedenfor, så du kan vælge.",
    theirs: (name: string, when: string) => `Gemt version (${name}, ${when})`,
    yours: "Din version (ikke gemt)",
    field: (label: string) => `»${label}«`,
    keepMine: "Gem min version alligevel",
    keepMineHint:
      "Din tekst gemmes i stedet for den gemte, hvor I begge har ændret noget. Det, den anden har ændret andre steder i sagen, bevares. Den gemte version kan altid findes og gendannes under Versioner.",
    discard: "Kassér mine ændringer og åbn den gemte version",
    empty: "(tom)",
  },

  word: {
    importHeading: "Indsæt fra Word",
    importHint:
      "Vælg et Word-dokument (DOCX). Afsnit under en overskrift med et felts navn, fx »Sagsfremstilling«, sættes ind i det felt. Tekst før den første feltoverskrift springes over, og det samme gør listen over bilag under overskriften »Bilag« til sidst. Har dokumentet ingen feltoverskrifter, sættes det hele ind i det første tekstfelt. Felterne, der indsættes i, erstattes.",
    importFile: "Word-dokument",
    importSubmit: "Indsæt dokumentet",
    notDocx: "Filen er ikke et Word-dokument (DOCX), der kan læses.",
    tooLarge: (mb: number) => `Word-dokumentet er for stort. Højst ${mb} MB.`,
    unpackedTooLarge:
      "Word-dokumentet fylder for meget, når det pakkes ud, og afvises. Gem det igen i Word, eller kopiér teksten ind.",
    noFile: "Vælg et Word-dokument.",
    noText: "Word-dokumentet indeholder ingen tekst.",
    readOnly: "Sagen kan ikke redigeres, så der kan ikke indsættes et dokument.",
  },

  sharing: {
    heading: "Deling",
    intro: "Kolleger, du deler sagen med, kan læse, rette og sende den til godkendelse som dig.",
    none: "Sagen er ikke delt med nogen.",
    with: "Del med",
    share: "Del sagen",
    stop: "Stop deling",
    stopFor: (name: string) => `Stop deling med ${name}`,
    shared: "Sagen er delt.",
    unshared: "Delingen er stoppet.",
  },

  attachments: {
    heading: "Bilag",
    none: "Sagen har ingen bilag.",
    file: "Fil",
    hint: "PDF, Word, Excel, PowerPoint eller billeder, højst 25 MB. Filtypen kontrolleres ud fra indholdet.",
    public: "Bilaget må offentliggøres",
    submit: "Tilføj bilag",
    failedTitle: "Bilaget blev ikke gemt",
  },

  template: {
    title: (committee: string) => `Sagsskabelon for ${committee}`,
    intro:
      "Felterne i den rækkefølge, de står i sagerne. Ændringer gælder nye sager; eksisterende sager beholder deres felter.",
    name: "Skabelonens navn",
    field: (n: number) => `Felt ${n}`,
    key: "Nøgle (små bogstaver, tal og bindestreg)",
    label: "Overskrift",
    guidance: "Vejledning til forfatteren",
    example: "Eksempel",
    required: "Skal udfyldes",
    public: "Offentlig",
    kind: "Type",
    kindText: "Tekst",
    kindRecommendations: "Indstilling (nummererede at-punkter)",
    position: "Placering",
    remove: "Fjern feltet",
    newField: "Nyt felt (udfyld for at tilføje)",
    save: "Gem skabelonen",
    saved: "Skabelonen er gemt.",
    errorTitle: "Skabelonen blev ikke gemt",
    noTemplate: "Udvalget har endnu ingen skabelon. Udfyld felterne nedenfor for at oprette en.",
    link: "Rediger sagsskabelonen",
  },

  notifications: {
    heading: "Nye beskeder",
    none: "Ingen nye beskeder.",
    markRead: "Markér alle som læst",
    kinds: {
      mention: (actor: string, title: string) =>
        `${actor} nævnte dig i en kommentar til »${title}«`,
      "case.submitted": (actor: string, title: string) =>
        `${actor} har sendt »${title}« til din godkendelse`,
      "case.returned": (actor: string, title: string) => `${actor} har sendt »${title}« retur`,
      "case.approved": (actor: string, title: string) => `${actor} har godkendt »${title}«`,
    } as Record<string, (actor: string, title: string) => string>,
    other: (actor: string, title: string) => `${actor}: »${title}«`,
    casesLink: "Sager",
  },

  history: {
    created: (who: string) => `${who} oprettede sagen`,
    submitted: (who: string, approver: string) =>
      `${who} sendte sagen til godkendelse hos ${approver}`,
    returned: (who: string) => `${who} sendte sagen retur`,
    approved: (who: string) => `${who} godkendte sagen`,
    revision: (who: string, n: number) => `${who} gemte version ${n}`,
    restored: (who: string, n: number, from: number) =>
      `${who} gemte version ${n} (gendannet fra version ${from})`,
    shared: (who: string, user: string) => `${who} delte sagen med ${user}`,
    unshared: (who: string, user: string) => `${who} stoppede deling med ${user}`,
    comment: (who: string) => `${who} kommenterede`,
    commentResolved: (who: string) => `${who} markerede en kommentar som løst`,
    commentReopened: (who: string) => `${who} genåbnede en kommentar`,
    other: (who: string) => `${who}`,
    someone: "Ukendt",
    none: "Sagen har ingen registrerede skridt endnu.",
  },
} as const;
