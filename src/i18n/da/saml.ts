import type { SamlRefusal } from "../../domain/sso/saml/check-saml-response.ts";

const again =
  "Prøv at logge ind igen. Sker det igen, så kontakt Referats administrator i din kommune.";

/** Messages of SAML sign-in (KOMBIT's Context Handler, AD FS). */
export const samlMessages = {
  /** The button on the log-in page, e.g. »Log ind med KOMBIT«. */
  button: (name: string) => `Log ind med ${name}`,
  notConfiguredTitle: "Log ind med SAML er ikke sat op",
  notConfigured: "Referat er ikke sat op til at logge ind gennem en SAML-identitetsudbyder.",
  refusedTitle: "Log ind blev afvist",
  refused: {
    malformed: `Svaret fra identitetsudbyderen kunne ikke læses. ${again}`,
    status: `Identitetsudbyderen loggede dig ikke ind. ${again}`,
    unsigned: `Svaret fra identitetsudbyderen var ikke underskrevet, så Referat kan ikke stole på det. ${again}`,
    badSignature: `Svaret fra identitetsudbyderen var ikke underskrevet med den nøgle, Referat kender, så Referat kan ikke stole på det. ${again}`,
    issuer: `Svaret kom fra en anden identitetsudbyder end den, Referat er sat op til. ${again}`,
    expired: `Svaret fra identitetsudbyderen er ikke gyldigt nu: det er udløbet eller endnu ikke gyldigt. ${again}`,
    audience: `Svaret fra identitetsudbyderen var udstedt til en anden tjeneste end Referat. ${again}`,
    recipient: `Svaret fra identitetsudbyderen var sendt til en anden adresse end Referats. ${again}`,
    inResponseTo:
      "Svaret fra identitetsudbyderen hører ikke til et log ind, der er begyndt her, eller det er for gammelt. Start forfra fra siden Log ind.",
    replayed:
      "Svaret fra identitetsudbyderen er allerede brugt til at logge ind og kan ikke bruges igen. Start forfra fra siden Log ind.",
    noSubject:
      "Identitetsudbyderen sendte ikke et varigt id for dig, så du kan ikke logges ind. Bed Referats administrator i din kommune om hjælp.",
  } satisfies Record<SamlRefusal, string>,
};
