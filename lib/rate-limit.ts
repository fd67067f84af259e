// Fixed-window rate limits kept in PostgreSQL ("RateLimitWindow"), so every app process counts against the same
// rows and a limit holds across replicas. A limit that many clients share (one consultation) is spread over
// `slots` rows, each allowed limit/slots, so concurrent requests do not queue on one row lock.
import { randomInt } from "node:crypto";
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { positiveInt } from "@/lib/env";
import { RATE_LIMIT_HIT_SQL, RATE_LIMIT_VERDICT_SQL, windowStartSql } from "@/lib/rate-limit-sql";

export type Limit = {
  bucket: string;
  limit: number;
  windowSeconds: number;
  slots?: number;
  /**
   * Counted only for a submission that was accepted (valid, and let through by the action itself). A limit
   * everyone shares (a city's) must be: otherwise junk requests, which cost one client nothing, would use it up
   * and close the door to every citizen.
   */
  validOnly?: boolean;
};

/**
 * The SQL of a CTE that counts one hit against each limit and answers, per limit, whether it is now exceeded
 * and how many seconds remain in its window. Used inside a larger statement so a hit costs no extra round trip.
 */
function rateLimitCte(limits: Limit[]): Prisma.Sql {
  const rows = limits.map((l) => {
    const slots = l.slots ?? 1;
    const bucket = slots > 1 ? `${l.bucket}#${randomInt(slots)}` : l.bucket;
    const perSlot = Math.ceil(l.limit / slots);
    return Prisma.sql`(${bucket}, ${Prisma.raw(windowStartSql(positiveInt(String(l.windowSeconds), 60)))}, ${perSlot}::int, ${l.windowSeconds}::int)`;
  });
  return Prisma.sql`
    SELECT v.bucket, v.window_start, v.max_hits, v.window_seconds FROM (VALUES ${Prisma.join(rows)}) AS v(bucket, window_start, max_hits, window_seconds)`;
}

export type RateLimitVerdict = { limited: boolean; retryAfterSeconds: number };

type SqlReader = { $queryRaw: typeof unsafePrisma.$queryRaw };

/** Count one hit against each limit on its own (for paths that have no statement to fold it into). Given a
 *  transaction, the hits commit or roll back with it: a refused change then costs its limit nothing. */
export async function hitRateLimits(limits: Limit[], db: SqlReader = unsafePrisma): Promise<RateLimitVerdict> {
  // unsafe: "RateLimitWindow" is shared by the platform, keyed by bucket (tenant and client inside the key).
  const rows = await db.$queryRaw<{ limited: boolean; retry: number }[]>(Prisma.sql`
    WITH l AS (${rateLimitCte(limits)}),
    hit AS (${Prisma.raw(RATE_LIMIT_HIT_SQL)})
    ${Prisma.raw(RATE_LIMIT_VERDICT_SQL)}`);
  return { limited: rows[0]?.limited ?? false, retryAfterSeconds: Math.max(1, rows[0]?.retry ?? 1) };
}

let calls = 0;
/** Old windows are useless; roughly one request in 2,000 sweeps them (no scheduler needed). */
export function maybeSweepRateLimits(): void {
  if (++calls % 2000 !== 0) return;
  // unsafe: the platform-wide counters, swept by age.
  void unsafePrisma.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < now() - interval '1 hour'`.catch(
    () => {},
  );
}
