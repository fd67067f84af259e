import "server-only";
// The vote engine's server face: other modules make polls inside their own transaction (createPollInTx), read
// results once a poll is closed (getPollResults) and list polls (listPolls). Votes themselves go through
// ./cast-vote.ts (the action path); open and close through ./move-poll.ts.
import { forTenant, type TenantTx } from "@/lib/db";
import type { PassRule, PollKind, PollSecrecy, PollStatus } from "@/lib/generated/prisma/client";
import { optionsOf, passes } from "./client-votes";

export type CreatePollInput = {
  kind: PollKind;
  secrecy: PollSecrecy;
  title: string;
  description?: string;
  optionSet: "SATISFACTION" | "YES_NO_ABSTAIN";
  items: { label: string; detail?: string; unitId?: string | null; projectId?: string | null }[];
  voterUserIds: string[];
  activityId?: string | null;
  regulationId?: string | null;
  passRule?: PassRule | null;
  memberTotal?: number | null;
  maxApprovals?: number | null;
  meeting?: string;
  createdById: string | null;
  open?: boolean;
};

/** Makes the poll, its items and its voters (and, when `open`, opens it: tallies made, openedAt set). */
export async function createPollInTx(
  tx: TenantTx,
  tenantId: string,
  input: CreatePollInput,
): Promise<{ pollId: string }> {
  const poll = await tx.poll.create({
    data: {
      tenantId,
      kind: input.kind,
      secrecy: input.secrecy,
      title: input.title,
      description: input.description ?? "",
      optionSet: input.optionSet,
      passRule: input.passRule ?? null,
      memberTotal: input.memberTotal ?? null,
      maxApprovals: input.maxApprovals ?? null,
      activityId: input.activityId ?? null,
      regulationId: input.regulationId ?? null,
      meeting: input.meeting ?? "",
      createdById: input.createdById,
    },
    select: { id: true },
  });
  await tx.pollItem.createMany({
    data: input.items.map((item, i) => ({
      tenantId,
      pollId: poll.id,
      label: item.label,
      detail: item.detail ?? "",
      sortOrder: i,
      unitId: item.unitId ?? null,
      projectId: item.projectId ?? null,
    })),
  });
  const voters = [...new Set(input.voterUserIds)];
  if (voters.length > 0)
    await tx.pollVoter.createMany({ data: voters.map((userId) => ({ tenantId, pollId: poll.id, userId })) });
  if (input.open) await openPollInTx(tx, tenantId, poll.id);
  return { pollId: poll.id };
}

/** DRAFT → OPEN: the tally rows (item × option, all zero) are made now, before any vote. False when not DRAFT. */
export async function openPollInTx(tx: TenantTx, tenantId: string, pollId: string): Promise<boolean> {
  const moved = await tx.poll.updateMany({
    where: { tenantId, id: pollId, status: "DRAFT" },
    data: { status: "OPEN", openedAt: new Date() },
  });
  if (moved.count !== 1) return false;
  const poll = await tx.poll.findFirstOrThrow({ where: { tenantId, id: pollId }, select: { optionSet: true } });
  const items = await tx.pollItem.findMany({ where: { tenantId, pollId }, select: { id: true } });
  const options = optionsOf(poll.optionSet);
  await tx.pollTally.createMany({
    data: items.flatMap((item) => options.map((option) => ({ tenantId, pollId, itemId: item.id, option }))),
    skipDuplicates: true,
  });
  return true;
}

/** OPEN → CLOSED. False when not OPEN. */
export async function closePollInTx(tx: TenantTx, tenantId: string, pollId: string): Promise<boolean> {
  const moved = await tx.poll.updateMany({
    where: { tenantId, id: pollId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: new Date() },
  });
  return moved.count === 1;
}

