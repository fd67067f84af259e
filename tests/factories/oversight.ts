// Oversight for tests: a city with everyone an oversight activity meets (an admin, a committee and its member, a
// second committee's member, a leader, two units with an account each, a deputy with an account), and activities,
// points, problems, participants and unit reports inserted directly in any state — for tests of a later step that
// need not walk the earlier ones. Tests of a move itself go through the move's action. Other parts add their own
// factories in separate files (tests/factories/oversight-<part>.ts) and may import these.
import { unsafePrisma } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OversightKind, OversightStatus, ProblemSeverity } from "@/lib/modules/oversight/client";
import { createCommittee, createTenant, createUnit, createUser, type TestTenant } from "./index";
import { deputyWithAccount } from "./stations";

export type OversightCity = Awaited<ReturnType<typeof oversightCity>>;

export async function oversightCity(tenant?: TestTenant) {
  const t = tenant ?? (await createTenant());
  const committee = await createCommittee(t);
  const otherCommittee = await createCommittee(t);
  const unit = await createUnit(t);
  const otherUnit = await createUnit(t);
  const deputy = await deputyWithAccount(t);
  return {
    tenant: t,
    committee,
    otherCommittee,
    unit,
    otherUnit,
    deputy,
    admin: await createUser(t, { roles: ["admin"] }),
    leader: await createUser(t, { roles: ["leader"] }),
    committeeUser: await createUser(t, { roles: [{ role: "committee", scopeId: committee.id }] }),
    otherCommitteeUser: await createUser(t, { roles: [{ role: "committee", scopeId: otherCommittee.id }] }),
    unitUser: await createUser(t, { roles: [{ role: "unit", scopeId: unit.id }] }),
    otherUnitUser: await createUser(t, { roles: [{ role: "unit", scopeId: otherUnit.id }] }),
  };
}

export const thisYear = () => Number(todayInShanghai().slice(0, 4));

/** The city's plan for `year` (made once, then reused). */
export async function makePlan(tenant: { id: string }, year = thisYear()) {
  const found = await unsafePrisma.oversightPlan.findFirst({ where: { tenantId: tenant.id, year } });
  if (found) return found;
  try {
    return await unsafePrisma.oversightPlan.create({
      data: { tenantId: tenant.id, year, title: `${year}年度监督工作计划` },
    });
  } catch {
    // Made meanwhile by a parallel call.
    return unsafePrisma.oversightPlan.findFirstOrThrow({ where: { tenantId: tenant.id, year } });
  }
}

export type MakeActivity = {
  kind?: OversightKind;
  status?: OversightStatus;
  year?: number;
  committeeId?: string | null;
  title?: string;
  /** Also insert the empty Inquiry row (default: true for SPECIAL_INQUIRY). */
  inquiry?: boolean;
  data?: Partial<Prisma.OversightActivityUncheckedCreateInput>;
};

/** An activity of `kind` (default LAW_INSPECTION) in `status` (default UNDERWAY) in the city's plan of its year;
 *  a SPECIAL_INQUIRY gets its Inquiry row. Pass `committeeId` (default none). Returns the activity and, for an
 *  inquiry, `inquiryId`. */
export async function makeActivity(tenant: { id: string }, o: MakeActivity = {}) {
  const year = o.year ?? thisYear();
  const kind = o.kind ?? "LAW_INSPECTION";
  const plan = await makePlan(tenant, year);
  const activity = await unsafePrisma.oversightActivity.create({
    data: {
      tenantId: tenant.id,
      planId: plan.id,
      year,
      kind,
      title: o.title ?? `测试监督活动 ${Math.random().toString(36).slice(2, 8)}`,
      summary: "听取和审议专项工作报告，开展检查。",
      committeeId: o.committeeId ?? null,
      lawName: kind === "LAW_INSPECTION" ? "中华人民共和国大气污染防治法" : null,
      plannedQuarter: 2,
      status: o.status ?? "UNDERWAY",
      ...o.data,
    },
  });
  let inquiryId: string | null = null;
  if (o.inquiry ?? kind === "SPECIAL_INQUIRY") {
    const inquiry = await unsafePrisma.inquiry.create({
      data: { tenantId: tenant.id, activityId: activity.id, reasons: "群众反映集中的问题。" },
    });
    inquiryId = inquiry.id;
  }
  return { ...activity, inquiryId };
}

/** A point visited on the activity (today unless told). */
export function makePoint(
  tenant: { id: string },
  activityId: string,
  o: Partial<Prisma.OversightPointUncheckedCreateInput> = {},
) {
  return unsafePrisma.oversightPoint.create({
    data: {
      place: `检查点 ${Math.random().toString(36).slice(2, 6)}`,
      visitedOn: dayToDate(todayInShanghai()),
      visitors: "执法检查组",
      ...o,
      tenantId: tenant.id,
      activityId,
    },
  });
}

/** A problem found on the activity, numbered after the last one. */
export async function makeProblem(
  tenant: { id: string },
  activityId: string,
  o: {
    pointId?: string | null;
    unitId?: string | null;
    severity?: ProblemSeverity;
    category?: string;
    description?: string;
    seq?: number;
  } = {},
) {
  const seq =
    o.seq ??
    ((
      await unsafePrisma.oversightProblem.aggregate({
        where: { tenantId: tenant.id, activityId },
        _max: { seq: true },
      })
    )._max.seq ?? 0) + 1;
  return unsafePrisma.oversightProblem.create({
    data: {
      tenantId: tenant.id,
      activityId,
      seq,
      pointId: o.pointId ?? null,
      unitId: o.unitId ?? null,
      description: o.description ?? `检查发现的问题 ${seq}：监管不到位，台账不全。`,
      category: o.category ?? "supervision",
      severity: o.severity ?? "MODERATE",
    },
  });
}

/** A participant: an account (MEMBER) or a deputy (DEPUTY). */
export function makeParticipant(
  tenant: { id: string },
  activityId: string,
  p: { userId: string; role?: string } | { deputyId: string; role?: string },
) {
  return unsafePrisma.oversightParticipant.create({
    data:
      "userId" in p
        ? { tenantId: tenant.id, activityId, kind: "MEMBER", userId: p.userId, role: p.role ?? "成员" }
        : { tenantId: tenant.id, activityId, kind: "DEPUTY", deputyId: p.deputyId, role: p.role ?? "成员" },
  });
}

/** The deliberation opinions sent to a unit, due in `dueInDays` calendar days (default 60). */
export function makeUnitReport(
  tenant: { id: string },
  activityId: string,
  unitId: string,
  o: { dueOn?: Date; sentOn?: Date; reported?: boolean } = {},
) {
  const today = dayToDate(todayInShanghai());
  return unsafePrisma.oversightUnitReport.create({
    data: {
      tenantId: tenant.id,
      activityId,
      unitId,
      sentOn: o.sentOn ?? today,
      dueOn: o.dueOn ?? new Date(today.getTime() + 60 * 86_400_000),
      ...(o.reported ? { body: "已研究处理。", reportedAt: new Date() } : {}),
    },
  });
}
