// Read side of the registry: the console list (filtered and paged in SQL, with the total), one deputy's page,
// and the form's choices. Phones leave this file masked; the whole number only through reveal-deputy-phone.ts.
import { cachedRead } from "@/lib/cache/data-cache";
import { forTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { cachedAreaIndex, type AreaInfo } from "@/lib/modules/tenancy";
import type { DeputyListFilter } from "./schemas";
import { maskPhone, type DeputyLevel, type DeputyStatus, type Gender } from "./workflow";

export const DEPUTY_PAGE_SIZE = 50;

export type DeputyArea = AreaInfo;

/** Every area of the city by id, in tree order. */
export async function deputyAreas(tenantId: string): Promise<Map<string, DeputyArea>> {
  return cachedAreaIndex(tenantId);
}

/** The ids of an area and everything below it (a district's streets and communities). */
export function subtreeIds(areas: Map<string, DeputyArea>, rootId: string): string[] {
  const root = areas.get(rootId);
  if (!root) return [];
  return [...areas.values()].filter((a) => a.id === rootId || a.path.startsWith(`${root.path} / `)).map((a) => a.id);
}

export type DeputyFilter = Omit<DeputyListFilter, "page">;

/** The filter as a Prisma where; a district matches every constituency in its subtree. */
export function deputyWhere(filter: DeputyFilter, areas: Map<string, DeputyArea>): Prisma.DeputyWhereInput {
  return {
    ...(filter.q ? { name: { contains: filter.q } } : {}),
    ...(filter.district ? { constituencyId: { in: subtreeIds(areas, filter.district) } } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.term ? { term: filter.term } : {}),
    ...(filter.delegation ? { delegation: filter.delegation } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

/**
 * How many deputies match: the one part of a page that reads every matching row (50,000 for the whole city), and
 * the same for every page of one filter, so it is kept until the next action (or two minutes).
 */
export const countDeputies = cachedRead("deputies.count", 120, (tenantId: string, where: Prisma.DeputyWhereInput) =>
  forTenant(tenantId).deputy.count({ where }),
);

const LIST_SELECT = {
  id: true,
  name: true,
  gender: true,
  birthYear: true,
  level: true,
  term: true,
  delegation: true,
  constituencyId: true,
  phone: true,
  status: true,
  statusOn: true,
  workUnit: true,
} as const;

export type DeputyListRow = {
  id: string;
  name: string;
  gender: Gender;
  birthYear: number;
  level: DeputyLevel;
  term: string;
  delegation: string;
  constituency: string | null;
  phoneMasked: string;
  status: DeputyStatus;
  statusOn: string | null;
  workUnit: string;
};

/** One page of the registry by name, and how many match in all (both in SQL: a city may list 50,000). */
export async function listDeputies(
  tenantId: string,
  filter: DeputyFilter,
  page: { limit: number; offset: number },
  known?: Map<string, DeputyArea>,
): Promise<{ rows: DeputyListRow[]; total: number }> {
  const db = forTenant(tenantId);
  const areas = known ?? (await deputyAreas(tenantId));
  const where = deputyWhere(filter, areas);
  const [rows, total] = await Promise.all([
    db.deputy.findMany({
      where,
      select: LIST_SELECT,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: page.limit,
      skip: page.offset,
    }),
    countDeputies(tenantId, where),
  ]);
  return {
    total,
    rows: rows.map(({ phone, constituencyId, statusOn, ...r }) => ({
      ...r,
      constituency: constituencyId ? (areas.get(constituencyId)?.path ?? null) : null,
      phoneMasked: maskPhone(phone),
      statusOn: statusOn ? dateToDay(statusOn) : null,
    })),
  };
}

/**
 * The values the list's term and delegation filters offer (what the registry holds). A city has a handful of terms
 * and some dozens of delegations among 50,000 rows: each distinct value is found by one step down an index
 * (a "skip scan" as a recursive query) instead of reading every row to group them.
 */
export const deputyFilterChoices = cachedRead("deputies.filterChoices", 300, filterChoices);
async function filterChoices(tenantId: string): Promise<{ terms: string[]; delegations: string[] }> {
  const db = forTenant(tenantId);
  const [terms, delegations] = await Promise.all([
    db.$queryRaw<{ v: string }[]>`
      WITH RECURSIVE t AS (
        (SELECT "term" AS v FROM "Deputy" WHERE "tenantId" = ${tenantId}::uuid ORDER BY "term" LIMIT 1)
        UNION ALL
        SELECT (SELECT "term" FROM "Deputy" WHERE "tenantId" = ${tenantId}::uuid AND "term" > t.v ORDER BY "term" LIMIT 1)
        FROM t WHERE t.v IS NOT NULL
      ) SELECT v FROM t WHERE v IS NOT NULL`,
    db.$queryRaw<{ v: string }[]>`
      WITH RECURSIVE t AS (
        (SELECT "delegation" AS v FROM "Deputy" WHERE "tenantId" = ${tenantId}::uuid AND "delegation" > ''
         ORDER BY "delegation" LIMIT 1)
        UNION ALL
        SELECT (SELECT "delegation" FROM "Deputy" WHERE "tenantId" = ${tenantId}::uuid AND "delegation" > t.v
                ORDER BY "delegation" LIMIT 1)
        FROM t WHERE t.v IS NOT NULL
      ) SELECT v FROM t WHERE v IS NOT NULL`,
  ]);
  return { terms: terms.map((r) => r.v), delegations: delegations.map((r) => r.v) };
}

/** One deputy of this city (null for an unknown id or another city's), phone masked. */
export async function getDeputy(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const d = await db.deputy.findFirst({ where: { id } });
  if (!d) return null;
  const [areas, user] = await Promise.all([
    d.constituencyId ? deputyAreas(tenantId) : new Map<string, DeputyArea>(),
    d.userId
      ? db.user.findFirst({ where: { id: d.userId }, select: { id: true, displayName: true, username: true } })
      : null,
  ]);
  const { phone, statusOn, ...rest } = d;
  return {
    ...rest,
    statusOn: statusOn ? dateToDay(statusOn) : null,
    phoneMasked: maskPhone(phone),
    constituency: d.constituencyId ? (areas.get(d.constituencyId)?.path ?? null) : null,
    user,
  };
}
export type DeputyDetail = NonNullable<Awaited<ReturnType<typeof getDeputy>>>;

/** The form's choices: the city's areas (indented by depth) and the deputy accounts not linked to another deputy. */
export async function deputyFormChoices(tenantId: string, deputyId?: string) {
  const db = forTenant(tenantId);
  const [areas, users] = await Promise.all([
    deputyAreas(tenantId),
    db.user.findMany({
      where: { active: true, roles: { some: { role: "deputy" } } },
      select: { id: true, displayName: true, username: true },
      orderBy: { username: "asc" },
    }),
  ]);
  const linked = await db.deputy.findMany({
    where: { userId: { in: users.map((u) => u.id) }, ...(deputyId ? { id: { not: deputyId } } : {}) },
    select: { userId: true },
  });
  const taken = new Set(linked.map((l) => l.userId));
  return {
    areas: [...areas.values()].map((a) => ({ id: a.id, name: a.name, depth: a.depth })),
    accounts: users.filter((u) => !taken.has(u.id)),
  };
}

/** The districts (top-level areas) for the district filters. */
export async function deputyDistricts(tenantId: string) {
  return [...(await deputyAreas(tenantId)).values()]
    .filter((a) => a.depth === 0)
    .map((a) => ({ id: a.id, name: a.name }));
}
