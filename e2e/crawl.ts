import mammoth from "mammoth";
import { pdfText } from "../test/poppler.ts";

export interface Fetched {
  path: string;
  status: number;
  type: string;
  /** The text a reader gets: HTML and feeds as they are, PDF via pdftotext, DOCX via mammoth. */
  text: string;
}

/** Paths never followed: the staff area and the log-in flow are not public pages. */
const PRIVATE = /^\/(app|login|logout)(\/|$|\?)/;

/** The text of a response, whatever the format. */
async function textOf(response: Response, withPdf: boolean): Promise<string> {
  const type = response.headers.get("content-type") ?? "";
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (type.startsWith("application/pdf")) return withPdf ? pdfText(bytes) : "";
  if (type.includes("wordprocessingml")) {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  }
  return new TextDecoder().decode(bytes);
}

/** Same-site paths named in a page, a feed or a calendar (relative or absolute). */
export function pathsIn(text: string, origin: string): string[] {
  const relative = [...text.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1] as string);
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const absolute = [...text.matchAll(new RegExp(`${escaped}(/[^"<>\\s#\\\\]*)`, "g"))].map(
    (m) => m[1] as string,
  );
  return [...relative, ...absolute].map((p) => p.replaceAll("&amp;", "&"));
}

/** Fetches one path and reads it as text. */
export async function fetchText(base: string, path: string, withPdf: boolean): Promise<Fetched> {
  const response = await fetch(new URL(path, base), { redirect: "manual" });
  const type = response.headers.get("content-type") ?? "";
  return { path, status: response.status, type, text: await textOf(response, withPdf) };
}

/** Every public URL reachable by links from `/`, fetched and read, `workers` at a time. */
export async function crawl(base: string, withPdf: boolean, workers = 4): Promise<Fetched[]> {
  const origin = new URL(base).origin;
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const results: Fetched[] = [];
  async function work() {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const fetched = await fetchText(base, path, withPdf);
      results.push(fetched);
      if (fetched.type.startsWith("application/pdf") || fetched.type.includes("wordprocessing"))
        continue;
      for (const next of pathsIn(fetched.text, origin)) {
        if (PRIVATE.test(next) || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  // Workers stop when the queue is empty for a moment; run rounds until nothing is left.
  while (queue.length > 0) await Promise.all(Array.from({ length: workers }, work));
  return results;
}
