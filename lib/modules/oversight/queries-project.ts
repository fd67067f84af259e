import "server-only";
// Reads of the livelihood projects: a year's projects (console and public), one project with its progress, the
// polls that voted on them, the deputies' accounts who may vote, the choices for the forms. Tenant-scoped.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgressRow, ProjectDetail, ProjectRow } from "./types-project";

const SELECT = {
  id: true,
  year: true,
  level: true,
  areaId: true,
  title: true,
  summary: true,
  budget: true,
  unitId: true,
  status: true,
  pollId: true,
  votesFor: true,
  rank: true,
  progressPercent: true,
  completedOn: true,
} as const;

type Raw = Prisma.LivelihoodProjectGetPayload<{ select: typeof SELECT }>;

async function named(tenantId: string, rows: Raw[]): Promise<ProjectRow[]> {
  const db = forTenant(tenantId);
  const unitIds = [...new Set(rows.map((r) => r.unitId).filter((x): x is string => !!x))];
  const areaIds = [...new Set(rows.map((r) => r.areaId).filter((x): x is string => !!x))];
  const [units, areas] = await Promise.all([
    unitIds.length
      ? db.unit.findMany({ where: { tenantId, id: { in: unitIds } }, select: { id: true, name: true } })
      : [],
    areaIds.length
      ? db.area.findMany({ where: { tenantId, id: { in: areaIds } }, select: { id: true, name: true } })
      : [],
  ]);
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const area = new Map(areas.map((a) => [a.id, a.name]));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    level: r.level,
    areaName: r.areaId ? (area.get(r.areaId) ?? null) : null,
    title: r.title,
    summary: r.summary,
    budget: r.budget.toFixed(2),
    unitId: r.unitId,
    unitName: r.unitId ? (unit.get(r.unitId) ?? null) : null,
    status: r.status,
    pollId: r.pollId,
    votesFor: r.votesFor,
    rank: r.rank,
    progressPercent: r.progressPercent,
    completedOn: r.completedOn ? dateToDay(r.completedOn) : null,
  }));
}

/** A year's projects (all states), by level, then rank, then entry order; `unitId` narrows to one unit's. */
export async function listProjects(
  tenantId: string,
  filter: { year: number; unitIds?: string[] },
): Promise<ProjectRow[]> {
  const rows = await forTenant(tenantId).livelihoodProject.findMany({
    where: { tenantId, year: filter.year, ...(filter.unitIds ? { unitId: { in: filter.unitIds } } : {}) },
    orderBy: [{ level: "asc" }, { rank: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return named(tenantId, rows);
}

/** The public list: a year's chosen projects (CHOSEN, UNDERWAY, DONE) with their progress. */
export async function publicProjects(tenantId: string, year: number): Promise<ProjectDetail[]> {
  const db = forTenant(tenantId);
  const rows = await db.livelihoodProject.findMany({
    where: { tenantId, year, status: { in: ["CHOSEN", "UNDERWAY", "DONE"] } },
    orderBy: [{ level: "asc" }, { rank: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: SELECT,
  });
  const progress = rows.length
    ? await db.livelihoodProgress.findMany({
        where: { tenantId, projectId: { in: rows.map((r) => r.id) } },
        orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, projectId: true, reportedOn: true, percent: true, body: true },
      })
    : [];
  return (await named(tenantId, rows)).map((r) => ({
    ...r,
    progress: progress.filter((p) => p.projectId === r.id).map(progressRow),
  }));
}

const progressRow = (p: { id: string; reportedOn: Date; percent: number; body: string }): ProgressRow => ({
  id: p.id,
  reportedOn: dateToDay(p.reportedOn),
  percent: p.percent,
  body: p.body,
});

/** One project of this city with its progress reports; null when unknown or another city's. */
export async function getProject(tenantId: string, id: string): Promise<ProjectDetail | null> {
  const db = forTenant(tenantId);
  const row = await db.livelihoodProject.findFirst({ where: { tenantId, id }, select: SELECT });
  if (!row) return null;
  const project = (await named(tenantId, [row]))[0]!;
  const progress = await db.livelihoodProgress.findMany({
    where: { tenantId, projectId: id },
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, reportedOn: true, percent: true, body: true },
  });
  return { ...project, progress: progress.map(progressRow) };
}

/** The years that have projects, newest first (always including `current`). */
export async function projectYears(tenantId: string, current: number): Promise<number[]> {
  const rows = await forTenant(tenantId).livelihoodProject.findMany({
    where: { tenantId },
    distinct: ["year"],
    select: { year: true },
  });
  return [...new Set([current, ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

/** The polls that voted on a year's projects, with their status. */
export async function projectPolls(tenantId: string, year: number) {
  const db = forTenant(tenantId);
  const ids = await db.livelihoodProject.findMany({
    where: { tenantId, year, pollId: { not: null } },
    distinct: ["pollId"],
    select: { pollId: true, level: true, status: true },
  });
  const pollIds = [...new Set(ids.map((r) => r.pollId!))];
  if (!pollIds.length) return [];
  const polls = await db.poll.findMany({
    where: { tenantId, id: { in: pollIds } },
    select: { id: true, title: true, status: true, maxApprovals: true },
    orderBy: { createdAt: "asc" },
  });
  return polls.map((p) => ({
    ...p,
    applied: ids.some((r) => r.pollId === p.id && r.status !== "CANDIDATE"),
  }));
}

/** The deputies' active accounts (voters for the projects vote), by name. */
export async function deputyAccounts(tenantId: string) {
  return forTenant(tenantId).user.findMany({
    where: { tenantId, active: true, roles: { some: { role: "deputy" } } },
    select: { id: true, displayName: true },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

/** The units and areas the candidate form offers. */
export async function projectChoices(tenantId: string) {
  const db = forTenant(tenantId);
  const [units, areas] = await Promise.all([
    db.unit.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    db.area.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
  ]);
  return { units, areas };
}
