// The registry as other modules see it: deputies by id (for names on station pages and records), a search for
// pickers, and the deputy a signed-in account is. All through the tenant guard.
import { forTenant, unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import type { DeputyLevel, DeputyStatus } from "./workflow";

export type DeputyBrief = {
  id: string;
  name: string;
  level: DeputyLevel;
  term: string;
  delegation: string;
  status: DeputyStatus;
  userId: string | null;
};

const BRIEF = {
  id: true,
  name: true,
  level: true,
  term: true,
  delegation: true,
  status: true,
  userId: true,
} as const;

/** The deputies with these ids (unknown ids and other cities' are simply absent). */
export async function deputiesByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, DeputyBrief>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await forTenant(tenantId).deputy.findMany({ where: { id: { in: valid } }, select: BRIEF });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Deputies in office whose name contains `q`, for pickers (at most `limit`, by name). */
export async function searchDeputies(tenantId: string, q: string, limit = 20): Promise<DeputyBrief[]> {
  const term = q.trim().slice(0, 50);
  return forTenant(tenantId).deputy.findMany({
    where: { status: "IN_OFFICE", ...(term ? { name: { contains: term } } : {}) },
    select: BRIEF,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(limit, 1), 100),
  });
}

/** The deputy a signed-in account is linked to (Deputy.userId), or null. */
export async function deputyOfUser(tenantId: string, userId: string): Promise<DeputyBrief | null> {
  if (!isUuid(userId)) return null;
  return forTenant(tenantId).deputy.findFirst({ where: { userId }, select: BRIEF });
}

/** The ids of every deputy in office (for coverage figures: which of them no station groups; ~50,000 at most). */
export async function deputyIdsInOffice(tenantId: string): Promise<string[]> {
  // One row holding one string: far cheaper than 50,000 rows (or a 50,000-element array) through Prisma.
  const rows = await unsafePrisma.$queryRaw<{ ids: string | null }[]>(Prisma.sql`
    SELECT string_agg("id"::text, ',') AS ids FROM "Deputy" WHERE "tenantId" = ${tenantId}::uuid AND "status" = 'IN_OFFICE'`);
  return rows[0]?.ids ? rows[0].ids.split(",") : [];
}
