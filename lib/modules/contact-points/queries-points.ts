// Read side of the contact-point registry: the list with each point's record (consultations assigned, opinions
// submitted and adopted), coverage by district, one point's page, and the assignments of a consultation.
import { forTenant, type TenantDb } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import {
  consultationsByIds,
  pointOpinionCounts,
  pointOpinionKey,
  pointOpinionTotals,
} from "@/lib/modules/consultation";
import { areaIndex } from "@/lib/modules/tenancy";
import type { ContactPointType } from "./workflow";

export type PointStats = { assignments: number; submitted: number; opinions: number; adopted: number };
const NO_STATS: PointStats = { assignments: 0, submitted: 0, opinions: 0, adopted: 0 };

async function statsByPoint(db: TenantDb, tenantId: string, pointIds?: string[]): Promise<Map<string, PointStats>> {
  const [opinions, assignments] = await Promise.all([
    pointOpinionTotals(tenantId, pointIds),
    db.consultationAssignment.groupBy({
      by: ["contactPointId"],
      where: pointIds ? { contactPointId: { in: pointIds } } : {},
      _count: { _all: true, submittedAt: true },
    }),
  ]);
  const stats = new Map<string, PointStats>();
  const of = (id: string) => stats.get(id) ?? stats.set(id, { ...NO_STATS }).get(id)!;
  for (const a of assignments)
    Object.assign(of(a.contactPointId), { assignments: a._count._all, submitted: a._count.submittedAt });
  for (const [pointId, o] of opinions) Object.assign(of(pointId), o);
  return stats;
}

type PointRow = {
  id: string;
  name: string;
  type: ContactPointType;
  areaId: string | null;
  coordinatorId: string | null;
  address: string;
  establishedOn: Date | null;
  active: boolean;
};

