/**
 * The Danish message catalogue: every string a user sees comes from here, one file per area.
 */

export { accessibilityMessages } from "./accessibility.ts";
export { accountMessages } from "./account.ts";
export { annotationMessages } from "./annotation.ts";
export { attachmentMessages } from "./attachment.ts";
export { caseMessages } from "./case.ts";
export { cliMessages } from "./cli.ts";
export { documentMessages } from "./document.ts";
export { importMessages } from "./import.ts";
export { mailMessages, mailPreferenceMessages, passwordMessages } from "./mail.ts";
export { mailDeliveryMessages } from "./mail-delivery.ts";
export { offlineMessages } from "./offline.ts";
export { portalMessages } from "./portal.ts";
export { privacyMessages } from "./privacy.ts";
export { roomMessages } from "./room.ts";
export { samlMessages } from "./saml.ts";
export { searchMessages } from "./search.ts";
export { ssoMessages } from "./sso.ts";
export { webMessages } from "./web.ts";
