import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { AddMarkStep, Mapping } from "@tiptap/pm/transform";

/** Text that begins with its own scheme (`http://`, `ftp://`): an address written in full. */
const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The address a link made of bare text should have: `https://` where the editor's link
 * finder put `http://` in front of text written without a protocol (»www.kk.dk«, »kk.dk/x«).
 * Null when the link is anything else, such as an address the author wrote with `http://`.
 */
export function httpsFor(href: string, text: string): string | null {
  if (!href.startsWith("http://") || href.slice("http://".length) !== text) return null;
  return WITH_SCHEME.test(text) ? null : `https://${text}`;
}

/**
 * Links made of pasted text go to https, as typed ones already do: the link rule for pasted
 * text ignores the editor's default protocol and writes `http://`. After any transaction that
 * adds such a link, its mark is replaced with the https address.
 */
export const HttpsLinks = Extension.create({
  name: "httpsLinks",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        appendTransaction(transactions, _old, state) {
          // Each added http link, its range mapped to the document as it is now.
          const added = transactions.flatMap((tr, t) =>
            tr.steps.flatMap((step, i) => {
              if (!(step instanceof AddMarkStep) || step.mark.type.name !== "link") return [];
              if (!String(step.mark.attrs.href ?? "").startsWith("http://")) return [];
              const mapping = new Mapping();
              mapping.appendMapping(tr.mapping.slice(i + 1));
              for (const later of transactions.slice(t + 1)) mapping.appendMapping(later.mapping);
              return [
                { mark: step.mark, from: mapping.map(step.from, 1), to: mapping.map(step.to, -1) },
              ];
            }),
          );
          if (added.length === 0) return null;
          const tr = state.tr;
          for (const { mark, from, to } of added) {
            if (from >= to) continue;
            const https = httpsFor(String(mark.attrs.href), state.doc.textBetween(from, to));
            if (!https) continue;
            tr.removeMark(from, to, mark);
            tr.addMark(from, to, mark.type.create({ ...mark.attrs, href: https }));
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
