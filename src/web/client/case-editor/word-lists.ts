/** Word's marker of a list paragraph, in its style: the list and the level (1-based). */
const MSO_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;
/** A marker as Word writes it before a numbered entry: »1.«, »a)«, »iv.«. */
const ORDERED_MARKER = /^(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

interface Entry {
  level: number;
  ordered: boolean;
  html: string;
}

/** Text without its tags and with Word's spaces evened out (a marker's bullet or number). */
function plainText(html: string): string {
  let text = "";
  let inTag = false;
  for (const c of html) {
    if (c === "<") inTag = true;
    else if (c === ">") inTag = false;
    else if (!inTag) text += c;
  }
  return text.replaceAll("&nbsp;", " ").replaceAll("\u00a0", " ").trim();
}

/** The marker Word writes for browsers without list support, cut from the entry's HTML. */
function cutMarker(html: string): { marker: string; rest: string } {
  for (const [open, close] of [
    ["<![if !supportLists]>", "<![endif]>"],
    ["<!--[if !supportLists]-->", "<!--[endif]-->"],
  ] as const) {
    const lower = html.toLowerCase();
    const start = lower.indexOf(open.toLowerCase());
    const end = start < 0 ? -1 : lower.indexOf(close.toLowerCase(), start);
    if (end >= 0) {
      return {
        marker: plainText(html.slice(start + open.length, end)),
        rest: html.slice(0, start) + html.slice(end + close.length),
      };
    }
  }
  return { marker: "", rest: html };
}

/** Consecutive entries as nested lists, deeper levels inside the entry before them. */
function nested(entries: Entry[]): string {
  let out = "";
  const open: { level: number; tag: string }[] = [];
  for (const entry of entries) {
    const tag = entry.ordered ? "ol" : "ul";
    while (open.length > 0 && (open.at(-1)?.level ?? 0) > entry.level) {
      out += `</li></${open.pop()?.tag}>`;
    }
    const top = open.at(-1);
    if (top && top.level === entry.level && top.tag === tag) out += "</li>";
    else if (top && top.level === entry.level) {
      out += `</li></${open.pop()?.tag}><${tag}>`;
      open.push({ level: entry.level, tag });
    } else {
      out += `<${tag}>`;
      open.push({ level: entry.level, tag });
    }
    out += `<li><p>${entry.html}</p>`;
  }
  while (open.length > 0) out += `</li></${open.pop()?.tag}>`;
  return out;
}

/**
 * Word pastes a list as paragraphs marked in their style (`mso-list:l0 level2 lfo1`), each
 * starting with its bullet or number as text for browsers without list support. They become
 * real lists here, nested by level, bulleted or numbered as their markers say; the rest of the
 * HTML is left as it was. Read by position, not by one pattern over the whole paste.
 */
export function wordListsAsLists(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let copied = 0;
  let from = 0;
  let run: Entry[] = [];
  for (let at = lower.indexOf("<p", from); at >= 0; at = lower.indexOf("<p", from)) {
    const tagEnd = lower.indexOf(">", at);
    const close = tagEnd < 0 ? -1 : lower.indexOf("</p>", tagEnd);
    if (close < 0) break;
    const level = /[\s>]/.test(lower.charAt(at + 2)) ? MSO_LIST.exec(html.slice(at, tagEnd)) : null;
    from = at + 2;
    if (!level) continue;
    // A run goes on while only white space lies between its paragraphs.
    const between = html.slice(copied, at);
    if (run.length > 0 && between.trim() !== "") {
      out += nested(run);
      run = [];
    }
    if (run.length === 0) out += between;
    const { marker, rest } = cutMarker(html.slice(tagEnd + 1, close));
    run.push({ level: Number(level[1]), ordered: ORDERED_MARKER.test(marker), html: rest.trim() });
    copied = close + 4;
    from = copied;
  }
  if (run.length > 0) out += nested(run);
  return out + html.slice(copied);
}

/** A paragraph Word keeps for space: only non-breaking spaces, <o:p> and white space. */
function isWordSpacer(inner: string): boolean {
  const marked = inner.includes("&nbsp;") || inner.includes("\u00a0") || inner.includes("o:p>");
  const rest = inner
    .replaceAll("&nbsp;", "")
    .replaceAll("\u00a0", "")
    .replaceAll("<o:p>", "")
    .replaceAll("</o:p>", "");
  return marked && rest.trim() === "";
}

/** The HTML without Word's paragraphs kept for space. Read by position. */
function withoutSpacers(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let copied = 0;
  let from = 0;
  for (let at = lower.indexOf("<p", from); at >= 0; at = lower.indexOf("<p", from)) {
    from = at + 2;
    const tagEnd = lower.indexOf(">", at);
    const close = tagEnd < 0 ? -1 : lower.indexOf("</p>", tagEnd);
    if (close < 0) break;
    if (!/[\s>]/.test(lower.charAt(at + 2)) || !isWordSpacer(lower.slice(tagEnd + 1, close))) {
      continue;
    }
    out += html.slice(copied, at);
    copied = close + 4;
    from = copied;
  }
  return out + html.slice(copied);
}

/**
 * Word's spacing as the text it stands for: a tab (a span of non-breaking spaces marked
 * `mso-tab-count`) becomes one space, and an empty paragraph kept for space goes.
 */
export function wordSpacingAsText(html: string): string {
  let out = "";
  let from = 0;
  const lower = html.toLowerCase();
  for (
    let at = lower.indexOf("mso-tab-count", from);
    at >= 0;
    at = lower.indexOf("mso-tab-count", from)
  ) {
    const start = lower.lastIndexOf("<span", at);
    const close = lower.indexOf("</span>", at);
    // Only a span whose own opening tag is marked: nothing of the text around it is cut.
    if (start < from || close < 0 || lower.indexOf(">", start) < at) {
      out += html.slice(from, at + 13);
      from = at + 13;
      continue;
    }
    out += `${html.slice(from, start)} `;
    from = close + 7;
  }
  return withoutSpacers(out + html.slice(from));
}
