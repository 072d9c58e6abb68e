/** Messages of sign-in through an identity provider (OpenID Connect, SAML) and group mapping. */
export const ssoMessages = {
  refusedTitle: "Du kan ikke logge ind",
  askAdmin: "Kontakt Referats administrator i din kommune, hvis du mener, det er en fejl.",
  noMappedGroup:
    "Du er logget ind hos din identitetsudbyder, men du er ikke med i en gruppe, der giver adgang til Referat. Bed Referats administrator i din kommune om at give din gruppe adgang eller om at melde dig ind i en gruppe, der har adgang.",
  emailTaken: (email: string) =>
    `Der findes allerede en bruger i Referat med e-mailadressen ${email}, men den er ikke knyttet til dit log ind hos identitetsudbyderen. Referat knytter ikke brugere sammen ud fra e-mailadressen alene. Bed Referats administrator i din kommune om at knytte din bruger til dit log ind.`,
  noEmail:
    "Identitetsudbyderen sendte ingen e-mailadresse for dig, så Referat kan ikke oprette din bruger. Bed Referats administrator i din kommune om hjælp.",
  noSubject:
    "Identitetsudbyderen sendte ikke, hvem du er, så du kan ikke logges ind. Bed Referats administrator i din kommune om hjælp.",
  noOrganisation:
    "Referat ved ikke, hvilken kommune du hører til, så din bruger kan ikke oprettes. Bed Referats administrator om hjælp.",
  /** The button above the password form, e.g. »Log ind med Microsoft«. */
  signInWith: (name: string) => `Log ind med ${name}`,
  signInIntro: (name: string) => `Brug din arbejdskonto hos ${name}.`,
  passwordHeading: "Log ind med e-mailadresse og adgangskode",
  unavailableTitle: "Log ind er ikke muligt lige nu",
  unavailable: (name: string) =>
    `Referat kan ikke få forbindelse til ${name}, så du kan ikke logge ind den vej lige nu. Prøv igen om lidt. Kontakt Referats administrator, hvis det bliver ved.`,
  failedTitle: "Log ind mislykkedes",
  failed: (name: string) =>
    `Svaret fra ${name} kunne ikke godkendes, så du er ikke logget ind. Prøv at logge ind igen. Kontakt Referats administrator, hvis det bliver ved.`,
  expired:
    "Log ind tog for lang tid, eller det blev startet i en anden fane eller browser, så du er ikke logget ind. Prøv at logge ind igen.",
  groups: {
    groupRequired:
      "Angiv gruppens værdi, som identitetsudbyderen sender den (fx gruppens objekt-id).",
    groupTooLong: "Gruppens værdi må højst have 256 tegn.",
    badRole: (role: string) =>
      `Ukendt rolle: ${role}. Brug admin, secretary, author, approver eller member.`,
    committeeNotFound: (committee: string) =>
      `Udvalget ${committee} findes ikke i kommunen. Intet er ændret.`,
    alreadyMapped: (group: string) => `Gruppen ${group} giver allerede den rolle. Intet er ændret.`,
    notMapped: (group: string) => `Gruppen ${group} giver ingen roller. Intet er ændret.`,
    mapped: (group: string, role: string, committee: string | null) =>
      `Gruppen ${group} giver nu rollen ${role} ${committee ? `i ${committee}` : "i alle udvalg"}. Det gælder fra brugernes næste log ind.`,
    unmapped: (group: string, n: number) =>
      `Gruppen ${group} giver ikke længere ${n === 1 ? "sin rolle" : `sine ${n} roller`}. Brugerne mister ${n === 1 ? "den" : "dem"} ved næste log ind.`,
    allCommittees: "Alle udvalg",
  },
  admin: {
    title: "Grupper og roller",
    intro:
      "Når en bruger logger ind gennem identitetsudbyderen, får brugeren rollerne fra de grupper herunder, som udbyderen sender. Rollerne sættes igen ved hvert log ind: fjernes en bruger fra en gruppe hos udbyderen, mister brugeren rollen ved næste log ind. Roller, der er givet direkte i Referat, røres ikke.",
    groupHint:
      "Gruppens værdi, som udbyderen sender den. I Microsoft Entra ID er det gruppens objekt-id.",
    empty:
      "Ingen grupper giver roller endnu. Uden en gruppe her kan ingen logge ind gennem udbyderen.",
    tableCaption: "Grupper, der giver roller",
    group: "Gruppe",
    role: "Rolle",
    committee: "Udvalg",
    actions: "Handlinger",
    remove: "Fjern",
    removeLabel: (group: string, role: string) => `Fjern rollen ${role} fra gruppen ${group}`,
    addHeading: "Giv en gruppe en rolle",
    add: "Tilføj",
    added: "Gruppen giver nu rollen. Det gælder fra brugernes næste log ind.",
    removed: "Rollen er fjernet fra gruppen. Brugerne mister den ved næste log ind.",
    notFound: "Den rolle er allerede fjernet fra gruppen.",
    forbidden: "Kun en administrator for hele kommunen kan bestemme, hvilke grupper giver roller.",
  },
  localLoginOff: "Log ind med adgangskode er slået fra. Brug knappen til at logge ind.",
};
