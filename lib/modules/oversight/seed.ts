// Demo oversight data (issue #13 item 8), after the deputies, the calendar and the suggestions (whose messages
// seeder gave the units in use their `unit-<code>` accounts, reused here as the units' actors):
// - every city: its 2026 oversight plan (监督工作计划) with activities of every kind, each walked as far as its
//   quarter and today allow (an OversightEvent per move), with participants, points, problems and the units'
//   reports back on the deliberation opinions (some due, some overdue) — demo-oversight-plan.ts;
// - Liaoyuan (000): the plan at the seed's count of a year and the business-environment special inquiry with its
//   research, session, closed anonymous satisfaction vote, rectification tasks in every state and 回头看 —
//   demo-oversight-liaoyuan.ts;
// - Taiyuan (004): the three inspections at the seed's counts and the inquiry of 39 officials —
//   demo-oversight-taiyuan.ts;
// - Shantou (003): the county's and a township's livelihood projects voted and in progress —
//   demo-oversight-shantou.ts.
// Written in one transaction per city with createMany through forTenant(); a city that already has its 2026 plan
// is left alone.
import { forTenant, unsafePrisma, type TenantTx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { tenantSettingsSchema } from "@/lib/tenant";
import { seededRandom } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import type { Seeder } from "../define";
import { at, buildActivity, DEMO_PLAN_YEAR, emptyRows, type Ctx, type Row, type Rows } from "./demo-oversight";
import { liaoyuanInquiry } from "./demo-oversight-liaoyuan";
import { cityPlan, liaoyuanPlan } from "./demo-oversight-plan";
import { addPoll } from "./demo-oversight-poll";
import { liaoyuanProjects } from "./demo-oversight-liaoyuan-projects";
import { shantouProjects } from "./demo-oversight-shantou";
import { taiyuanInspections } from "./demo-oversight-taiyuan";
import type { InquiryStatus, OversightStatus } from "./kinds";
import { oversightSettings } from "./settings";

const INQUIRY_PHASE: Record<OversightStatus, InquiryStatus> = {
  PLANNED: "RESEARCH",
  UNDERWAY: "RESEARCH",
  REPORTED: "SESSION",
  OPINIONS_SENT: "RECTIFYING",
  RECTIFYING: "RECTIFYING",
  REVIEWING: "REVIEW",
  DONE: "CLOSED",
  CANCELLED: "RESEARCH",
};

/** A finished voted appraisal (票决评议): the units reported on, rated in a closed anonymous poll at the meeting. */
function appraisalVote(c: Ctx, activityId: string, title: string, on: string) {
  const units = c.units.filter((u) => u.code !== "intermediate-court" && u.code !== "procuratorate").slice(0, 5);
  const meeting = c.rows.activities.find((r) => r.id === activityId)?.meeting;
  addPoll(c, {
    kind: "APPRAISAL",
    optionSet: "SATISFACTION",
    title: `${title}满意度测评`,
    description: "常委会组成人员对被评议单位进行无记名满意度测评。",
    activityId,
    meeting: String(meeting ?? ""),
    openedAt: at(on, "16:00"),
    closedAt: at(on, "16:20"),
    items: units.map((u) => ({ label: u.name, unitId: u.id })),
    weights: (i) => [6 - i, 3, 1],
    absent: 1,
  });
}

/** Plans a city's rows in memory (pure but for the context read before). */
export function planOversight(c: Ctx): Rows {
  c.rows.plans.push({
    id: c.planId,
    tenantId: c.tenantId,
    year: DEMO_PLAN_YEAR,
    title: `${c.cityName}人大常委会${DEMO_PLAN_YEAR}年度监督工作计划`,
    note: "经主任会议通过，报市委同意后印发实施。",
    publishedAt: new Date(`${DEMO_PLAN_YEAR}-01-20T10:00:00+08:00`),
    createdAt: new Date(`${DEMO_PLAN_YEAR}-01-15T10:00:00+08:00`),
  });
  if (c.slug === "liaoyuan") liaoyuanInquiry(c);
  if (c.slug === "taiyuan") taiyuanInspections(c);
  const specs = c.slug === "liaoyuan" ? liaoyuanPlan() : cityPlan(c.slug);
  for (const spec of specs) {
    const a = buildActivity(c, spec);
    if (spec.kind === "APPRAISAL" && a.status === "DONE") appraisalVote(c, a.id, spec.title, a.dates.REPORTED!);
    if (spec.kind !== "SPECIAL_INQUIRY") continue;
    // Every inquiry has its Inquiry row (as the create action makes it); the plan's others are at research.
    const researched = a.status !== "PLANNED";
    c.rows.inquiries.push({
      id: c.rand.uuid(),
      tenantId: c.tenantId,
      activityId: a.id,
      reasons: "群众关注度高、反映问题集中，经主任会议研究决定开展专题询问。",
      questionnaires: researched ? c.rand.int(20, 60) : 0,
      questionnaireResponses: 0,
      forums: researched ? c.rand.int(1, 4) : 0,
      visits: researched ? c.rand.int(10, 60) : 0,
      researchNote: researched ? "正在通过问卷调查、座谈会、实地走访开展调研。" : "",
      status: INQUIRY_PHASE[a.status],
      createdAt: new Date(`${DEMO_PLAN_YEAR}-01-20T10:00:00+08:00`),
    });
    const last = c.rows.inquiries.at(-1)!;
    last.questionnaireResponses = Math.floor(Number(last.questionnaires) * 0.9);
  }
  if (c.slug === "shantou") shantouProjects(c);
  if (c.slug === "liaoyuan") liaoyuanProjects(c);
  return c.rows;
}

/** Rows written per city, for the log and the test. */
export function countRows(rows: Rows): number {
  return Object.values(rows).reduce((n, r: Row[]) => n + r.length, 0);
}

async function write(tx: TenantTx, rows: Rows) {
  // Parents before children (the composite foreign keys).
  const w = async <T>(list: Row[], f: (data: never[]) => Promise<T>) => {
    if (list.length) await f(list as never[]);
  };
  await w(rows.plans, (data) => tx.oversightPlan.createMany({ data }));
  await w(rows.activities, (data) => tx.oversightActivity.createMany({ data }));
  await w(rows.events, (data) => tx.oversightEvent.createMany({ data }));
  await w(rows.participants, (data) => tx.oversightParticipant.createMany({ data }));
  await w(rows.points, (data) => tx.oversightPoint.createMany({ data }));
  await w(rows.problems, (data) => tx.oversightProblem.createMany({ data }));
  await w(rows.unitReports, (data) => tx.oversightUnitReport.createMany({ data }));
  await w(rows.reviews, (data) => tx.oversightReview.createMany({ data }));
  await w(rows.inquiries, (data) => tx.inquiry.createMany({ data }));
  await w(rows.respondents, (data) => tx.inquiryRespondent.createMany({ data }));
  // Follow-ups point at their question: the questions without a parent first.
  await w(
    rows.questions.filter((q) => q.parentId === null),
    (data) => tx.inquiryQuestion.createMany({ data }),
  );
  await w(
    rows.questions.filter((q) => q.parentId !== null),
    (data) => tx.inquiryQuestion.createMany({ data }),
  );
  await w(rows.tasks, (data) => tx.rectificationTask.createMany({ data }));
  await w(rows.taskReports, (data) => tx.rectificationReport.createMany({ data }));
  await w(rows.taskEvents, (data) => tx.rectificationEvent.createMany({ data }));
  await w(rows.polls, (data) => tx.poll.createMany({ data }));
  await w(rows.projects, (data) => tx.livelihoodProject.createMany({ data }));
  await w(rows.pollItems, (data) => tx.pollItem.createMany({ data }));
  await w(rows.pollVoters, (data) => tx.pollVoter.createMany({ data }));
  await w(rows.pollTallies, (data) => tx.pollTally.createMany({ data }));
  await w(rows.progress, (data) => tx.livelihoodProgress.createMany({ data }));
}

/** One city's demo oversight; 0 when it already had its plan (or lacks units, committees or deputies). */
export async function seedOversightFor(tenantId: string, slug: string): Promise<number> {
  const cal = await workingCalendar(tenantId);
  return forTenant(tenantId).$transaction(
    async (tx) => {
      await seedLock(tx as unknown as SeedTx, `lianxin-seed-oversight:${slug}`);
      if (await tx.oversightPlan.findFirst({ where: { year: DEMO_PLAN_YEAR }, select: { id: true } })) return 0;
      const [tenant, users, unitRows, committees, deputies, areas] = await Promise.all([
        unsafePrisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { fullName: true, settings: true } }),
        tx.user.findMany({
          select: { id: true, username: true, roles: { select: { role: true, scopeId: true } } },
          orderBy: { username: "asc" },
        }),
        tx.unit.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } }),
        tx.committee.findMany({
          where: { active: true },
          select: { id: true, code: true },
          orderBy: { sortOrder: "asc" },
        }),
        tx.deputy.findMany({
          where: { status: "IN_OFFICE" },
          select: { id: true, name: true, userId: true, level: true },
          orderBy: { id: "asc" },
        }),
        tx.area.findMany({ select: { id: true, name: true, parentId: true }, orderBy: { sortOrder: "asc" } }),
      ]);
      const byName = new Map(users.map((u) => [u.username, u]));
      const demoUnitId = byName.get("unit")?.roles.find((r) => r.role === "unit")?.scopeId;
      const units = unitRows.map((u) => {
        const holder =
          (u.id === demoUnitId ? byName.get("unit") : undefined) ??
          users.find((x) => x.roles.some((r) => r.role === "unit" && r.scopeId === u.id));
        return { id: u.id, code: u.code, name: u.name, userId: holder?.id ?? null };
      });
      const demoUnit = units.find((u) => u.id === demoUnitId) ?? units[0];
      if (!demoUnit || !committees.length || deputies.length < 10) return 0;
      const staff = new Map(
        users.filter((u) => !u.roles.some((r) => r.role === "unit")).map((u) => [u.username, u.id] as const),
      );
      // City deputies first (they question and take part most), then the others.
      const levelRank = (l: string) => (l === "CITY" ? 0 : l === "PROVINCIAL" || l === "NATIONAL" ? 1 : 2);
      const sorted = deputies.slice().sort((a, b) => levelRank(a.level) - levelRank(b.level));
      const rand = seededRandom(`oversight:${slug}`);
      const c: Ctx = {
        tenantId,
        slug,
        cityName: tenant.fullName.replace(/人大常委会$|人民代表大会常务委员会$/, ""),
        rand,
        cal,
        today: todayInShanghai(),
        settings: oversightSettings(tenantSettingsSchema.parse(tenant.settings ?? {})),
        staff,
        voters: [...staff.values()],
        units,
        demoUnit,
        committees: new Map(committees.map((x) => [x.code, x.id])),
        firstCommittee: committees[0]!.id,
        deputies: sorted.map((d) => ({ id: d.id, name: d.name, userId: d.userId })),
        areas,
        planId: rand.uuid(),
        rows: emptyRows(),
      };
      const rows = planOversight(c);
      await write(tx, rows);
      return countRows(rows);
    },
    { timeout: 120_000 },
  );
}

export const seedOversightDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant) continue;
    if (await forTenant(tenant.id).oversightPlan.findFirst({ where: { year: DEMO_PLAN_YEAR }, select: { id: true } }))
      continue;
    const made = await seedOversightFor(tenant.id, slug);
    if (made) log(`seeded ${made} oversight rows for ${slug}`);
  }
};
