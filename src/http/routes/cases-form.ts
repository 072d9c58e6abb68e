import { sameDoc } from "../../domain/case/case-content.ts";
import type { CaseView } from "../../domain/case/get-case.ts";
import { recommendationsOf } from "../../domain/case/recommendations.ts";
import type { SaveCaseInput } from "../../domain/case/save-case-input.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { withoutCommentMarks } from "../../domain/richtext/comment-anchors.ts";
import { type PmDoc, type PmNode, paragraph } from "../../domain/richtext/doc.ts";
import { richTextFrom } from "../../domain/richtext/rich-text-from.ts";
import { RICH_TEXT_LIMITS, sanitizeDoc } from "../../domain/richtext/sanitize-doc.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { type FormBody, text, texts } from "../form.ts";

const normalise = (s: string) => s.replace(/\r\n?/g, "\n").trimEnd();

/** A recommendation as stored: the lead-in paragraph and the numbered "at"-points. */
export function recommendationDoc(lead: string, points: string[]): PmDoc {
  const content: PmNode[] = [];
  const clean = lead.replace(/\s+/g, " ").trim();
  if (clean) content.push(paragraph(clean));
  const items = points.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (items.length) {
    content.push({
      type: "orderedList",
      attrs: { start: 1 },
      content: items.map((p) => ({ type: "listItem", content: [paragraph(p)] })),
    });
  }
  return { type: "doc", content };
}

function fieldDoc(form: FormBody, field: CaseView["fields"][number]): unknown | undefined {
  if (field.kind === "recommendations" && `indledning-${field.key}` in form) {
    const lead = text(form, `indledning-${field.key}`);
    const doc = recommendationDoc(lead, texts(form, `punkt-${field.key}`));
    // Unchanged lead-in and points keep the stored document (and its comment marks).
    return sameDoc(doc, withoutCommentMarks(field.doc)) ? undefined : doc;
  }
  const json = text(form, `doc-${field.key}`);
  if (json) {
    try {
      return JSON.parse(json);
    } catch {
      throw new DomainError("invalid", caseMessages.richText.notADocument(field.label));
    }
  }
  if (!(`tekst-${field.key}` in form)) return undefined;
  const typed = normalise(text(form, `tekst-${field.key}`));
  // Without the editor only plain text arrives: an untouched field keeps its formatting.
  if (typed === normalise(field.text)) return undefined;
  return richTextFrom(typed).doc;
}

/** A save of the case form: the version edited, the facts and the fields that changed. */
export function saveInputFrom(form: FormBody, view: CaseView): SaveCaseInput {
  const version = Number(text(form, "version"));
  const base = Number(text(form, "grundversion") || Number.NaN);
  const duration = text(form, "tidsforbrug").trim();
  const purpose = text(form, "formaal");
  const fields: { key: string; doc: unknown }[] = [];
  for (const field of view.fields) {
    const doc = fieldDoc(form, field);
    if (doc !== undefined) fields.push({ key: field.key, doc });
  }
  return {
    caseId: view.id,
    version: Number.isInteger(version) ? version : -1,
    ...(Number.isInteger(base) ? { baseVersion: base } : {}),
    title: text(form, "titel"),
    purpose: (purpose || undefined) as SaveCaseInput["purpose"],
    journalNumber: text(form, "journalnummer"),
    durationMinutes: duration === "" ? null : Number(duration),
    closed: text(form, "lukket") === "1",
    closureReason: text(form, "begrundelse"),
    openDecision: text(form, "aaben_beslutning"),
    fields,
  };
}

/** The case as the user sent it, to show again when the save is refused: nothing typed is lost. */
export function withAttempt(view: CaseView, input: SaveCaseInput): CaseView {
  const fields = view.fields.map((f) => {
    const attempt = input.fields?.find((a) => a.key === f.key);
    if (!attempt) return f;
    const clean = sanitizeDoc(attempt.doc, f.label);
    if (clean.ok) {
      const doc = clean.doc;
      return {
        ...f,
        doc,
        text: clean.text,
        recommendations: f.kind === "recommendations" ? recommendationsOf(doc) : null,
      };
    }
    // Too long or unreadable: show it as plain text, as far as it can be read.
    const plain = richTextFrom(rawText(attempt.doc).slice(0, RICH_TEXT_LIMITS.maxTextLength));
    return { ...f, doc: plain.doc, text: plain.text };
  });
  const d = input.durationMinutes;
  return {
    ...view,
    title: input.title ?? view.title,
    purpose: (input.purpose as CaseView["purpose"] | undefined) ?? view.purpose,
    journalNumber: input.journalNumber ?? view.journalNumber,
    durationMinutes: typeof d === "number" && Number.isInteger(d) ? d : view.durationMinutes,
    closed: input.closed ?? view.closed,
    closureReason: input.closureReason ?? view.closureReason,
    openDecision: input.openDecision ?? view.openDecision,
    fields,
  };
}

/** The text of any ProseMirror-shaped JSON, blocks on their own lines. */
function rawText(value: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== "object" || depth > 60) return;
    const n = node as { text?: unknown; content?: unknown };
    if (typeof n.text === "string") out.push(n.text);
    if (Array.isArray(n.content)) {
      for (const child of n.content) walk(child, depth + 1);
      out.push("\n");
    }
  };
  walk(value, 0);
  return out.join("").replace(/\n{3,}/g, "\n\n");
}