export type PollResults = {
  pollId: string;
  title: string;
  kind: PollKind;
  secrecy: PollSecrecy;
  optionSet: string;
  options: string[];
  closedAt: Date | null;
  voters: number;
  present: number;
  voted: number;
  /** voted / voters, 0..1 */
  turnout: number;
  passRule: PassRule | null;
  memberTotal: number | null;
  items: {
    id: string;
    label: string;
    detail: string;
    unitId: string | null;
    projectId: string | null;
    counts: Record<string, number>;
    /** Named votes with a pass rule: whether 赞成 carries it. */
    passed: boolean | null;
  }[];
};

/** The results of a CLOSED poll of this tenant; null when unknown, another city's, or not closed yet. */
export async function getPollResults(tenantId: string, pollId: string): Promise<PollResults | null> {
  const db = forTenant(tenantId);
  const poll = await db.poll.findFirst({ where: { tenantId, id: pollId } });
  if (!poll || poll.status !== "CLOSED") return null;
  const [items, tallies, voterCounts] = await Promise.all([
    db.pollItem.findMany({ where: { tenantId, pollId }, orderBy: { sortOrder: "asc" } }),
    db.pollTally.findMany({ where: { tenantId, pollId }, select: { itemId: true, option: true, count: true } }),
    db.pollVoter.groupBy({ by: ["present", "voted"], where: { tenantId, pollId }, _count: { _all: true } }),
  ]);
  const options = [...optionsOf(poll.optionSet)];
  let voters = 0;
  let present = 0;
  let voted = 0;
  for (const g of voterCounts) {
    voters += g._count._all;
    if (g.present) present += g._count._all;
    if (g.voted) voted += g._count._all;
  }
  return {
    pollId: poll.id,
    title: poll.title,
    kind: poll.kind,
    secrecy: poll.secrecy,
    optionSet: poll.optionSet,
    options,
    closedAt: poll.closedAt,
    voters,
    present,
    voted,
    turnout: voters === 0 ? 0 : voted / voters,
    passRule: poll.passRule,
    memberTotal: poll.memberTotal,
    items: items.map((item) => {
      const counts = Object.fromEntries(options.map((o) => [o, 0]));
      for (const t of tallies) if (t.itemId === item.id) counts[t.option] = t.count;
      return {
        id: item.id,
        label: item.label,
        detail: item.detail,
        unitId: item.unitId,
        projectId: item.projectId,
        counts,
        passed:
          poll.passRule && poll.secrecy === "NAMED"
            ? passes(poll.passRule, counts.YES ?? 0, { memberTotal: poll.memberTotal, present })
            : null,
      };
    }),
  };
}

export type PollRow = {
  id: string;
  kind: PollKind;
  secrecy: PollSecrecy;
  status: PollStatus;
  title: string;
  meeting: string;
  activityId: string | null;
  regulationId: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
};

const ROW_SELECT = {
  id: true,
  kind: true,
  secrecy: true,
  status: true,
  title: true,
  meeting: true,
  activityId: true,
  regulationId: true,
  openedAt: true,
  closedAt: true,
  createdAt: true,
} as const;

/** Polls of this tenant, newest first: of an activity, or the PROJECTS polls whose items are a year's projects. */
export async function listPolls(
  tenantId: string,
  filter: { activityId?: string; projectYear?: number } = {},
): Promise<PollRow[]> {
  const db = forTenant(tenantId);
  let ids: string[] | undefined;
  if (filter.projectYear !== undefined) {
    const projects = await db.livelihoodProject.findMany({
      where: { tenantId, year: filter.projectYear },
      select: { id: true },
    });
    const items = await db.pollItem.findMany({
      where: { tenantId, projectId: { in: projects.map((p) => p.id) } },
      select: { pollId: true },
      distinct: ["pollId"],
    });
    ids = items.map((i) => i.pollId);
  }
  return db.poll.findMany({
    where: {
      tenantId,
      ...(filter.activityId ? { activityId: filter.activityId } : {}),
      ...(ids ? { id: { in: ids }, kind: "PROJECTS" as const } : {}),
    },
    orderBy: { createdAt: "desc" },
    select: ROW_SELECT,
    take: 500,
  });
}
