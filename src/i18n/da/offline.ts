/** Messages of the installable app: reading meetings offline and notes written offline. */
export const offlineMessages = {
  meetingNotFound: "Mødet findes ikke, eller du har ikke adgang til det.",
  heading: "Offline",
  download: "Hent til offline",
  update: "Hent igen",
  downloading: (done: number, total: number) => `Henter til offline: ${done} af ${total}`,
  available: (when: string, count: number) =>
    `Tilgængelig offline – hentet ${when}, ${count === 1 ? "1 side eller bilag" : `${count} sider og bilag`}.`,
  notYet: "Mødet er ikke hentet til offline læsning på denne enhed.",
  failed: "Mødet kunne ikke hentes til offline. Prøv igen, når du har forbindelse.",
  unsupported: "Denne browser kan ikke gemme møder til offline læsning.",
  youAreOffline: "Du er offline. Du læser den kopi, der er gemt på enheden.",
  formOffline: "Du er offline, så det kan ikke gøres nu. Prøv igen, når du har forbindelse.",
  /** What the app shows offline for a page the device keeps no copy of. */
  startPage: {
    notKept: "Du er offline, og siden er ikke gemt på denne enhed.",
    keptHeading: "Møder gemt på enheden",
    nothingKept:
      "Der er ingen møder gemt på denne enhed. Åbn et møde, når du er online, og vælg »Hent til offline«.",
  },
  note: {
    sent: "Noten er gemt.",
    keptOffline:
      "Du er offline. Noten er gemt på denne enhed og sendes, når der er forbindelse igen.",
    waiting: "Noten er gemt på enheden og er ikke sendt endnu.",
    pending: (n: number) =>
      n === 1 ? "1 note venter på at blive sendt." : `${n} noter venter på at blive sendt.`,
    conflict: "Noten er ændret et andet sted, siden du hentede den.",
    conflictHeading: "Vælg hvilken tekst noten skal have",
    conflictIntro:
      "Din note til punktet er ændret, siden du hentede den. Behold din tekst, brug teksten fra serveren, eller flet dem og gem igen.",
    mine: "Din tekst",
    server: "Teksten på serveren",
    keepMine: "Behold min tekst",
    useServer: "Brug teksten fra serveren",
    merge: "Flet begge tekster",
    mergeSeparator: "--- Teksten på serveren ---",
    withdrawn:
      "Punktet er trukket fra dagsordenen. Din note er gemt og står stadig her under punktet.",
    itemGone:
      "Punktet findes ikke længere på dagsordenen, så noten kunne ikke gemmes på serveren. Teksten står stadig i feltet, så du kan kopiere den.",
    failed: "Noten kunne ikke gemmes. Prøv igen.",
  },
  logout: {
    pending: (n: number) =>
      `${n === 1 ? "1 note" : `${n} noter`} er ikke sendt endnu. Log ud alligevel og kassér ${n === 1 ? "den" : "dem"}?`,
  },
} as const;
