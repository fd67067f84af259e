// A station's messages this year for its public page (received, replied, rated, satisfied: each a part of the
// one before, so the figures add up). Only this module's own table and no "server-only" import: the station page
// is a Pages Router page and reads it through ./pages.ts.
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayInShanghai } from "@/lib/dates";

export type StationMessageCounts = {
  year: number;
  /** Messages written to the station (or one of its deputies) this year, merged ones included. */
  received: number;
  /** Of those, answered and released to the citizen (rated, closed or reopened since). */
  replied: number;
  /** Of the replied, rated by the citizen. */
  rated: number;
  /** Of the rated, 满意 or 基本满意. */
  satisfied: number;
};

/** The start of a Shanghai year, as an instant. */
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);

export async function stationMessageCounts(
  tenantId: string,
  stationId: string,
  now = new Date(),
): Promise<StationMessageCounts> {
  const year = Number(todayInShanghai(now).slice(0, 4));
  const rows = await unsafePrisma.$queryRaw<Omit<StationMessageCounts, "year">[]>(Prisma.sql`
    SELECT count(*)::int AS "received",
           count(*) FILTER (WHERE "replied")::int AS "replied",
           count(*) FILTER (WHERE "replied" AND "rating" IS NOT NULL)::int AS "rated",
           count(*) FILTER (WHERE "replied" AND "rating" IN ('SATISFIED', 'BASIC'))::int AS "satisfied"
    FROM (
      SELECT "rating",
             ("status" IN ('RELEASED', 'CLOSED') OR "reopenCount" > 0 OR "releasedAt" IS NOT NULL) AS "replied"
      FROM "CitizenMessage"
      WHERE "tenantId" = ${tenantId}::uuid AND "stationId" = ${stationId}::uuid
        AND "createdAt" >= ${yearStart(year)} AND "createdAt" < ${yearStart(year + 1)}
    ) m`);
  const r = rows[0] ?? { received: 0, replied: 0, rated: 0, satisfied: 0 };
  return { year, ...r };
}
