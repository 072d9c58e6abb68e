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
  /** The user's name when the provider sends none; it can be changed at the provider. */
  unnamed: "Unavngiven bruger",
};
