// What the clocks, the rating follow-up and the workbench read: messages with a running unit clock due by a day,
// released messages still unrated, the city's slug and settings, and names of stations and units.
import { forTenant, unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { tenantSettingsSchema, type TenantSettings } from "@/lib/tenant";
import { CLOCK_STATUSES, type MessageStatus } from "./workflow";

export type ClockMessage = {
  id: string;
  receiptCode: string;
  title: string;
  unitId: string;
  dueOn: Date;
};

/** Messages whose unit clock runs (TRANSFERRED, HANDBACK_REQUESTED) and whose deadline is from `from` to `by`. */
export async function clockMessagesDue(tenantId: string, from: string, by: string): Promise<ClockMessage[]> {
  const rows = await forTenant(tenantId).citizenMessage.findMany({
    where: {
      status: { in: [...CLOCK_STATUSES] },
      dueOn: { gte: dayToDate(from), lte: dayToDate(by) },
      unitId: { not: null },
    },
    select: { id: true, receiptCode: true, title: true, unitId: true, dueOn: true },
    orderBy: { dueOn: "asc" },
  });
  return rows.filter((r): r is ClockMessage => r.unitId !== null && r.dueOn !== null);
}

export type UnratedMessage = {
  id: string;
  stationId: string;
  deputyId: string | null;
  receiptCode: string;
  title: string;
  email: string | null;
  phone: string | null;
  releasedAt: Date;
  ratingAskedAt: Date | null;
};

/** Released messages (waiting for the citizen's rating) released before `before`. A message reopened after
 *  不满意 and released again keeps its first rating, and waits for the second: RELEASED is what counts. */
export async function unratedReleasedBefore(tenantId: string, before: Date): Promise<UnratedMessage[]> {
  const rows = await forTenant(tenantId).citizenMessage.findMany({
    where: { status: "RELEASED", releasedAt: { not: null, lt: before } },
    select: {
      id: true,
      stationId: true,
      deputyId: true,
      receiptCode: true,
      title: true,
      email: true,
      phone: true,
      releasedAt: true,
      ratingAskedAt: true,
    },
    orderBy: { releasedAt: "asc" },
  });
  return rows.filter((r): r is UnratedMessage => r.releasedAt !== null);
}

export type CityOfJob = { slug: string; fullName: string; settings: TenantSettings };

/** The city a job scans: its slug (links), its full name (mails) and its settings (clocks). */
export async function cityOfJob(tenantId: string): Promise<CityOfJob | null> {
  // Tenant is a platform model (not tenant-owned): reading one city by its id needs no tenant scope.
  const row = await unsafePrisma.tenant.findUnique({
    where: { id: tenantId },
    select: { slug: true, fullName: true, settings: true },
  });
  if (!row) return null;
  const parsed = tenantSettingsSchema.safeParse(row.settings ?? {});
  return {
    slug: row.slug,
    fullName: row.fullName,
    settings: parsed.success ? parsed.data : tenantSettingsSchema.parse({}),
  };
}

/** Unit names by id. */
export async function unitNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const rows = await forTenant(tenantId).unit.findMany({
    where: { id: { in: [...new Set(ids)].filter(isUuid) } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which messages a workbench count covers: the stations' and the deputy's (either), or the whole city (null). */
export type WorkScope = { stationIds: string[]; deputyId: string | null } | null;

function scopeWhere(scope: WorkScope) {
  if (scope === null) return {};
  const stationIds = scope.stationIds.filter(isUuid);
  const or = [
    ...(stationIds.length ? [{ stationId: { in: stationIds } }] : []),
    ...(scope.deputyId ? [{ deputyId: scope.deputyId }] : []),
  ];
  return or.length ? { OR: or } : { id: { in: [] as string[] } };
}

/** Messages per status within the scope, for the statuses asked. */
export async function countByStatus(
  tenantId: string,
  scope: WorkScope,
  statuses: readonly MessageStatus[],
): Promise<Map<MessageStatus, number>> {
  const rows = await forTenant(tenantId).citizenMessage.groupBy({
    by: ["status"],
    where: { status: { in: [...statuses] }, ...scopeWhere(scope) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.status, r._count._all]));
}

/** Messages with a unit whose deadline has passed (before `today`), within the scope. */
export function countOverdue(tenantId: string, scope: WorkScope, today: string): Promise<number> {
  return forTenant(tenantId).citizenMessage.count({
    where: { status: { in: [...CLOCK_STATUSES] }, dueOn: { lt: dayToDate(today) }, ...scopeWhere(scope) },
  });
}

/** Released messages (not rated this round) whose citizen was to be called back for a rating (asked, phone only). */
export function countCallBacks(tenantId: string, scope: WorkScope): Promise<number> {
  return forTenant(tenantId).citizenMessage.count({
    where: {
      status: "RELEASED",
      ratingAskedAt: { not: null },
      email: null,
      phone: { not: null },
      ...scopeWhere(scope),
    },
  });
}

/** A unit's messages with their clock running, the nearest deadline first. */
export async function unitClockMessages(tenantId: string, unitIds: string[], take: number) {
  const where = { unitId: { in: unitIds.filter(isUuid) }, status: { in: [...CLOCK_STATUSES] } };
  const db = forTenant(tenantId);
  const [rows, total] = await Promise.all([
    db.citizenMessage.findMany({
      where,
      select: { id: true, receiptCode: true, title: true, unitId: true, dueOn: true, status: true },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take,
    }),
    db.citizenMessage.count({ where }),
  ]);
  return { rows, total };
}
