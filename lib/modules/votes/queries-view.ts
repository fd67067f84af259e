import "server-only";
// What the vote pages read: a poll for one member (its items, whether the member is a voter and has voted, the
// turnout), and the open polls waiting for a member's vote. No choice is ever read here.
import { forTenant } from "@/lib/db";
import { optionsOf } from "./client-votes";

export async function getPollView(tenantId: string, userId: string, pollId: string, manager: boolean) {
  const db = forTenant(tenantId);
  const poll = await db.poll.findFirst({ where: { tenantId, id: pollId } });
  if (!poll) return null;
  const [items, me, voters, voted] = await Promise.all([
    db.pollItem.findMany({ where: { tenantId, pollId }, orderBy: { sortOrder: "asc" } }),
    db.pollVoter.findFirst({ where: { tenantId, pollId, userId }, select: { voted: true, present: true } }),
    db.pollVoter.count({ where: { tenantId, pollId } }),
    db.pollVoter.count({ where: { tenantId, pollId, voted: true } }),
  ]);
  // Neither a voter nor one who runs polls: the same 404 as an unknown poll.
  if (!me && !manager) return null;
  return { poll, items, options: [...optionsOf(poll.optionSet)], me, voters, voted };
}

export async function pollsAwaiting(tenantId: string, userId: string) {
  const db = forTenant(tenantId);
  const mine = await db.pollVoter.findMany({ where: { tenantId, userId, voted: false }, select: { pollId: true } });
  return db.poll.findMany({
    where: { tenantId, status: "OPEN", id: { in: mine.map((m) => m.pollId) } },
    orderBy: { openedAt: "desc" },
    select: { id: true, title: true, kind: true, secrecy: true, meeting: true },
  });
}

export async function voterChoices(tenantId: string) {
  return forTenant(tenantId).user.findMany({
    where: { tenantId, active: true },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, username: true },
    take: 2000,
  });
}
