/** Who the identity provider says signed in, already verified by the protocol's adapter. */
export interface ExternalProfile {
  provider: "oidc" | "saml";
  /** The provider's stable, unique id of the account (OIDC `sub`, SAML NameID). */
  subject: string;
  name: string | null;
  email: string | null;
  /** Group values as the provider sends them. */
  groups: readonly string[];
}
