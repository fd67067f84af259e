// Read side: calls for proposals, proposals and their screening.
import { isUuid } from "@/lib/ids";
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export async function listCalls(tenantId: string) {
  const db = forTenant(tenantId);
  const [calls, counts] = await Promise.all([
    db.proposalCall.findMany({ orderBy: { opensOn: "desc" } }),
    db.legislativeProposal.groupBy({ by: ["callId"], where: {}, _count: { _all: true } }),
  ]);
  const today = todayInShanghai();
  const byCall = new Map(counts.map((c) => [c.callId, c._count._all]));
  return calls.map((c) => ({
    ...c,
    opensOn: dateToDay(c.opensOn),
    closesOn: dateToDay(c.closesOn),
    open: dateToDay(c.opensOn) <= today && today <= dateToDay(c.closesOn),
    proposals: byCall.get(c.id) ?? 0,
  }));
}

/** Calls open today, for the public proposal form. */
export async function listOpenCalls(tenantId: string) {
  return (await listCalls(tenantId))
    .filter((c) => c.open)
    .map(({ id, title, description, opensOn, closesOn, channels }) => ({
      id,
      title,
      description,
      opensOn,
      closesOn,
      channels,
    }));
}

/** The call's funnel as the seed tells it: 征集 30 余项 → 审议项目 15 个 + 调研论证项目 3 个 (+ reserve, merged, rejected). */
export async function getCallSummary(tenantId: string, callId: string) {
  if (!isUuid(callId)) return null;
  const db = forTenant(tenantId);
  const call = await db.proposalCall.findFirst({ where: { id: callId } });
  if (!call) return null;
  const rows = await db.legislativeProposal.groupBy({
    by: ["status", "planCategory"],
    where: { callId },
    _count: { _all: true },
  });
  const count = (status: ProposalStatus, category?: string) =>
    rows
      .filter((r) => r.status === status && (category === undefined || r.planCategory === category))
      .reduce((n, r) => n + r._count._all, 0);
  return {
    call: { ...call, opensOn: dateToDay(call.opensOn), closesOn: dateToDay(call.closesOn) },
    funnel: {
      received: rows.reduce((n, r) => n + r._count._all, 0),
      open: count("SUBMITTED") + count("SCREENING"),
      deliberation: count("IN_PLAN", "DELIBERATION"),
      research: count("IN_PLAN", "RESEARCH"),
      reserve: count("IN_PLAN", "RESERVE"),
      merged: count("MERGED"),
      rejected: count("REJECTED"),
    },
  };
}

export async function listProposals(tenantId: string, filter: { callId?: string; status?: ProposalStatus }) {
  return forTenant(tenantId).legislativeProposal.findMany({
    where: { ...(filter.callId ? { callId: filter.callId } : {}), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      callId: true,
      title: true,
      proposerType: true,
      proposerName: true,
      status: true,
      planCategory: true,
      createdAt: true,
      fieldId: true,
      mergedIntoId: true,
    },
  });
}

export async function getProposal(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const proposal = await db.legislativeProposal.findFirst({ where: { id } });
  if (!proposal) return null;
  const [steps, mergedInto, mergedFrom] = await Promise.all([
    db.screeningStep.findMany({ where: { proposalId: id }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] }),
    proposal.mergedIntoId
      ? db.legislativeProposal.findFirst({ where: { id: proposal.mergedIntoId }, select: { id: true, title: true } })
      : null,
    db.legislativeProposal.findMany({ where: { mergedIntoId: id }, select: { id: true, title: true } }),
  ]);
  return { proposal, steps: steps.map((s) => ({ ...s, occurredOn: dateToDay(s.occurredOn) })), mergedInto, mergedFrom };
}

/** What a citizen sees by receipt code: never the contact details, never staff notes beyond the decision. */
export async function findProposalReceipt(tenantId: string, code: string) {
  const p = await forTenant(tenantId).legislativeProposal.findFirst({
    where: { receiptCode: code },
    select: {
      id: true,
      title: true,
      status: true,
      planCategory: true,
      decisionReason: true,
      decidedOn: true,
      createdAt: true,
      mergedIntoId: true,
    },
  });
  if (!p) return null;
  const mergedInto = p.mergedIntoId
    ? await forTenant(tenantId).legislativeProposal.findFirst({
        where: { id: p.mergedIntoId },
        select: { title: true },
      })
    : null;
  return {
    kind: "proposal" as const,
    title: p.title,
    status: p.status,
    category: p.planCategory,
    reason: p.status === "REJECTED" || p.status === "MERGED" || p.status === "IN_PLAN" ? p.decisionReason : null,
    mergedIntoTitle: mergedInto?.title ?? null,
    submittedAt: p.createdAt.toISOString(),
    decidedOn: p.decidedOn ? dateToDay(p.decidedOn) : null,
  };
}

export function listLegalFields(tenantId: string) {
  return forTenant(tenantId).legalField.findMany({
    where: {},
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true, nameEn: true },
  });
}
