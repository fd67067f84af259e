import "server-only";
// What the vote pages read: a poll for one member (its items, whether the member is a voter and has voted, the
// turnout), and the open polls waiting for a member's vote. No choice is ever read here.
import { forTenant } from "@/lib/db";
import { optionsOf } from "./client-votes";

/** `roll`: for one who runs polls, a named poll's roll call too (each voter's name, present, voted), in name order. */
export async function getPollView(
  tenantId: string,
  userId: string,
  pollId: string,
  manager: boolean,
  opts: { roll?: boolean } = {},
) {
  const db = forTenant(tenantId);
  const poll = await db.poll.findFirst({ where: { tenantId, id: pollId } });
  if (!poll) return null;
  const [items, me, voters, voted, present] = await Promise.all([
    db.pollItem.findMany({ where: { tenantId, pollId }, orderBy: { sortOrder: "asc" } }),
    db.pollVoter.findFirst({ where: { tenantId, pollId, userId }, select: { voted: true, present: true } }),
    db.pollVoter.count({ where: { tenantId, pollId } }),
    db.pollVoter.count({ where: { tenantId, pollId, voted: true } }),
    db.pollVoter.count({ where: { tenantId, pollId, present: true } }),
  ]);
  // Neither a voter nor one who runs polls: the same 404 as an unknown poll.
  if (!me && !manager) return null;
  const roll = opts.roll && manager && poll.secrecy === "NAMED" ? await rollCall(tenantId, pollId) : null;
  return { poll, items, options: [...optionsOf(poll.optionSet)], me, voters, voted, present, roll };
}

export type RollEntry = { userId: string; name: string; present: boolean; voted: boolean };

/** A named poll's voters with their names (PollVoter keeps no relation to User: read apart, joined here). */
async function rollCall(tenantId: string, pollId: string): Promise<RollEntry[]> {
  const db = forTenant(tenantId);
  const rows = await db.pollVoter.findMany({
    where: { tenantId, pollId },
    select: { userId: true, present: true, voted: true },
  });
  const users = await db.user.findMany({
    where: { tenantId, id: { in: rows.map((r) => r.userId) } },
    select: { id: true, displayName: true, username: true },
  });
  const names = new Map(users.map((u) => [u.id, u.displayName || u.username]));
  return rows
    .map((r) => ({ userId: r.userId, name: names.get(r.userId) ?? "—", present: r.present, voted: r.voted }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
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