async function withDetails(db: TenantDb, tenantId: string, points: PointRow[], withStats: boolean) {
  const coordinatorIds = [...new Set(points.map((p) => p.coordinatorId).filter((x): x is string => !!x))];
  const [areas, users, stats] = await Promise.all([
    areaIndex(tenantId),
    db.user.findMany({
      where: { id: { in: coordinatorIds } },
      select: { id: true, displayName: true, username: true },
    }),
    withStats
      ? statsByPoint(
          db,
          tenantId,
          points.map((p) => p.id),
        )
      : new Map<string, PointStats>(),
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  return points.map((p) => {
    const area = p.areaId ? areas.get(p.areaId) : undefined;
    return {
      ...p,
      establishedOn: p.establishedOn ? dateToDay(p.establishedOn) : null,
      areaPath: area?.path ?? null,
      districtId: area?.districtId ?? null,
      // Sorted by district in the city's own order; city-wide points (no area) last.
      areaOrder: area ? areas.get(area.districtId)!.order : Number.MAX_SAFE_INTEGER,
      coordinator: p.coordinatorId ? (user.get(p.coordinatorId) ?? null) : null,
      stats: stats.get(p.id) ?? { ...NO_STATS },
    };
  });
}
export type ContactPointListRow = Awaited<ReturnType<typeof withDetails>>[number];

const POINT_SELECT = {
  id: true,
  name: true,
  type: true,
  areaId: true,
  coordinatorId: true,
  address: true,
  establishedOn: true,
  active: true,
} as const;

/** The registry: active points first, then by district in the city's own order, then by name. */
export async function listContactPoints(tenantId: string): Promise<ContactPointListRow[]> {
  const db = forTenant(tenantId);
  const rows = await withDetails(db, tenantId, await db.contactPoint.findMany({ select: POINT_SELECT }), true);
  return rows.sort(
    (a, b) => Number(b.active) - Number(a.active) || a.areaOrder - b.areaOrder || a.name.localeCompare(b.name, "zh-CN"),
  );
}

/** Every district of the city with the active points in it or below it; a district with none is a gap to fill. */
export async function coverageByDistrict(tenantId: string) {
  const db = forTenant(tenantId);
  const [areas, points] = await Promise.all([
    areaIndex(tenantId),
    db.contactPoint.findMany({ where: { active: true, areaId: { not: null } }, select: { name: true, areaId: true } }),
  ]);
  const districts = [...areas.values()]
    .filter((a) => a.depth === 0)
    .map((d) => ({ id: d.id, name: d.name, points: [] as string[] }));
  const byId = new Map(districts.map((d) => [d.id, d]));
  for (const p of points) byId.get(areas.get(p.areaId!)?.districtId ?? "")?.points.push(p.name);
  return { districts, covered: districts.filter((d) => d.points.length > 0).length };
}

/** One point with its record and the consultations assigned to it, newest first. */
export async function getContactPoint(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const point = await db.contactPoint.findFirst({ where: { id }, select: POINT_SELECT });
  if (!point) return null;
  const [[row], assignments, count] = await Promise.all([
    withDetails(db, tenantId, [point], true),
    db.consultationAssignment.findMany({ where: { contactPointId: id }, orderBy: { dueOn: "desc" } }),
    pointOpinionCounts(tenantId, { pointIds: [id] }),
  ]);
  const c = await consultationsByIds(
    tenantId,
    assignments.map((a) => a.consultationId),
  );
  return {
    point: row!,
    assignments: assignments.map((a) => {
      const consultation = c.get(a.consultationId)!;
      return {
        id: a.id,
        consultationId: a.consultationId,
        title: consultation.title,
        state: consultation.state,
        endsAt: consultation.endsAt,
        dueOn: dateToDay(a.dueOn),
        submittedAt: a.submittedAt,
        opinions: count.get(pointOpinionKey(id, a.consultationId)) ?? 0,
      };
    }),
  };
}

/** The points a consultation was handed to, with their due dates and how many opinions each has sent. */
export async function listAssignmentsForConsultation(tenantId: string, consultationId: string) {
  if (!isUuid(consultationId)) return [];
  const db = forTenant(tenantId);
  const assignments = await db.consultationAssignment.findMany({ where: { consultationId } });
  if (assignments.length === 0) return [];
  const [points, count] = await Promise.all([
    db.contactPoint.findMany({ where: { id: { in: assignments.map((a) => a.contactPointId) } }, select: POINT_SELECT }),
    pointOpinionCounts(tenantId, { consultationId }),
  ]);
  const described = new Map((await withDetails(db, tenantId, points, false)).map((p) => [p.id, p]));
  return assignments
    .map((a) => {
      const p = described.get(a.contactPointId)!;
      return {
        id: a.id,
        contactPointId: p.id,
        pointName: p.name,
        type: p.type,
        areaPath: p.areaPath,
        coordinator: p.coordinator?.displayName ?? null,
        dueOn: dateToDay(a.dueOn),
        submittedAt: a.submittedAt,
        opinions: count.get(pointOpinionKey(p.id, consultationId)) ?? 0,
        areaOrder: p.areaOrder,
      };
    })
    .sort((x, y) => x.areaOrder - y.areaOrder || x.pointName.localeCompare(y.pointName, "zh-CN"))
    .map(({ areaOrder: _order, ...rest }) => rest);
}
export type ConsultationAssignmentRow = Awaited<ReturnType<typeof listAssignmentsForConsultation>>[number];

/** Active points a consultation can be handed to, in registry order (the staff page's choices). */
export async function listAssignablePoints(tenantId: string) {
  return (await listContactPoints(tenantId))
    .filter((p) => p.active)
    .map((p) => ({ id: p.id, name: p.name, type: p.type, areaPath: p.areaPath }));
}
export type AssignablePoint = Awaited<ReturnType<typeof listAssignablePoints>>[number];

/** Choices of the registry form: the city's areas (indented by level) and the accounts that may coordinate a point. */
export async function contactPointChoices(tenantId: string) {
  const [areas, users] = await Promise.all([
    areaIndex(tenantId),
    // Coordinators sign in with the contactPoint role; the identity module's paged user list is for admins.
    forTenant(tenantId).user.findMany({
      where: { active: true, roles: { some: { role: "contactPoint" } } },
      select: { id: true, displayName: true, username: true },
      orderBy: { username: "asc" },
    }),
  ]);
  return {
    areas: [...areas.values()].map((a) => ({ id: a.id, name: a.name, depth: a.depth })),
    coordinators: users,
  };
}

/** One assignment (a consultation handed to a point); null for an unknown id or another tenant's. */
export async function getAssignment(tenantId: string, id: string) {
  if (!isUuid(id)) return null;
  const row = await forTenant(tenantId).consultationAssignment.findFirst({ where: { id } });
  return row ? { ...row, dueOn: dateToDay(row.dueOn) } : null;
}
