import type { Db, Tx } from "../../db/client.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { canonicalJson } from "../richtext/canonical-json.ts";
import { carryCommentMarks } from "../richtext/carry-comment-marks.ts";
import { sanitizeDoc } from "../richtext/sanitize-doc.ts";
import { type CaseStatus, canEditCase } from "./case.policy.ts";
import { caseConflict } from "./case-conflict.ts";
import { type CaseContent, type CaseRow, type FieldContent, loadContent } from "./case-content.ts";
import { loadCase } from "./load-case.ts";
import { contentAtVersion, mergeConcurrentSave } from "./merge-concurrent-save.ts";
import {
  normaliseFacts,
  type ParsedSaveCase,
  parseSaveCase,
  resolvePurpose,
  type SaveCaseInput,
} from "./save-case-input.ts";
import { writeCaseContent } from "./write-case-content.ts";

const m = caseMessages;

export interface SaveCaseResult {
  /** The case's version now: send it with the next save. */
  version: number;
  /** The new revision's number; null when nothing changed (no revision then). */
  revision: number | null;
  changedFields: string[];
  /** The case's own facts that changed: "title", "purpose", "journalNumber", "closed", … */
  changedFacts: string[];
  /** Per field, what the sanitiser left out (e.g. ["iframe", "link"]), to tell the author. */
  removed: { key: string; items: string[] }[];
}

/** Why the principal may not edit a case in this status. */
export function editRefusal(status: CaseStatus): string {
  if (status === "draft" || status === "returned") return m.forbidden.edit.draft;
  if (status === "submitted") return m.forbidden.edit.submitted;
  if (status === "approved") return m.forbidden.edit.approved;
  return m.forbidden.edit.locked;
}

function mergeFields(before: FieldContent[], input: ParsedSaveCase) {
  const fields = [...before];
  const removed: SaveCaseResult["removed"] = [];
  const seen = new Set<string>();
  for (const { key, doc } of input.fields ?? []) {
    if (seen.has(key)) throw new DomainError("invalid", m.duplicateField(key));
    seen.add(key);
    const index = fields.findIndex((f) => f.key === key);
    const field = fields[index];
    if (!field) throw new DomainError("invalid", m.unknownField(key));
    const clean = sanitizeDoc(doc, field.label);
    if (!clean.ok) throw new DomainError("invalid", clean.message);
    // Comment threads stay anchored when a save (e.g. from Word) drops their marks.
    fields[index] = { ...field, doc: carryCommentMarks(field.doc, clean.doc), text: clean.text };
    if (clean.removed.length) removed.push({ key, items: clean.removed });
  }
  return { fields, removed };
}

function mergeFacts(before: CaseContent, input: ParsedSaveCase): Omit<CaseContent, "fields"> {
  const f = normaliseFacts(input);
  const pick = <T>(value: T | undefined, stored: T) => (value === undefined ? stored : value);
  const title = f.title ?? before.title;
  const facts = {
    title,
    purpose: resolvePurpose(before.purpose, title, f.purpose, title !== before.title),
    journalNumber: pick(f.journalNumber, before.journalNumber),
    closed: pick(f.closed, before.closed),
    closureReason: pick(f.closureReason, before.closureReason),
    openDecision: pick(f.openDecision, before.openDecision),
    durationMinutes: pick(f.durationMinutes, before.durationMinutes),
  };
  if (facts.closed && !facts.closureReason) {
    throw new DomainError("invalid", m.closureReasonRequired);
  }
  return facts;
}

/**
 * A save written on an older version than the stored one keeps only what it changed from that
 * version, so two people editing different fields both keep their edits. A field or fact both
 * changed differently is a CaseConflictError carrying both versions, unless the save says it
 * keeps its own text over the stored one (`version` current, `baseVersion` older). Without the
 * older version's content (revisions from before it was recorded) a stale save is a conflict.
 */
async function withConcurrentEdits(
  tx: Tx,
  kase: CaseRow,
  stored: CaseContent,
  parsed: ParsedSaveCase,
): Promise<ParsedSaveCase> {
  const base = parsed.baseVersion ?? parsed.version;
  const stale = parsed.version !== kase.version;
  if (base === kase.version && !stale) return parsed;
  const content = base < kase.version ? await contentAtVersion(tx, kase.id, base) : null;
  if (!content) {
    if (stale) throw await caseConflict(tx, kase, stored, parsed);
    return parsed;
  }
  const merged = mergeConcurrentSave(content, stored, parsed);
  if (stale && merged.clashes.length > 0) {
    throw await caseConflict(tx, kase, stored, parsed, merged.clashes);
  }
  return { ...merged.save, version: kase.version };
}

/**
 * Saves an edit of a case: the caller sends the version it edited and what it changed. A save
 * on a version others have saved since is merged with theirs, field by field (withConcurrentEdits);
 * a clash is a CaseConflictError carrying both versions; field documents are sanitised (or
 * refused with a Danish message); then the fields, their derived text, the case's facts, a new
 * revision by the principal, the bumped version and the audit entry are written in one
 * transaction. Nothing is written when anything fails.
 */
export async function saveCase(
  db: Db,
  principal: Principal,
  input: SaveCaseInput,
): Promise<SaveCaseResult> {
  const parsed = parseSaveCase(input);
  normaliseFacts(parsed); // Refuse bad facts before taking the lock.
  return db.transaction(async (tx) => {
    const kase = await loadCase(tx, principal, parsed.caseId, { lock: true });
    if (!canEditCase(principal, kase)) throw new DomainError("forbidden", editRefusal(kase.status));
    const before = await loadContent(tx, kase);
    const save = await withConcurrentEdits(tx, kase, before, parsed);
    const { fields, removed } = mergeFields(before.fields, save);
    const after: CaseContent = { ...mergeFacts(before, save), fields };
    const unchanged = canonicalJson(after) === canonicalJson(before);
    if (unchanged)
      return {
        version: kase.version,
        revision: null,
        changedFields: [],
        changedFacts: [],
        removed,
      };
    const written = await writeCaseContent(tx, kase, before, after, principal.user.id);
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.saved",
      entityType: "case",
      entityId: kase.id,
      data: {
        version: written.version,
        revision: written.revision,
        fields: written.changedFields,
        facts: written.changedFacts,
        status: kase.status,
      },
    });
    // A case on a public agenda or in public minutes shows its fields there.
    await refreshPublicView(tx, {
      kind: "case_edited",
      meetingIds: await meetingsShowing(tx, { caseId: kase.id }),
      actorId: principal.user.id,
      detail: { caseId: kase.id, fields: written.changedFields, facts: written.changedFacts },
    });
    return { ...written, removed };
  });
}
