import { ORIGIN, sessionCookie } from "../src/http/testing.ts";
import type { InputKind } from "./route-params.ts";
import type { Actor } from "./route-world.ts";

/** Building the requests of the route-by-role test and reading their answers. */

export const FOREIGN_ORIGIN = "https://angriber.example";

/** A form found in a page: where it posts and what a browser would send untouched. */
export interface Form {
  multipart: boolean;
  fields: [string, string][];
  files: string[];
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return m ? decode(m[1] ?? "") : null;
};
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The POST forms of a page by their action path: inputs, checked boxes, textareas, selects. */
export function formsIn(html: string): Map<string, Form> {
  const out = new Map<string, Form>();
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, head = "", inner = ""] = m;
    if ((attr(head, "method") ?? "get").toLowerCase() !== "post") continue;
    const action = attr(head, "action");
    if (!action) continue;
    const form: Form = {
      multipart: /multipart/i.test(attr(head, "enctype") ?? ""),
      fields: [],
      files: [],
    };
    const radios = new Set<string>();
    for (const [tag] of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(tag, "name");
      const type = (attr(tag, "type") ?? "text").toLowerCase();
      if (!name || type === "submit" || type === "button") continue;
      if (type === "file") form.files.push(name);
      else if ((type === "checkbox" || type === "radio") && !/\schecked\b/i.test(tag)) {
        if (type === "radio" && !radios.has(name)) {
          radios.add(name);
          form.fields.push([name, attr(tag, "value") ?? "on"]);
        }
      } else form.fields.push([name, attr(tag, "value") ?? (type === "checkbox" ? "on" : "")]);
    }
    for (const [, head2 = "", text = ""] of inner.matchAll(
      /<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi,
    )) {
      const name = attr(head2, "name");
      if (name) form.fields.push([name, decode(text)]);
    }
    for (const [, head2 = "", options = ""] of inner.matchAll(
      /<select\b([^>]*)>([\s\S]*?)<\/select>/gi,
    )) {
      const name = attr(head2, "name");
      const chosen =
        /<option\b[^>]*\sselected\b[^>]*>/i.exec(options)?.[0] ??
        /<option\b[^>]*>/i.exec(options)?.[0];
      if (name && chosen) form.fields.push([name, attr(chosen, "value") ?? ""]);
    }
    // Buttons with their own formaction send the same form elsewhere (save, send, approve).
    const targets = [
      action,
      ...[...inner.matchAll(/\sformaction="([^"]*)"/gi)].map((b) => decode(b[1] ?? "")),
    ];
    for (const target of targets) {
      const path = target.split(/[?#]/)[0] ?? target;
      const known = out.get(path);
      if (!known || known.fields.length < form.fields.length) out.set(path, form);
    }
  }
  return out;
}

/** A tiny PNG, for file inputs. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** The request one actor sends for one input kind (`form` null: a form with only the token). */
export async function buildRequest(
  method: string,
  kind: InputKind,
  actor: Actor,
  form: Form | null,
  extraCookies: string[],
): Promise<RequestInit> {
  const cookies = [...extraCookies];
  if (actor.cookie) cookies.push(sessionCookie(actor.cookie));
  const headers: Record<string, string> = {};
  if (cookies.length) headers.cookie = cookies.join("; ");
  if (method === "GET") return { method, headers };
  headers.origin = kind === "foreignOrigin" ? FOREIGN_ORIGIN : ORIGIN;
  const token = actor.csrf ?? form?.fields.find(([k]) => k === "_csrf")?.[1] ?? "";
  // An empty form (the token only) stands for every form a route's validation refuses.
  const fields = kind === "emptyForm" ? [] : (form?.fields ?? []).filter(([k]) => k !== "_csrf");
  if (kind !== "noCsrf" && kind !== "truncated") fields.unshift(["_csrf", token]);
  const multipart = kind === "truncated" || (form?.multipart ?? false);
  if (!multipart) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    return { method, headers, body: new URLSearchParams(fields).toString() };
  }
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  for (const name of form?.files ?? [])
    data.append(name, new File([PNG], "bilag.png", { type: "image/png" }));
  if (kind !== "truncated") return { method, headers, body: data };
  // Cut off before the closing boundary: a body no parser can read. The token goes in the
  // header, so the route itself meets the broken body.
  const encoded = new Response(data);
  headers["content-type"] = encoded.headers.get("content-type") ?? "multipart/form-data";
  headers["x-csrf-token"] = token;
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  return { method, headers, body: bytes.slice(0, Math.max(10, Math.floor(bytes.length * 0.6))) };
}

/** The answer as text (headers that name things included); an event stream only until it is ready. */
export async function readAnswer(res: Response): Promise<string> {
  const head = ["location", "content-disposition"].map((h) => res.headers.get(h) ?? "").join("\n");
  if (!res.body) return head;
  if (!(res.headers.get("content-type") ?? "").includes("text/event-stream")) {
    return `${head}\n${Buffer.from(await res.arrayBuffer()).toString("utf8")}`;
  }
  // The stream stays open for new events: read what it sends at once, then hang up.
  const reader = res.body.getReader();
  let text = "";
  const deadline = Date.now() + 1500;
  while (!text.includes("event: ready") && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, deadline - Date.now()))),
    ]);
    if (!chunk || chunk.done) break;
    text += Buffer.from(chunk.value).toString("utf8");
  }
  await reader.cancel().catch(() => {});
  return `${head}\n${text}`;
}

/** A refusal: 4xx/5xx, or being sent to log in. */
export function isRefusal(res: Response): boolean {
  if (res.status >= 400) return true;
  return (
    res.status >= 300 &&
    res.status < 400 &&
    (res.headers.get("location") ?? "").startsWith("/login")
  );
}
