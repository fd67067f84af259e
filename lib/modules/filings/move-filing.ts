// The filing review's shared pieces of every move: loading the filing in the action's transaction (another
// city's or an unseen one is 404), the refusals in the filings namespace, the compare-and-set update (a move
// made meanwhile by someone else answers 409, never a lost update) and the audit entry.
import type { ActionContext } from "@/lib/action";
import type { AuditEntry } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { seesFiling } from "./policy";
import { canMove, type FilingMove, type FilingStatus } from "./workflow";

export const refusal = (key: string, values: Record<string, string | number> = {}) =>
  new AppError("CONFLICT", `filings.errors.${key}`, values);
export const fieldRefusal = (field: string, key: string) =>
  new AppError("VALIDATION", `filings.errors.${key}`, {}, { [field]: [`filings.errors.${key}`] });

export const filingHref = (id: string) => `/console/filings/${id}`;

export type FilingHead = {
  id: string;
  title: string;
  status: FilingStatus;
  issuerUnitId: string | null;
  committeeId: string | null;
  issuer: string;
};

/** The filing the move is about, locked for the transaction; 404 when the member may not see it. */
export async function loadFiling(ctx: ActionContext, id: string, move: FilingMove): Promise<FilingHead> {
  const f = await ctx.tx.normativeFiling.findFirst({
    where: { id },
    select: { id: true, title: true, status: true, issuerUnitId: true, committeeId: true, issuer: true },
  });
  if (!f || !seesFiling(ctx.member, f)) throw new AppError("NOT_FOUND");
  if (!canMove(f.status, move)) throw refusal("wrongState");
  return f;
}

/** Compare-and-set: moves the filing only if it is still in the state it was read in. */
export async function updateFiling(
  ctx: ActionContext,
  f: FilingHead,
  data: Prisma.NormativeFilingUpdateManyMutationInput,
): Promise<void> {
  const { count } = await ctx.tx.normativeFiling.updateMany({ where: { id: f.id, status: f.status }, data });
  if (count !== 1) throw refusal("changedMeanwhile");
}

export function filingAudit(action: string, f: FilingHead, after: Record<string, unknown>): AuditEntry {
  return {
    action: `filing.${action}`,
    entityType: "NormativeFiling",
    entityId: f.id,
    before: { status: f.status },
    after,
  };
}
