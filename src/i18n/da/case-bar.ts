/** The case page's action bar, its collapsed fields and the writing check still on its way. */
export const caseBarMessages = {
  label: "Sagens handlinger",
  saved: "Alle ændringer er gemt",
  unsaved: "Ændringer er ikke gemt",
  save: "Gem",
  findings: (count: number) =>
    count === 0
      ? "Skrivetjek: ingen fund"
      : count === 1
        ? "Skrivetjek: 1 fund"
        : `Skrivetjek: ${count} fund`,
  findingsPending: "Skrivetjek: på vej",
  send: "Send til godkendelse …",
  sendBack: "Send retur …",
  approve: "Godkend …",
  checkPending: "Skrivetjekket er på vej. Genindlæs siden, hvis det ikke kommer af sig selv.",
  expand: (label: string) => `Vis hele »${label}«`,
  collapse: (label: string) => `Fold »${label}« sammen`,
};
