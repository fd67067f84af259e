import "server-only";
// The two writes of a vote. Neither carries the voter into the tallies: the voter row only flips its flag, and the
// tallies are rewritten all at once (every row of the poll, +1 where chosen, +0 elsewhere) so that each vote gives
// every tally row a new version with the same xmin and no row's version tells which option a vote raised.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantTx } from "@/lib/db";

/** voted=false→true compare-and-set while the poll is OPEN; false when already voted, not a voter, or not open. */
export async function markVoted(tx: TenantTx, tenantId: string, pollId: string, userId: string): Promise<boolean> {
  const n = await tx.$executeRaw`
    UPDATE "PollVoter" SET "voted" = true
    WHERE "tenantId" = ${tenantId}::uuid AND "pollId" = ${pollId}::uuid AND "userId" = ${userId}::uuid
      AND "voted" = false
      AND EXISTS (SELECT 1 FROM "Poll" p WHERE p."tenantId" = ${tenantId}::uuid AND p."id" = ${pollId}::uuid
                  AND p."status" = 'OPEN')`;
  return n === 1;
}

/** One UPDATE rewriting every tally row of the poll; returns how many rows it rewrote. */
export async function bumpTallies(
  tx: TenantTx,
  tenantId: string,
  pollId: string,
  choices: Record<string, string>,
): Promise<number> {
  const pairs = Object.entries(choices).map(([itemId, option]) => Prisma.sql`(${itemId}::uuid, ${option}::text)`);
  return tx.$executeRaw`
    UPDATE "PollTally"
    SET "count" = "count" + CASE WHEN ("itemId", "option") IN (${Prisma.join(pairs)}) THEN 1 ELSE 0 END
    WHERE "tenantId" = ${tenantId}::uuid AND "pollId" = ${pollId}::uuid`;
}
