/**
 * Top-level domains a Danish case text links to without »https://« or »www.« in front. Others
 * are left as text: Danish abbreviations end in country codes (»cpr.nr.«, »j.nr.«, »st.tv.«,
 * »ca.«), and an author who means an address of another country can type it in full.
 */
const COMMON_DOMAINS = new Set(["dk", "com", "org", "net", "eu", "info", "gov", "fo", "gl"]);

/** Whether text typed or pasted in the editor becomes a link by itself. */
export function shouldAutoLink(text: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^mailto:/i.test(text)) return true;
  if (/^www\./i.test(text)) return true;
  const host = (text.includes("@") ? (text.split("@").pop() ?? "") : text).split(/[/?#:]/)[0] ?? "";
  const top = host.split(".").at(-1)?.toLowerCase() ?? "";
  return host.includes(".") && COMMON_DOMAINS.has(top);
}
