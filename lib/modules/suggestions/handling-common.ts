// What the handling steps share: the suggestion as the acting member sees it (404 otherwise), the audit row,
// the people a reply goes to (the lead deputy and confirmed co-signers, through their linked accounts), a new
// working-day deadline, a stored letter or view file, and the refusals with the field they concern.
import type { ActionContext } from "@/lib/action";
import type { AuditEntry } from "@/lib/audit";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { IMAGE_TYPES, storeAttachment, type Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import type { SuggestionDetail } from "./queries-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import type { MoveName, SuggestionStatus } from "./workflow";
import { HANDLING_FILE_MAX_BYTES } from "./schemas-handling";

/** The suggestion (404 when unseen; 403 when `move` is given and not the member's) and the member's viewer. */
export async function handlingFor(ctx: ActionContext, id: string, move: MoveName | null) {
  const viewer = await loadViewer(ctx.member);
  const s = await suggestionForMove(ctx.tenant.id, viewer, id, move);
  return { viewer, s };
}

/** 409 unless the suggestion is in one of `states` (for the steps that are not moves). */
export function requireState(s: { status: SuggestionStatus }, states: readonly SuggestionStatus[]) {
  if (!states.includes(s.status))
    throw new AppError("CONFLICT", "suggestions.errors.moveNotAllowed", { status: `@suggestions.status.${s.status}` });
}

/** A 422 naming one field. */
export const fieldRefusal = (field: string, key: string) =>
  new AppError(
    "VALIDATION",
    `suggestionsHandling.errors.${key}`,
    {},
    { [field]: [`suggestionsHandling.errors.${key}`] },
  );

export function handlingAudit(
  action: string,
  s: { id: string; status: SuggestionStatus },
  after: Record<string, unknown>,
  to?: SuggestionStatus,
): AuditEntry {
  return {
    action: `suggestion.${action}`,
    entityType: "Suggestion",
    entityId: s.id,
    before: { status: s.status },
    after: { status: to ?? s.status, ...after },
  };
}

/** The accounts of the lead deputy and of the co-signers who confirmed (unconfirmed ones are not told). */
export async function deputyAccounts(tenantId: string, s: SuggestionDetail): Promise<string[]> {
  const ids = s.signers.filter((x) => x.role === "LEAD" || x.confirmedAt !== null).map((x) => x.deputyId);
  const deputies = await deputiesByIds(tenantId, ids);
  return [...deputies.values()].flatMap((d) => (d.userId ? [d.userId] : []));
}

/** The active units' grants, for notifying them (all, or only the lead). */
export function unitRecipients(s: SuggestionDetail, only?: "LEAD") {
  const units = s.assignments.filter((a) => a.active && (!only || a.role === only)).map((a) => a.unitId);
  return [...new Set(units)].map((scopeId) => ({ role: "unit" as const, scopeId }));
}

/** Today plus `days` working days of the city's calendar. */
export async function workingDeadline(tenantId: string, days: number): Promise<string> {
  return (await workingCalendar(tenantId)).addWorkingDaysChecked(todayInShanghai(), days).day;
}

/** A day that is not after today (a contact, a meeting), else the refusal on `field`. */
export function notFuture(day: string, field: string) {
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || day > todayInShanghai()) throw fieldRefusal(field, "dayInFuture");
}

/** A day after today (a B reply's promise), else the refusal on `field`. */
export function future(day: string | undefined, field: string): string {
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || day <= todayInShanghai())
    throw fieldRefusal(field, "promisedOnFuture");
  return day;
}

/** Stores a reply letter or a view's file (PDF, Word or an image) for the row `ownerId`. */
export async function storeHandlingFile(ctx: ActionContext, file: Upload, kind: string, ownerId: string) {
  const stored = await storeAttachment(
    ctx.tx,
    ctx.tenant.id,
    {
      body: file.body,
      fileName: file.fileName,
      owner: { module: "suggestions", kind, id: ownerId },
      allowed: [...IMAGE_TYPES, "PDF", "DOCX"],
      maxBytes: HANDLING_FILE_MAX_BYTES,
      access: "suggestion.view",
    },
    { userId: ctx.member.id, requestId: ctx.request.requestId },
  );
  return stored.id;
}

export const suggestionHref = (id: string) => `/console/suggestions/${id}`;
