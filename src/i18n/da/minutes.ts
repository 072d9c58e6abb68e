import { genitive } from "./genitive.ts";
import { itemNumbers } from "./item-list.ts";
/** Messages of holding a meeting (meeting mode, live view), the minutes and follow-up tasks. */
export const minutesMessages = {
  errors: {
    meetingNotFound: "Mødet findes ikke, eller du har ikke adgang til det.",
    itemNotFound: "Punktet findes ikke på dette møde.",
    itemWithdrawn:
      "Punktet er trukket fra dagsordenen og bliver ikke behandlet, så der føres ikke referat af det.",
    participantNotFound: "Deltageren findes ikke på dette møde.",
    conflictGone: "Inhabiliteten er allerede fjernet. Listen viser nu, hvad der er registreret.",
    voteGone: "Afstemningen er allerede fjernet. Listen viser nu, hvad der er registreret.",
    noteGone: "Protokoltilførslen er allerede fjernet. Listen viser nu, hvad der er registreret.",
    forbidden: "Kun udvalgets sekretær eller en administrator kan føre referat på dette møde.",
    notYetPublished:
      "Dagsordenen er ikke offentliggjort endnu. Mødet kan først afvikles, når dagsordenen er sendt ud.",
    minutesPublished:
      "Referatet er offentliggjort og kan ikke længere ændres direkte. Ret det med en rettelse med begrundelse, så den offentliggjorte udgave forbliver læsbar.",
    minutesApproved:
      "Referatet er godkendt og låst. En rettelse skal laves som en ny udgave med begrundelse; den godkendte udgave forbliver læsbar.",
    decisionConflict: (name: string | null) =>
      `Beslutningen er blevet gemt${name ? ` af ${name}` : " af en anden"}, efter du åbnede punktet. Din tekst er ikke gemt. Begge udgaver vises herunder, så du kan flette dem og gemme igen.`,
    decisionEmpty: "Skriv beslutningen.",
    decisionTooLong: (max: number) => `Beslutningen må højst være ${max} tegn.`,
    textTooLong: (what: string, max: number) => `${what} må højst være ${max} tegn.`,
    required: (what: string) => `Udfyld »${what}«.`,
    badOutcome: "Vælg, om punktet blev besluttet eller taget til efterretning.",
    badAttendance: "Vælg, om deltageren var til stede eller havde afbud.",
    lateAndEarlyOrder: (name: string) =>
      `${name} kan ikke gå før det punkt, vedkommende mødte fra. Ret »Mødt fra punkt« eller »Gik før punkt«.`,
    absentWithItems: (name: string) =>
      `${name} har afbud og kan derfor ikke være mødt senere eller gået tidligere. Vælg »Til stede«, eller fjern punkterne.`,
    conflictExists: "Deltageren er allerede registreret som inhabil i dette punkt.",
    voteEmpty: "Skriv mindst ét navn eller bogstav under For, Imod eller Undlod, eller et antal.",
    badCount: "Antal stemmer skal være et helt tal mellem 0 og 999.",
    targetMeeting:
      "Vælg et senere møde, der ikke er afholdt endnu. Punktet kan kun flyttes frem i tiden.",
    targetSameCommittee: "Et punkt kan kun udsættes til et senere møde i samme udvalg.",
    targetOtherCommittee: "Vælg et møde i et andet udvalg at sende sagen videre til.",
    targetForbidden: "Du kan ikke sætte punkter på det valgte møde.",
    caseAlreadyThere: "Sagen er allerede på dagsordenen til det valgte møde.",
    noCase: "Punktet har ingen sag, der kan flyttes.",
    alreadyContinued: "Punktet er allerede udsat eller sendt videre til et andet møde.",
    voteStillOpen:
      "Medlemmerne stemmer stadig. Afslut afstemningen på ordstyrerskærmen, før den kan fjernes.",
    postponedItemSent: (date: string) =>
      `Punktet er udsat, og medlemmerne har allerede fået det på dagsordenen for mødet ${date}. Træk det tilbage fra den dagsorden med en rettelse, og skriv så beslutningen her.`,
    notDecided: "Kun en sag, der er truffet beslutning i, kan sendes videre til et andet udvalg.",
    standingCannotMove: "Et stående punkt kan ikke udsættes eller sendes videre.",
    notHeldYet: "Mødet skal være afholdt, før referatet kan offentliggøres.",
    missingDecisions: (numbers: number[]) =>
      `Referatet kan ikke offentliggøres, før der er en beslutning i alle punkter. Mangler: ${numbers.map((n) => `punkt ${n}`).join(", ")}.`,
    openDecisionTooLong: (max: number) => `Den åbne beslutning må højst være ${max} tegn.`,
    correctionEmpty:
      "Skriv den rettede beslutning eller, for et lukket punkt, den åbne beslutning.",
    openDecisionOfOpenItem:
      "Kun et lukket punkt har en åben beslutning. Ret beslutningen selv for et åbent punkt.",
    notVoter: (name: string, why: "absent" | "inhabil" | "guest") =>
      `${name} kan ikke stemme under punktet, fordi ${
        {
          absent: "vedkommende ikke er til stede",
          inhabil: "vedkommende er inhabil",
          guest: "vedkommende ikke er medlem af udvalget",
        }[why]
      }. Fjern navnet, eller ret fremmødet eller inhabiliteten først.`,
    votedTwice: (name: string) =>
      `${name} står under mere end én af For, Imod og Undlod. Skriv navnet ét sted.`,
    fewerVotes: (side: string, names: number, count: number) =>
      `Under ${side} står ${names} navne, men antallet er ${count}. Ret antallet, eller lad feltet stå tomt, så tælles navnene.`,
    /** `votes` is null for a party named without a number. */
    partyVotes: (party: string, votes: number | null, voters: number) =>
      votes === null
        ? `${party} står i afstemningen, men ingen fra ${party} kan stemme under punktet. Fjern ${party}, eller ret fremmødet eller inhabiliteten først.`
        : `${party} er angivet med ${votes} ${votes === 1 ? "stemme" : "stemmer"}, men ${voters === 0 ? "ingen" : `kun ${voters}`} ${voters === 1 ? "medlem" : "medlemmer"} fra ${party} kan stemme under punktet. Ret tallet, eller ret fremmødet eller inhabiliteten først.`,
    partyLetterUncounted:
      "Et partibogstav alene står for alle partiets stemmer, men fremmødet er ikke registreret, så de kan ikke tælles. Skriv antallet ved partiet, fx »A (3)«, eller registrér fremmødet først.",
    /** `parties`: those that can vote at the item. */
    unknownParty: (party: string, parties: string[]) =>
      `${party} er ikke parti for nogen af mødets deltagere. ${
        parties.length === 0
          ? "Skriv et navn."
          : `Skriv ${parties.length === 1 ? "partiet" : "et af partierne"} ${parties.join(", ")} eller et navn.`
      }`,
    tooManyVotes: (cast: number, voters: number) =>
      `Afstemningen har ${cast} stemmer, men kun ${voters} ${voters === 1 ? "deltager kan" : "deltagere kan"} stemme under punktet (til stede og ikke inhabile). Ret antallene, eller ret fremmødet først.`,
    alreadyPublished: "Referatet er allerede offentliggjort.",
    notPublished: "Referatet er ikke offentliggjort.",
    alreadyApproved: "Referatet er allerede godkendt.",
    noMinutesToApprove:
      "Der er intet offentliggjort referat fra et tidligere møde i udvalget, som kan godkendes her.",
    notApprovingItem:
      "Referatet kan kun godkendes under det stående punkt »Godkendelse af dagsorden og referat«.",
    approvingMeetingState: "Referatet godkendes på næste møde, mens det mødes.",
    reasonRequired: "Skriv begrundelsen for rettelsen. Den vises sammen med den nye udgave.",
    nothingChanged: "Rettelsen ændrer ikke noget. Skriv den rettede tekst.",
    versionNotFound: "Den udgave af referatet findes ikke.",
    taskNotFound: "Opfølgningen findes ikke, eller du har ikke adgang til den.",
    dueDate: "Fristen skal være en dato (åååå-mm-dd).",
    assigneeMissing: "Vælg, hvem opfølgningen er til, eller skriv et navn.",
    assigneeUnknown: "Den valgte person er ikke medlem af udvalget.",
    finishNotReady:
      "Mødet kan kun registreres som afholdt, når dagsordenen er udsendt, og det ikke er registreret som afholdt i forvejen.",
    finishEarly:
      "Mødedagen er ikke kommet endnu. Er mødet holdt før den planlagte dag, så sæt flueben i »Mødet er holdt før den planlagte dag«, og registrér det igen.",
  },

  hold: {
    title: (committee: string, date: string) => `Mødeafvikling: ${committee} ${date}`,
    intro:
      "Registrér fremmøde, inhabilitet, beslutninger, afstemninger og protokoltilførsler. Alt vises i referatet.",
    back: "Til dagsordenen",
    live: "Åbn livevisning",
    minutes: "Til referatet",
    /** The same link while the meeting is still open. */
    draftMinutes: "Se referatudkastet",
    status: "Status",
    attendanceHeading: "Fremmøde",
    attendanceIntro:
      "Sæt afbud for hele mødet, eller vælg punktet, hvor en deltager mødte senere eller gik.",
    participant: "Deltager",
    presence: "Fremmøde",
    present: "Til stede",
    absent: "Afbud",
    lateFrom: "Mødt fra punkt",
    leftBefore: "Gik før punkt",
    /** The empty choice of »Mødt fra punkt« and »Gik før punkt«. */
    noItem: { late: "Fra mødets start", early: "Blev til mødets slutning" },
    note: "Bemærkning (fx »kl. 9.40« eller »deltog via video«)",
    saveAttendance: "Gem fremmøde",
    attendanceSaved: "Fremmødet er gemt.",
    guest: "gæst",
    itemsHeading: "Punkter",
    jumpToItem: "Gå til",
    attendanceLink: "Fremmøde",
    itemLink: (n: number) => `Punkt ${n}`,
    recommendation: "Indstilling",
    decisionHeading: "Beslutning",
    outcome: "Udfald",
    decisionText: "Beslutningens tekst",
    decisionHelp:
      "Udfyldt ud fra indstillingen. Ret teksten, så den siger, hvad mødet besluttede. Afstemninger og inhabilitet, som du registrerer nedenfor, kommer med i referatet af sig selv.",
    openDecision: "Åben beslutning",
    openDecisionHelp:
      "Punktet er lukket: offentligheden ser kun titlen, begrundelsen og denne tekst. Skriv det, der kan oplyses om beslutningen uden fortrolige oplysninger.",
    saveDecision: "Gem beslutning",
    savedBy: (name: string | null, at: string) =>
      name ? `Senest gemt af ${name} kl. ${at}` : `Senest gemt kl. ${at}`,
    notRecorded: "Ingen beslutning endnu.",
    /** The form holds a text written from the recommendation that nobody has saved. */
    notRecordedPrefill:
      "Ingen beslutning gemt endnu. Teksten herunder er et forslag, indtil du gemmer den.",
    conflictsHeading: "Inhabilitet",
    conflictParticipant: "Inhabil deltager",
    conflictNote: "Begrundelse (valgfri)",
    addConflict: "Registrér inhabilitet",
    conflictAdded: "Inhabiliteten er registreret og står i listen ovenfor.",
    removeConflict: (name: string) => `Fjern inhabilitet for ${name}`,
    conflictRemoved: (name: string) => `Inhabiliteten for ${name} er fjernet.`,
    votesHeading: "Afstemning",
    voteSubject: "Hvad blev der stemt om (valgfrit)",
    inFavour: "For",
    against: "Imod",
    abstaining: "Undlod",
    namesHelp: "Navne eller partibogstaver adskilt af komma.",
    countHelp: "Antal stemmer, når referatet skal vise et tal; tomt: antallet af navne.",
    voteCount: (side: string) => `Antal stemmer: ${side.toLowerCase()}`,
    count: (what: string) => `Antal ${what.toLowerCase()} (valgfrit)`,
    addVote: "Tilføj afstemning",
    voteAdded: "Afstemningen er tilføjet og står i listen ovenfor.",
    removeVote: (n: number) => `Fjern afstemning ${n}`,
    /** A removal's button after the first press: »Tryk igen: Fjern afstemning 1«. */
    confirmRemove: (label: string) => `Tryk igen: ${label}`,
    voteRemoved: (n: number) => `Afstemning ${n} er fjernet.`,
    notesHeading: "Protokoltilførsel",
    noteAuthor: "Hvem (navn eller gruppe)",
    noteText: "Tekst",
    addNote: "Tilføj protokoltilførsel",
    noteAdded: "Protokoltilførslen er tilføjet og står i listen ovenfor.",
    removeNote: (author: string) => `Fjern protokoltilførsel fra ${author}`,
    noteRemoved: (author: string) => `Protokoltilførslen fra ${author} er fjernet.`,
    postponeHeading: "Udsæt punktet",
    decideAfterAllStep: "Behandl punktet alligevel",
    decideAfterAll:
      "Punktet er udsat. Behandler udvalget det alligevel, så skriv beslutningen herunder, og gem den. Punktet fjernes da fra dagsordenen for det senere møde.",
    postponeTarget: "Udsæt til mødet",
    postponeReason: "Begrundelse (valgfri)",
    postponeReasonHint:
      "Skrives i beslutningen efter »Punktet blev udsat til …«, fx »Udvalget afventer Ældrerådets høringssvar.«",
    postpone: "Udsæt punktet",
    noLaterMeetings: "Der er ikke planlagt et senere møde i udvalget endnu.",
    postponedTo: (date: string) => `Se dagsordenen for mødet ${date}, som punktet er udsat til`,
    forwardHeading: "Send sagen videre til et andet udvalg",
    forwardTarget: "Send til mødet",
    forward: "Send sagen videre",
    noOtherMeetings: "Der er ingen kommende møder i andre udvalg, du kan sætte punkter på.",
    forwardedTo: (committee: string, date: string) =>
      `Se dagsordenen for ${committee} ${date}, som punktet er sendt videre til`,
    continuedFrom: (kind: "postponed" | "forwarded", committee: string, date: string) =>
      kind === "postponed"
        ? `Udsat fra mødet i ${committee} ${date}.`
        : `Sendt videre fra ${committee} ${date}.`,
    followUpHeading: "Opfølgning",
    followUpWhat: "Hvad skal gøres",
    followUpWho: "Hvem",
    followUpWhoName: "Eller navn/enhed",
    followUpNobody: "Vælg person",
    followUpDue: "Frist (valgfri)",
    addFollowUp: "Tilføj opfølgning",
    followUpAdded: "Opfølgningen er tilføjet og står i listen ovenfor.",
    approveHeading: "Godkend referatet fra sidste møde",
    approveIntro: (date: string) =>
      `Referatet fra mødet ${date} er offentliggjort og venter på godkendelse.`,
    approve: "Godkend referatet",
    approvedAlready: (date: string) => `Referatet fra mødet ${date} er godkendt.`,
    finishHeading: "Registrér mødet som afholdt",
    finishIntro:
      "Når mødet er holdt, og referatet er skrevet, registreres mødet som afholdt. Derefter kan referatet offentliggøres.",
    /** Before the meeting's day: afslutning early would date the minutes before the meeting. */
    finishEarly: (date: string) =>
      `Mødet er planlagt til ${date}, og mødedagen er ikke kommet endnu. Registrér det først som afholdt, når det er holdt: referatet får mødets dato.`,
    /** Items with no saved decision when the meeting is to be finished. */
    finishMissing: (numbers: number[]) =>
      `${itemNumbers(numbers)} har ingen gemt beslutning. Mødet kan registreres som afholdt, men referatet kan først offentliggøres, når alle punkter har en beslutning.`,
    finish: "Registrér mødet som afholdt",
    finishEarlyConfirm: "Mødet er holdt før den planlagte dag",
    /** At the top of meeting mode once the meeting is registered as held. */
    held: "Mødet er registreret som afholdt. Gennemse referatet, og offentliggør det, når det er klar.",
    heldLink: "Gå til referatet",
    yourText: "Din tekst (ikke gemt)",
    navLabel: "Mødets sider",
    errorTitle: "Det blev ikke gemt",
    saved: "Gemt.",
  },

  live: {
    title: (committee: string, date: string) => `Live: ${committee} ${date}`,
    intro:
      "Beslutningerne vises her, så snart referenten gemmer dem. Siden opdaterer sig selv; uden JavaScript kan du genindlæse den.",
    waiting: "Afventer beslutning.",
    connected: "Forbundet – nye beslutninger vises automatisk.",
    reconnecting: "Forbindelsen er afbrudt. Prøver igen …",
    updated: (n: number, title: string) => `Beslutning i punkt ${n}: ${title}`,
    conflicts: "Inhabil",
    tooManyTitle: "For mange åbne livevisninger",
    tooMany:
      "Du har for mange livevisninger åbne på én gang. Luk nogle af dem, og prøv igen om lidt.",
  },

  minutes: {
    title: (committee: string, date: string) => `Referat: ${committee} ${date}`,
    statusHeading: "Referatets status",
    notHeld:
      "Mødet er ikke afholdt endnu. Herunder står referatet med det, der er registreret indtil nu. Det kan offentliggøres, når mødet er registreret som afholdt.",
    /** For the minute taker: where the meeting is finished. */
    finishLink: "Registrér mødet som afholdt under mødeafviklingen",
    readyToPublish: "Mødet er afholdt. Gennemse referatet og offentliggør det.",
    /** Before the minutes are published: closed items whose decision the public cannot read. */
    noOpenDecision: (count: number) =>
      count === 1
        ? "Et lukket punkt har ingen åben beslutning. Offentligheden ser kun titlen og begrundelsen for lukningen. Skriv den åbne beslutning i mødeafviklingen, før du offentliggør, hvis noget af beslutningen kan oplyses:"
        : `${count} lukkede punkter har ingen åben beslutning. Offentligheden ser kun titlen og begrundelsen for lukningen. Skriv den åbne beslutning i mødeafviklingen, før du offentliggør, hvis noget af beslutningen kan oplyses:`,
    publish: "Offentliggør referatet",
    published: (at: string) => `Offentliggjort ${at}.`,
    publishedNotice: "Referatet er offentliggjort, og deltagerne har fået besked.",
    approved: (at: string, meeting: string | null) =>
      meeting ? `Godkendt ${at} på mødet ${meeting}.` : `Godkendt ${at}.`,
    awaitingApproval:
      "Referatet godkendes under »Godkendelse af dagsorden og referat« på næste møde.",
    lockedNote: "Referatet er låst. En rettelse bliver en ny udgave med begrundelse.",
    versionsHeading: "Udgaver",
    version: (n: number) => `Udgave ${n}`,
    versionTitle: (n: number, committee: string, date: string) =>
      `Referat, udgave ${n}: ${committee} ${date}`,
    versionOf: (n: number, at: string, by: string | null) =>
      by ? `Udgave ${n}, ${at}, af ${by}` : `Udgave ${n}, ${at}`,
    reason: "Begrundelse",
    firstVersion: "Offentliggjort udgave",
    current: "gældende",
    oldVersionNote: (n: number) =>
      `Dette er en tidligere udgave (${n}) af referatet. Den er erstattet af en rettet udgave.`,
    toCurrent: "Se den gældende udgave",
    correctHeading: "Ret referatet",
    correctIntro:
      "En rettelse laver en ny udgave af referatet. Den tidligere udgave og begrundelsen forbliver synlige.",
    correctItem: "Punkt",
    correctText: "Rettet beslutning (tom: uændret)",
    correctOpenDecision: "Rettet åben beslutning (kun lukkede punkter; tom: uændret)",
    correctReason: "Begrundelse for rettelsen",
    correct: "Gem rettelsen som ny udgave",
    public: "Se den offentlige udgave",
    hold: "Til mødeafviklingen",
  },

  followUp: {
    title: "Mine opfølgninger",
    intro: "Opgaver fra beslutninger, som du skal følge op på.",
    empty: "Du har ingen åbne opfølgninger.",
    what: "Opgave",
    meeting: "Møde og punkt",
    due: "Frist",
    noDue: "Ingen frist",
    overdue: "Overskredet",
    done: "Markér som udført",
    doneLabel: (what: string) => `Markér »${what}« som udført`,
    doneAt: (at: string) => `Udført ${at}`,
    doneHeading: "Udførte",
    assignee: "Ansvarlig",
  },

  document: {
    absentDuringItem: "Fraværende under punktet",
    conflicts: "Inhabilitet",
    /** The note in parentheses without its own full stop: »(… i hjemmeplejen).«. */
    conflictLine: (name: string, note: string) => {
      let end = note.length;
      while (end > 0 && note.charAt(end - 1) === ".") end--;
      return end > 0
        ? `${name} deltog ikke i behandlingen af punktet på grund af inhabilitet (${note.slice(0, end)}).`
        : `${name} deltog ikke i behandlingen af punktet på grund af inhabilitet.`;
    },
    votes: "Afstemning",
    voteLine: (label: string, names: string[], count: number | null) => {
      const n = count ?? names.length;
      const who = names.length > 0 ? `: ${names.join(", ")}` : "";
      return `${label} (${n})${who}`;
    },
    protocolNotes: "Protokoltilførsel",
    protocolNoteLine: (author: string, text: string) => `${author}: ${text}`,
    lateFrom: (n: number) => `mødt fra punkt ${n}`,
    substituteFor: (name: string) => `stedfortræder for ${name}`,
    leftBefore: (n: number) => `gik før punkt ${n}`,
    postponedDecision: (committee: string, date: string, reason = "") =>
      `Punktet blev udsat til ${genitive(committee)} møde den ${date}.${reason ? ` ${reason}` : ""}`,
    decisionPrefill: {
      noted: (committee: string) => `${committee} tog orienteringen til efterretning.`,
      discussed: (committee: string) => `${committee} drøftede sagen.`,
      approved: (committee: string) => `${committee} godkendte indstillingen.`,
    },
  },

  history: {
    heading: "Sagens møder",
    intro: "De møder og udvalg, sagen har været behandlet i, med beslutningen hvert sted.",
    none: "Sagen har ikke været på en dagsorden endnu.",
    continuation: { postponed: "udsat hertil", forwarded: "sendt videre hertil" },
    noDecision: "Ingen beslutning endnu.",
  },
} as const;
