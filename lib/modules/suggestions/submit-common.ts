// What the submission steps share: the suggestion as the acting member may touch it, the refusals naming their
// field, the audit row, the city's checks of a draft's session, category and co-signers, and the co-signers'
// invitations (a SuggestionSigner row each, and a notification to the deputy's own account).
import type { ActionContext } from "@/lib/action";
import type { AuditEntry } from "@/lib/audit";
import type { TenantTx } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { deputiesByIds } from "@/lib/modules/deputies";
import { notify } from "@/lib/modules/notifications";
import { recordSuggestionEvent } from "./move-suggestion";
import { suggestionForMove } from "./queries-suggestion";
import { loadViewer } from "./queries-viewer";
import type { DraftInput } from "./schemas-submit";
import { suggestionSettings } from "./settings";
import type { MoveName, SuggestionStatus } from "./workflow";

/** A 422 naming one field, worded under suggestionsSubmit.errors. */
export const fieldRefusal = (field: string, key: string, values: Record<string, string | number> = {}) =>
  new AppError("VALIDATION", `suggestionsSubmit.errors.${key}`, values, {
    [field]: [`suggestionsSubmit.errors.${key}`],
  });

/** The suggestion (404 when unseen, 403 when `move` is not the member's) and the member's viewer. */
export async function submitFor(ctx: ActionContext, id: string, move: MoveName | null) {
  const viewer = await loadViewer(ctx.member);
  const s = await suggestionForMove(ctx.tenant.id, viewer, id, move);
  return { viewer, s };
}

export function submitAudit(
  action: string,
  s: { id: string; status: SuggestionStatus },
  after: Record<string, unknown>,
  to?: SuggestionStatus,
): AuditEntry {
  return {
    action: `suggestion.${action}`,
    entityType: "Suggestion",
    entityId: s.id,
    before: { suggestionStatus: s.status },
    after: { suggestionStatus: to ?? s.status, ...after },
  };
}

/** The current Shanghai year (a recess suggestion is counted in the year it is made). */
export const shanghaiYear = (now = new Date()) => Number(todayInShanghai(now).slice(0, 4));

/**
 * A draft checked against the city: its session (required at a session, none in recess) and the year it is
 * counted in, a category of the city's, and co-signers who are the city's deputies in office (the lead aside).
 */
export async function checkDraft(ctx: ActionContext, input: DraftInput, leadDeputyId: string) {
  const settings = suggestionSettings(ctx.tenant.settings);
  if (!settings.categories.includes(input.category)) throw fieldRefusal("category", "categoryUnknown");
  let sessionId: string | null = null;
  let year = shanghaiYear();
  if (input.timing === "SESSION") {
    if (!input.sessionId) throw fieldRefusal("sessionId", "sessionRequired");
    const session = await ctx.tx.congressSession.findFirst({ where: { id: input.sessionId } });
    if (!session) throw fieldRefusal("sessionId", "sessionUnknown");
    sessionId = session.id;
    year = session.year;
  }
  const wanted = [...new Set(input.cosignerIds)].filter((d) => d !== leadDeputyId);
  const found = await deputiesByIds(ctx.tenant.id, wanted);
  if (wanted.some((d) => found.get(d)?.status !== "IN_OFFICE")) throw fieldRefusal("cosignerIds", "cosignerUnknown");
  return { sessionId, year, cosignerIds: wanted, found };
}

/** The session a SESSION suggestion belongs to, with its last day as a Shanghai day. */
export async function sessionDeadline(tx: TenantTx, sessionId: string | null) {
  if (!sessionId) return null;
  const s = await tx.congressSession.findFirst({ where: { id: sessionId }, select: { name: true, deadlineOn: true } });
  return s ? { name: s.name, deadlineOn: dateToDay(s.deadlineOn) } : null;
}

/** Invites co-signers (rows not yet there) and tells each of them on their own account. */
export async function inviteCosigners(
  ctx: ActionContext,
  s: { id: string; title: string; status: SuggestionStatus },
  leadName: string,
  deputies: Map<string, { id: string; name: string; userId: string | null }>,
  ids: readonly string[],
) {
  if (ids.length === 0) return;
  await ctx.tx.suggestionSigner.createMany({
    data: ids.map((deputyId) => ({ tenantId: ctx.tenant.id, suggestionId: s.id, deputyId, role: "COSIGNER" as const })),
    skipDuplicates: true,
  });
  // The timeline names whom the author invited (and when).
  await recordSuggestionEvent(ctx.tx, ctx.tenant.id, {
    suggestionId: s.id,
    kind: "invite",
    from: s.status,
    to: s.status,
    actorId: ctx.member.id,
    note: ids.map((d) => deputies.get(d)?.name ?? "").join("、"),
  });
  const userIds = ids.flatMap((d) => {
    const u = deputies.get(d)?.userId;
    return u ? [u] : [];
  });
  if (userIds.length === 0) return;
  // Per person (the key is unique with the user): a co-signer added later is told too, nobody twice.
  await notify(ctx.tx, ctx.tenant.id, {
    userIds,
    kind: "suggestions.cosignInvited",
    messageKey: "suggestionsSubmit.notifications.invited",
    values: { lead: leadName, title: s.title.slice(0, 60) },
    href: `/console/suggestions/${s.id}`,
    dedupeKey: `suggestion:${s.id}:invite`,
  });
}
