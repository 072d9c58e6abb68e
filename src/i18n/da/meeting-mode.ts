import { itemNumbers } from "./item-list.ts";
/** Messages of meeting mode's progress (the room, the current item) and its two-pane page. */
export const meetingModeMessages = {
  errors: {
    roomNotStarted: "Mødet er ikke startet endnu. Start mødet først.",
    roomAlreadyStarted: "Mødet er allerede startet.",
    startEarly:
      "Mødedagen er ikke kommet endnu. Holdes mødet før den planlagte dag, så sæt flueben i »Mødet holdes før den planlagte dag«, og start det igen.",
    roomNotRunning: "Mødet er ikke i gang, så det kan ikke sættes på pause.",
    roomNotPaused: "Mødet er ikke sat på pause.",
    roomEnded: "Mødet er slut. Der kan ikke startes flere punkter.",
    roomPaused: "Mødet er sat på pause. Genoptag mødet, før et punkt startes.",
    itemBeforeStart:
      "Mødet er ikke startet, og mødedagen er ikke kommet endnu. Holdes mødet før den planlagte dag, så sæt flueben i »Mødet holdes før den planlagte dag«, og tryk »Start mødet«.",
    roomNotHeldNow:
      "Mødet kan kun startes og styres, mens dagsordenen er udsendt og mødet ikke er registreret som afholdt.",
    itemAlreadyCurrent: "Punktet er allerede i gang.",
    itemNotCurrent: "Punktet er ikke i gang, så det kan ikke afsluttes.",
    substituteForSelf: "En deltager kan ikke være stedfortræder for sig selv.",
    substituteForNonMember:
      "En stedfortræder kan kun træde ind for et medlem af udvalget, ikke for en gæst eller en anden stedfortræder.",
    substituteForPresent: (name: string) =>
      `${name} er til stede. En stedfortræder kan kun træde ind for et medlem, der har meldt afbud.`,
    substituteTaken: (name: string) => `${name} har allerede en stedfortræder.`,
  },
  room: {
    heading: "Mødets forløb",
    status: {
      not_started: "Mødet er ikke startet.",
      running: "Mødet er i gang.",
      paused: "Mødet er sat på pause.",
      ended: "Mødet er slut.",
    },
    start: "Start mødet",
    startEarlyConfirm: "Mødet holdes før den planlagte dag",
    /** Before the meeting's day: starting it now dates what it records before the meeting. */
    startEarly: (date: string) =>
      `Mødet er planlagt til ${date}. Vent med at starte det til mødedagen: fremmøde, beslutninger og en godkendelse af referatet får den dag, de registreres.`,
    pause: "Sæt mødet på pause",
    resume: "Genoptag mødet",
    end: "Slut mødet nu",
    endStep: "Slut mødet …",
    /** In »Slut mødet …« while items lack a saved decision. */
    endMissing: (numbers: number[]) => `${itemNumbers(numbers)} har ingen gemt beslutning endnu.`,
    endIntro:
      "Mødet slutter for alle: livevisningen og skærmen i mødelokalet viser, at det er slut, og det kan ikke genoptages. Beslutningerne kan stadig rettes, til referatet er offentliggjort.",
    /** After »Slut mødet« while the meeting is not finished: the minutes wait for that step. */
    finishNext: "Referatet kan offentliggøres, når mødet er registreret som afholdt.",
    finishLink: "Gå til »Registrér mødet som afholdt«",
  },
  agenda: {
    heading: "Dagsorden",
    notStarted: "ikke startet",
    inProgress: "i gang",
    done: "behandlet",
    withdrawn: "trukket",
    decisionSaved: "beslutning gemt",
    decisionMissing: "mangler beslutning",
    postponed: "udsat",
    current: "Punktet er i gang",
  },
  item: {
    start: "Start punktet",
    resume: "Tag punktet op igen",
    /** After »Start punktet« while another item is under way. */
    endingOther: (n: number) => ` og afslut punkt ${n}`,
    next: (heading: string) => `Videre til ${heading}`,
    end: "Afslut punktet",
    startedAt: (at: string) => `Startet kl. ${at}.`,
    endedAt: (at: string) => `Afsluttet kl. ${at}.`,
  },
  attendance: {
    substituteFor: "Stedfortræder for",
    nobody: "Ingen",
    showInMinutes: "Vis bemærkningen i referatet",
    noteHint:
      "En bemærkning, der vises i referatet, bliver offentlig. Skriv ikke om helbred eller andre private forhold (fx »syg«); »afbud« er nok.",
    callInHeading: "Indkald en stedfortræder",
    callInIntro:
      "Vælg en stedfortræder fra udvalgets medlemsliste og det medlem, der har meldt afbud.",
    callInPerson: "Stedfortræder",
    callInFor: "Træder ind for",
    /** The first choice of »Træder ind for« while no member has afbud. */
    chooseMember: "Vælg medlemmet",
    /** After a member's name in »Træder ind for«. */
    hasAfbud: "afbud",
    nobodyToCover:
      "Alle medlemmer er registreret som til stede eller har allerede en stedfortræder.",
    callIn: "Indkald stedfortræderen",
    calledIn: "Stedfortræderen er indkaldt og står nederst på listen over deltagere.",
    noSubstitutes: "Udvalget har ingen stedfortrædere på medlemslisten på mødedatoen.",
  },
  vote: {
    namedHeading: "Navneafstemning",
    namedIntro: "Markér, hvad hvert medlem stemte. Medlemmer uden markering tælles ikke med.",
    member: "Medlem",
    none: "Ikke afgivet",
    partyHeading: "Stemmer pr. parti",
    partyIntro: "Antal stemmer for hvert parti. Tomt tæller ikke med.",
    party: "Parti",
    partyCount: (side: string, party: string) => `${side}: ${party}`,
    freeHeading: "Navne eller antal",
  },
  /** What the page's script says; {at} and {n} are filled in by the browser. */
  save: {
    savedAt: "Gemt kl. {at}",
    saving: "Gemmer …",
    retrying: "Ikke gemt – prøver igen",
    offlineOne: "Offline – 1 ændring venter",
    offlineMany: "Offline – {n} ændringer venter",
    refused: "Ikke gemt: {message}",
    refusedUnknown: "Ikke gemt. Genindlæs siden, og prøv igen.",
    clashKeepMine: "Gem min tekst",
    clashTakeStored: "Brug den gemte tekst",
    clashStored: "Den gemte tekst",
    clashMine: "Din tekst (ikke gemt)",
  },
  keys: {
    heading: "Tastaturgenveje",
    next: "Alt+↓ (også i tekstfelter, men ikke i en rulleliste) eller j (uden for tekstfelter): næste punkt",
    previous:
      "Alt+↑ (også i tekstfelter, men ikke i en rulleliste) eller k (uden for tekstfelter): forrige punkt",
    startEnd: "Alt+S: start eller afslut det viste punkt",
  },
} as const;
