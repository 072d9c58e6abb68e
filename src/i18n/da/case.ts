/** Messages of case authoring: saving, approval, comments, revisions and case templates. */
export const caseMessages = {
  notFound: "Sagen findes ikke, eller du har ikke adgang til den.",
  commentNotFound: "Kommentaren findes ikke, eller du har ikke adgang til den.",
  committeeNotFound: "Udvalget findes ikke, eller du har ikke adgang til det.",
  invalidInput: (where: string) => `Ugyldige data i »${where}«.`,

  forbidden: {
    create: "Du kan ikke oprette sager i dette udvalg. Det kræver rollen sagsproducent.",
    edit: {
      draft: "Kun sagens forfatter og dem, sagen er delt med, kan redigere den.",
      submitted: "Sagen er sendt til godkendelse. Kun den valgte godkender kan ændre den nu.",
      approved: "Sagen er godkendt og låst. Kun udvalgets sekretær kan ændre den.",
      locked: "Sagen er sat på en dagsorden og kan ikke længere ændres her.",
    },
    submit: "Kun sagens forfatter og dem, sagen er delt med, kan sende den til godkendelse.",
    notSubmittable: "Sagen kan kun sendes til godkendelse, når den er en kladde eller sendt retur.",
    review: "Kun den valgte godkender kan godkende sagen eller sende den retur.",
    notInReview: "Sagen er ikke sendt til godkendelse.",
    comment: "Du kan ikke kommentere denne sag.",
    share: "Kun sagens forfatter kan dele den.",
    template: "Kun en administrator kan ændre udvalgets sagsskabelon.",
  },

  title: {
    missing: "Skriv en titel.",
    tooLong: (max: number) => `Titlen må højst være ${max} tegn.`,
    purposeMismatch: (inTitle: string, chosen: string) =>
      `Titlen begynder med »${inTitle}«, men sagens formål er »${chosen}«. Ret titlen eller formålet.`,
    needsPurpose: (purpose: string) =>
      `Titlen skal begynde med sagens formål, »${purpose}«, fx »${purpose} om nye åbningstider«.`,
  },
  journalNumber: (value: string) =>
    `Journalnummeret »${value}« har ikke KLE-formen emne-handlingsfacet-løbenummer-år, fx 00.01.00-A21-2-20.`,
  closureReasonRequired: "Skriv begrundelsen for, at punktet er lukket (Styrelsesloven § 10).",
  textTooLong: (what: string, max: number) => `${what} må højst være ${max} tegn.`,
  duration: (max: number) => `Tidsforbruget skal være et helt antal minutter mellem 1 og ${max}.`,
  unknownField: (key: string) => `Feltet »${key}« findes ikke i sagen.`,
  duplicateField: (key: string) => `Feltet »${key}« er sendt mere end én gang.`,
  labels: {
    title: "Titel",
    purpose: "Formål",
    journalNumber: "Journalnummer",
    closed: "Lukket punkt",
    closureReason: "Begrundelse for lukning",
    openDecision: "Åben beslutning",
    durationMinutes: "Tidsforbrug (minutter)",
    yes: "Ja",
    no: "Nej",
  },

  conflict: (name: string | null) =>
    `Sagen er blevet gemt${name ? ` af ${name}` : ""}, efter du begyndte at redigere. I har begge ændret det samme, så din ændring er ikke gemt. Begge versioner vises nedenfor, så du kan vælge.`,

  richText: {
    notADocument: (label: string) =>
      `Indholdet af feltet »${label}« kunne ikke læses. Indsæt teksten igen, eller skriv den direkte i feltet.`,
    tooBig: (label: string, mb: number) =>
      `Indholdet af feltet »${label}« er for stort (over ${mb} MB). Læg lange dokumenter i et bilag i stedet.`,
    tooLong: (label: string, length: number, max: number) =>
      `Feltet »${label}« er for langt (${length.toLocaleString("da-DK")} tegn). Højst ${max.toLocaleString("da-DK")} tegn pr. felt; læg lange tekster i et bilag.`,
    tooDeep: (label: string) =>
      `Feltet »${label}« har for mange lister eller tabeller inden i hinanden.`,
    longWord: (label: string, start: string, length: number, max: number) =>
      `Feltet »${label}« indeholder et ord på ${length.toLocaleString("da-DK")} tegn, der begynder med »${start}…«. Et ord må højst være ${max} tegn; tjek, om der mangler mellemrum.`,
  },

  submit: {
    problems: "Sagen kan ikke sendes til godkendelse. Ret dette først:",
    requiredField: (label: string) => `Udfyld »${label}«.`,
    purpose: "Vælg sagens formål (Orientering, Drøftelse, Beslutning eller Temadrøftelse).",
    recommendations: (label: string) =>
      `Skriv »${label}« som en nummereret liste, hvor hvert punkt begynder med »at«.`,
    approverMissing: "Vælg en godkender.",
    approverNotAllowed: "Den valgte person kan ikke godkende sager i dette udvalg.",
    selfApproval: "Du kan ikke selv godkende en sag, du har skrevet.",
  },
  returnCommentRequired: "Skriv en kommentar, der forklarer, hvad forfatteren skal rette.",

  comment: {
    bodyMissing: "Skriv en kommentar.",
    anchorInvalid: "Kommentarens markering i teksten er ugyldig.",
    anchorWithoutField: "En markering i teksten kræver, at feltet er angivet.",
    parentNotFound: "Kommentaren, du svarer på, findes ikke i denne sag.",
    markChangesText:
      "Teksten er ændret, siden du åbnede sagen. Markér teksten igen, og skriv kommentaren på ny.",
    markMissing: "Den markerede tekst blev ikke fundet i feltet.",
  },

  share: {
    notInCommittee: "Sagen kan kun deles med personer, der har en rolle i udvalget.",
    self: "Du kan ikke dele sagen med dig selv.",
  },

  revisions: {
    notFound: (n: number) => `Version ${n} findes ikke.`,
  },

  template: {
    noTemplate: "Udvalget har ingen sagsskabelon. Bed en administrator om at oprette en.",
    noFields: "Skabelonen skal have mindst ét felt.",
    tooManyFields: (max: number) => `Skabelonen må højst have ${max} felter.`,
    keyInvalid: (key: string) =>
      `Feltnøglen »${key}« er ugyldig. Brug små bogstaver a-z, tal og bindestreg (højst 40 tegn).`,
    keyDuplicate: (key: string) => `Feltnøglen »${key}« er brugt mere end én gang.`,
    labelMissing: (n: number) => `Felt nr. ${n} mangler en overskrift.`,
    oneRecommendationField: "Skabelonen må højst have ét indstillingsfelt.",
  },
} as const;
