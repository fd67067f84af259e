// What the workbench shows of legislation: proposals waiting for screening per call, and a member's own proposals.
import { forTenant } from "@/lib/db";
import { OPEN_STATUSES } from "./proposal-workflow";

/** Calls with proposals still open (submitted or in screening), with how many of each. */
export async function proposalsAwaitingScreening(tenantId: string) {
  const db = forTenant(tenantId);
  const groups = await db.legislativeProposal.groupBy({
    by: ["callId", "status"],
    where: { status: { in: OPEN_STATUSES } },
    _count: { _all: true },
  });
  if (groups.length === 0) return [];
  const calls = await db.proposalCall.findMany({
    where: { id: { in: [...new Set(groups.map((g) => g.callId))] } },
    select: { id: true, title: true, opensOn: true },
    orderBy: { opensOn: "desc" },
  });
  return calls.map((c) => {
    const of = (status: string) => groups.find((g) => g.callId === c.id && g.status === status)?._count._all ?? 0;
    return { callId: c.id, title: c.title, submitted: of("SUBMITTED"), screening: of("SCREENING") };
  });
}

/** The proposals a member submitted from the console, newest first (their "my proposals" page). */
export function listMyProposals(tenantId: string, memberId: string) {
  return forTenant(tenantId).legislativeProposal.findMany({
    where: { submittedById: memberId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      receiptCode: true,
      proposerType: true,
      status: true,
      planCategory: true,
      decisionReason: true,
      decidedOn: true,
      createdAt: true,
      callId: true,
    },
  });
}
export type MyProposal = Awaited<ReturnType<typeof listMyProposals>>[number];
