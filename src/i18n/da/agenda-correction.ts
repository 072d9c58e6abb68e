/** Messages of corrections after an agenda went out: withdrawn items, corrections, »Rettet dagsorden«. */
export const agendaCorrectionMessages = {
  errors: {
    reasonRequired: "Skriv en begrundelse. Rettelsen vises for medlemmerne og offentligheden.",
    reasonTooLong: (max: number) => `Begrundelsen må højst være ${max} tegn.`,
    notPublished:
      "Dagsordenen er ikke udsendt endnu. Ret punktet direkte på dagsordenen i stedet for at udsende en rettelse.",
    staleVersion:
      "Dagsordenen er udsendt i en ny version, siden du åbnede siden. Se den nye version, og prøv igen.",
    itemNotSent:
      "Punktet er ikke udsendt endnu. Fjern det fra dagsordenen i stedet for at trække det.",
    alreadyWithdrawn: "Punktet er allerede trukket.",
    withdrawnItem: "Punktet er trukket og kan ikke rettes.",
    nothingChanged: "Der er ingen ændringer at rette. Ret titlen eller teksten, før du gemmer.",
    noCase: "Punktet har ingen sag, så der er ingen tekst at rette. Ret titlen i stedet.",
    unknownField: (key: string) => `Sagen har ikke feltet »${key}«.`,
    caseChanged: "Sagen er ændret, siden du åbnede siden. Se den nye tekst, og prøv igen.",
    nothingToSend: "Der er ingen rettelser, der ikke er udsendt.",
    titleLocked:
      "Punktet er udsendt. Ret titlen med linket »Ret eller træk punkt« ved punktet, så rettelsen bliver synlig med en begrundelse.",
  },

  page: {
    title: (n: number) => `Ret eller træk punkt ${n}`,
    intro:
      "Dagsordenen er udsendt. En rettelse bliver synlig for medlemmerne og offentligheden med dato og begrundelse, og den tidligere tekst gemmes som en version af sagen. Når du er færdig, udsender du en rettet dagsorden.",
    back: "Tilbage til dagsordenen",
    correctHeading: "Ret punktet",
    title_: "Titel",
    fieldsLegend: "Sagens tekst",
    fieldHint:
      "Ret kun det, der skal rettes. Det, du ikke ændrer, beholder sin formatering (overskrifter, lister og fremhævninger).",
    notPublicField: "ikke offentligt felt",
    reason: "Begrundelse for rettelsen",
    reasonHint: "Fx »Beløbet i resuméet var forkert«. Vises for medlemmerne og offentligheden.",
    submitCorrection: "Gem rettelsen",
    withdrawHeading: "Træk punktet",
    withdrawIntro:
      "Punktet bliver stående med nummer og titel og teksten »Punktet er trukket«. Indhold og bilag fjernes fra hjemmesiden og søgningen.",
    withdrawReason: "Begrundelse for at trække punktet",
    withdrawReasonHint: "Vises for medlemmerne, og for et åbent punkt også for offentligheden.",
    submitWithdraw: "Træk punktet",
    link: (n: number) => `Ret eller træk punkt ${n}`,
  },

  assembly: {
    heading: "Rettelser",
    pending: (n: number) =>
      n === 1
        ? "1 rettelse er ikke udsendt til medlemmerne endnu."
        : `${n} rettelser er ikke udsendt til medlemmerne endnu.`,
    send: "Udsend rettet dagsorden",
    withSupplement: (n: number) =>
      n === 1 ? "Den udsendes med tillægsdagsordenen." : "De udsendes med tillægsdagsordenen.",
    withdrawn: "Trukket",
  },

  notices: {
    withdrawn: "Punktet er trukket. Husk at udsende en rettet dagsorden.",
    corrected: "Rettelsen er gemt. Husk at udsende en rettet dagsorden.",
    sent: "Den rettede dagsorden er udsendt.",
  },

  document: {
    withdrawnNote: "Punktet er trukket",
    /** After a withdrawn item's heading: »Punkt 3: Salg af grund (trukket)«. */
    withdrawnMark: "(trukket)",
    /** In an added item's heading: »Punkt 7: Vejnavne i Nørreby (tillægspunkt, 10.15-10.30)«. */
    supplementMark: "tillægspunkt",
    withdrawnClosedNote: "Punktet er trukket (lukket punkt)",
    withdrawalReason: "Begrundelse for at trække punktet",
    heading: "Rettelser",
    /** Rettelser and tillægspunkter alike: both go out after the agenda. */
    note: (sentAt: string | null) =>
      sentAt
        ? `Dagsordenen er ændret, efter den blev udsendt. Ændringerne blev udsendt ${sentAt}.`
        : "Dagsordenen er ændret, efter den blev udsendt.",
    /** Each line names its item by title too: numbers change as items move. */
    withdrawn: (n: number, title: string) => `Punkt ${n} »${title}« er trukket`,
    closed: (n: number, title: string) => `Punkt ${n} »${title}« behandles nu for lukkede døre`,
    opened: (n: number, title: string) => `Punkt ${n} »${title}« er nu et åbent punkt`,
    title: (n: number) => `Punkt ${n}: titlen er rettet`,
    titleStaff: (n: number, before: string, after: string) =>
      `Punkt ${n}: titlen er rettet fra »${before}« til »${after}«`,
    caseText: (n: number, labels: string[]) =>
      labels.length > 0
        ? `Punkt ${n}: ${labels.map((l) => `»${l}«`).join(", ")} er rettet`
        : `Punkt ${n}: teksten er rettet`,
    moved: (from: number, to: number, title: string) =>
      `Punkt ${from} »${title}« er flyttet og er nu punkt ${to}`,
    /** Neighbouring items shifted alike, e.g. by an item placed above them. */
    shifted: (from: number, fromLast: number, to: number, toLast: number) =>
      `Punkt ${from}–${fromLast} har fået nye numre og er nu punkt ${to}–${toLast}`,
    /** Two items that took each other's places. */
    swapped: (n: number, title: string, m: number, other: string) =>
      `Punkt ${n} »${title}« og punkt ${m} »${other}« har byttet plads`,
    added: (n: number, title: string) => `Punkt ${n} »${title}« er tilføjet som tillægsdagsorden`,
    /**
     * When the change was made, in brackets and named as such, so it is not read as the time
     * the item is handled, and a number and a date never run together.
     */
    line: (what: string, at: string, reason: string | null, unsent = false) => {
      const when = `${what} (ændret ${at}${unsent ? ", ikke udsendt endnu" : ""}).`;
      return reason ? `${when} Begrundelse: ${reason}` : when;
    },
  },

  notifications: {
    "agenda.item_withdrawn": (actor: string, title: string) =>
      `${actor} har trukket et punkt fra dagsordenen til ${title}`,
    "agenda.item_corrected": (actor: string, title: string) =>
      `${actor} har rettet et punkt på dagsordenen til ${title}`,
    "agenda.corrected": (actor: string, title: string) =>
      `${actor} har udsendt en rettet dagsorden til ${title}`,
  } as Record<string, (actor: string, title: string) => string>,
} as const;
