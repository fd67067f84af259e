// The oversight demo's building blocks (pure: rows in memory, written by seed.ts): the city context, the row
// bag, and one activity's life — its plan entry, the moves it made up to today (an OversightEvent each),
// participants, points, problems and the units' reports back on the deliberation opinions.
import { dayToDate } from "@/lib/dates";
import type { WorkingCalendar } from "@/lib/modules/calendar";
import type { Rand } from "@/lib/seed/random";
import type { OversightKind, OversightStatus, ProblemSeverity } from "./kinds";
import type { OversightSettings } from "./settings";

/** The year every city's demo plan is for. */
export const DEMO_PLAN_YEAR = 2026;

/** The vote engine's option codes the seeded tallies use (lib/modules/votes OPTION_SETS). */
export const DEMO_OPTIONS = {
  SATISFACTION: ["SATISFIED", "BASIC", "UNSATISFIED"],
  YES_NO_ABSTAIN: ["YES", "NO", "ABSTAIN"],
} as const;

export type Row = Record<string, string | number | boolean | null | Date>;

/** Everything one city's oversight seed writes, table by table (written in this order). */
export type Rows = {
  plans: Row[];
  activities: Row[];
  events: Row[];
  participants: Row[];
  points: Row[];
  problems: Row[];
  unitReports: Row[];
  reviews: Row[];
  inquiries: Row[];
  respondents: Row[];
  questions: Row[];
  tasks: Row[];
  taskReports: Row[];
  taskEvents: Row[];
  polls: Row[];
  projects: Row[];
  pollItems: Row[];
  pollVoters: Row[];
  pollTallies: Row[];
  progress: Row[];
};

export function emptyRows(): Rows {
  return {
    plans: [],
    activities: [],
    events: [],
    participants: [],
    points: [],
    problems: [],
    unitReports: [],
    reviews: [],
    inquiries: [],
    respondents: [],
    questions: [],
    tasks: [],
    taskReports: [],
    taskEvents: [],
    polls: [],
    projects: [],
    pollItems: [],
    pollVoters: [],
    pollTallies: [],
    progress: [],
  };
}

export type DemoUnit = { id: string; code: string; name: string; userId: string | null };

export type Ctx = {
  tenantId: string;
  slug: string;
  cityName: string;
  rand: Rand;
  cal: WorkingCalendar;
  today: string;
  settings: OversightSettings;
  /** Staff accounts by demo username (admin, committee, leader, legislative, deputy-affairs, deputy …). */
  staff: Map<string, string>;
  /** Who votes in the seeded polls: the city's accounts that are not a unit's. */
  voters: string[];
  units: DemoUnit[];
  /** The `unit` demo account's unit (its inbox should show work). */
  demoUnit: DemoUnit;
  committees: Map<string, string>;
  firstCommittee: string;
  deputies: { id: string; name: string; userId: string | null }[];
  areas: { id: string; name: string; parentId: string | null }[];
  planId: string;
  rows: Rows;
};

export const day = (d: string) => dayToDate(d);
/** A moment on a Shanghai calendar day. */
export const at = (d: string, hm = "09:30") => new Date(`${d}T${hm}:00+08:00`);

export function addDays(d: string, n: number): string {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}

export function committeeId(c: Ctx, code: string): string {
  return c.committees.get(code) ?? c.firstCommittee;
}

export function unitByCode(c: Ctx, code: string): DemoUnit {
  return c.units.find((u) => u.code === code) ?? c.demoUnit;
}

/** The steps an activity walks (lib/modules/oversight/workflow.ts): rectification only where problems go to units. */
export function pathOf(kind: OversightKind): OversightStatus[] {
  return kind === "LAW_INSPECTION" || kind === "SPECIAL_INQUIRY" || kind === "INSPECTION_VISIT"
    ? ["PLANNED", "UNDERWAY", "REPORTED", "OPINIONS_SENT", "RECTIFYING", "REVIEWING", "DONE"]
    : ["PLANNED", "UNDERWAY", "REPORTED", "OPINIONS_SENT", "DONE"];
}

export type ActivitySpec = {
  kind: OversightKind;
  title: string;
  committee: string;
  quarter: 1 | 2 | 3 | 4;
  /** The furthest it has got (it stops earlier when a step would fall after today). */
  target?: OversightStatus;
  lawName?: string;
  summary?: string;
  /** Fixed days of its steps (status → day); the others are drawn within its quarter. */
  dates?: Partial<Record<OversightStatus, string>>;
  /** Deputies taking part (default a few), points visited and problems found (default a few for inspections). */
  deputies?: number;
  points?: number;
  problems?: number;
  /** Where its points are (place names drawn from these kinds of place). */
  places?: readonly string[];
  /** Problems: description stems and the units they concern. */
  issues?: readonly string[];
  unitCodes?: readonly string[];
  /** Every unit sent the opinions has reported back. */
  reportedBack?: boolean;
};

export type BuiltActivity = {
  id: string;
  status: OversightStatus;
  kind: OversightKind;
  dates: Partial<Record<OversightStatus, string>>;
  problemIds: { id: string; unitId: string | null; seq: number }[];
  pointIds: string[];
};

const PLAN_PUBLISHED = `${DEMO_PLAN_YEAR}-01-20`;
const DEFAULT_PLACES = ["重点企业", "建设工地", "社区服务中心", "农贸市场", "学校", "医院", "政务服务中心", "工业园区"];
const DEFAULT_ISSUES = [
  "制度落实不到位，台账记录不完整",
  "日常监管频次不足，发现问题整改不及时",
  "配套设施建设滞后，群众反映较多",
  "执法标准不统一，存在重罚轻管现象",
  "专项资金拨付滞后，项目推进缓慢",
  "宣传培训不够深入，相关人员知晓率低",
  "部门之间信息共享不畅，协同监管薄弱",
];
const CATEGORIES = ["enforcement", "supervision", "service", "facilities", "funding", "policy", "other"] as const;
const SEVERITIES: readonly (readonly [ProblemSeverity, number])[] = [
  ["MINOR", 3],
  ["MODERATE", 5],
  ["SERIOUS", 2],
];
const NOTES: Partial<Record<OversightStatus, string>> = {
  UNDERWAY: "启动实施",
  REPORTED: "报告提请常委会会议审议",
  OPINIONS_SENT: "审议意见交有关单位研究处理",
  RECTIFYING: "问题清单交办整改",
  REVIEWING: "开展回头看",
  DONE: "办结归档",
  CANCELLED: "因工作调整，本年度不再开展",
};

function quarterDays(c: Ctx, spec: ActivitySpec): Partial<Record<OversightStatus, string>> {
  const month = Math.min(11, (spec.quarter - 1) * 3 + 1 + c.rand.int(0, 2));
  const drawn = `${DEMO_PLAN_YEAR}-${String(month).padStart(2, "0")}-${String(c.rand.int(3, 20)).padStart(2, "0")}`;
  // Nothing starts before the plan is out.
  const start = drawn < `${DEMO_PLAN_YEAR}-02-02` ? addDays(`${DEMO_PLAN_YEAR}-02-02`, c.rand.int(0, 20)) : drawn;
  const reported = addDays(start, c.rand.int(20, 40));
  const sent = addDays(reported, c.rand.int(7, 14));
  const rectifying = addDays(sent, c.rand.int(2, 8));
  const reviewing = addDays(rectifying, c.rand.int(70, 100));
  return {
    PLANNED: PLAN_PUBLISHED,
    UNDERWAY: start,
    REPORTED: reported,
    OPINIONS_SENT: sent,
    RECTIFYING: rectifying,
    REVIEWING: reviewing,
    DONE: addDays(pathOf(spec.kind).includes("REVIEWING") ? reviewing : sent, c.rand.int(20, 45)),
  };
}

/** One activity of the plan, walked as far as its target and today allow. */
export function buildActivity(c: Ctx, spec: ActivitySpec): BuiltActivity {
  const id = c.rand.uuid();
  const dates = { ...quarterDays(c, spec), ...spec.dates };
  const path: OversightStatus[] = spec.target === "CANCELLED" ? ["PLANNED", "CANCELLED"] : pathOf(spec.kind).slice();
  if (spec.target === "CANCELLED") dates.CANCELLED ??= addDays(dates.UNDERWAY!, -3);
  const stop = spec.target && spec.target !== "CANCELLED" ? path.indexOf(spec.target) : path.length - 1;
  const walked: OversightStatus[] = [];
  for (const [i, s] of path.entries()) {
    if (i > stop && spec.target !== "CANCELLED") break;
    if (i > 0 && dates[s]! >= c.today) break;
    walked.push(s);
  }
  const status = walked.at(-1)!;
  const actor = c.staff.get("committee") ?? c.staff.get("admin") ?? null;
  let last = at(PLAN_PUBLISHED, "10:00");
  walked.forEach((s, i) => {
    last = at(dates[s]!, i === 0 ? "10:00" : "15:30");
    c.rows.events.push({
      id: c.rand.uuid(),
      tenantId: c.tenantId,
      activityId: id,
      fromStatus: i === 0 ? null : walked[i - 1]!,
      toStatus: s,
      note: i === 0 ? "列入年度监督工作计划" : (NOTES[s] ?? ""),
      actorId: actor,
      createdAt: last,
    });
  });
  const reached = (s: OversightStatus) => walked.includes(s);
  const meetingNo = Number((dates.REPORTED ?? dates.UNDERWAY!).slice(5, 7)) + 20;
  c.rows.activities.push({
    id,
    tenantId: c.tenantId,
    planId: c.planId,
    year: DEMO_PLAN_YEAR,
    kind: spec.kind,
    title: spec.title,
    summary: spec.summary ?? "",
    committeeId: committeeId(c, spec.committee),
    lawName: spec.lawName ?? null,
    plannedQuarter: spec.quarter,
    startOn: reached("UNDERWAY") ? day(dates.UNDERWAY!) : null,
    endOn: reached("REPORTED") ? day(addDays(dates.REPORTED!, -7)) : null,
    status,
    statusChangedAt: last,
    meeting: reached("REPORTED") ? `${c.cityName}人大常委会第${meetingNo}次会议` : "",
    reportedOn: reached("REPORTED") ? day(dates.REPORTED!) : null,
    reportBody: reached("REPORTED") ? `关于${spec.title.replace(/^关于/, "")}情况的报告（提请常委会会议审议）。` : "",
    opinionsBody: reached("OPINIONS_SENT")
      ? "常委会组成人员审议认为，有关工作取得积极成效，但仍存在一些问题和不足。建议进一步压实责任、完善机制、加强督促检查，并于规定期限内书面报告研究处理情况。"
      : "",
    opinionsSentOn: reached("OPINIONS_SENT") ? day(dates.OPINIONS_SENT!) : null,
    reportBackWorkingDays: reached("OPINIONS_SENT") ? c.settings.reportBackWorkingDays : null,
    published: status !== "CANCELLED",
    createdById: actor,
    createdAt: at(PLAN_PUBLISHED, "10:00"),
    updatedAt: last,
  });
  const built: BuiltActivity = { id, status, kind: spec.kind, dates, problemIds: [], pointIds: [] };
  if (!reached("UNDERWAY")) return built;

  // Who took part: the committee's member leading it, and deputies.
  const leadUser = c.staff.get("leader");
  const memberUser = c.staff.get("committee");
  if (leadUser) participant(c, id, { kind: "MEMBER", userId: leadUser, role: "组长" });
  if (memberUser) participant(c, id, { kind: "MEMBER", userId: memberUser, role: "副组长" });
  const nDeputies = Math.min(spec.deputies ?? c.rand.int(3, 8), c.deputies.length);
  const chosen = c.rand.shuffle(c.deputies.slice()).slice(0, nDeputies);
  // The `deputy` demo account's deputy takes part in about a third of them (its duty record later).
  const demoDeputy = c.deputies.find((d) => d.userId !== null && d.userId === c.staff.get("deputy"));
  if (demoDeputy && chosen.length && !chosen.includes(demoDeputy) && c.rand.chance(0.35))
    chosen[chosen.length - 1] = demoDeputy;
  for (const d of chosen) participant(c, id, { kind: "DEPUTY", deputyId: d.id, role: "成员" });

  // Points visited and problems found.
  const inspects = spec.kind === "LAW_INSPECTION" || spec.kind === "INSPECTION_VISIT";
  const nPoints = spec.points ?? (inspects ? c.rand.int(3, 6) : 0);
  const from = dates.UNDERWAY!;
  const until = reached("REPORTED") ? addDays(dates.REPORTED!, -8) : addDays(c.today, -1);
  const span = Math.max(0, Math.round((+new Date(until) - +new Date(from)) / 86_400_000));
  const places = spec.places ?? DEFAULT_PLACES;
  const districts = c.areas.filter((a) => a.parentId === null).map((a) => a.name);
  for (let i = 0; i < nPoints; i++) {
    const pid = c.rand.uuid();
    built.pointIds.push(pid);
    const visited = addDays(from, span ? c.rand.int(0, span) : 0);
    c.rows.points.push({
      id: pid,
      tenantId: c.tenantId,
      activityId: id,
      place: `${c.rand.pick(districts.length ? districts : [c.cityName])}${c.rand.pick(places)}（第${i + 1}号点位）`,
      visitedOn: day(visited),
      visitors: `第${(i % 8) + 1}检查组：常委会组成人员及人大代表${c.rand.int(4, 12)}名`,
      note: "",
      createdAt: at(visited, "17:00"),
    });
  }
  const nProblems = spec.problems ?? (inspects ? c.rand.int(2, 5) : 0);
  const issues = spec.issues ?? DEFAULT_ISSUES;
  const unitPool = (spec.unitCodes ?? []).map((code) => unitByCode(c, code));
  for (let i = 0; i < nProblems; i++) {
    // Every point has at least one problem while there are enough; the rest fall on points at random.
    const pointId = built.pointIds.length ? (built.pointIds[i] ?? c.rand.pick(built.pointIds)) : null;
    const point = pointId ? c.rows.points.find((p) => p.id === pointId) : undefined;
    const unit = unitPool.length ? c.rand.pick(unitPool) : null;
    const pid = c.rand.uuid();
    built.problemIds.push({ id: pid, unitId: unit?.id ?? null, seq: i + 1 });
    c.rows.problems.push({
      id: pid,
      tenantId: c.tenantId,
      activityId: id,
      pointId,
      seq: i + 1,
      description: point ? `${String(point.place).replace(/（.*$/, "")}：${c.rand.pick(issues)}` : c.rand.pick(issues),
      category: c.rand.pick(CATEGORIES),
      severity: c.rand.weighted(SEVERITIES),
      unitId: unit?.id ?? null,
      createdById: memberUser ?? null,
      createdAt: point ? (point.createdAt as Date) : at(addDays(from, 1), "17:30"),
    });
  }

  // The deliberation opinions and the units' reports back.
  if (reached("OPINIONS_SENT")) {
    const units = unitPool.length ? [...new Set(unitPool)] : c.rand.shuffle(c.units.slice()).slice(0, c.rand.int(1, 2));
    for (const u of units) unitReport(c, id, u, dates.OPINIONS_SENT!, status === "DONE" || !!spec.reportedBack);
  }
  return built;
}

export function participant(
  c: Ctx,
  activityId: string,
  p: { kind: "MEMBER" | "DEPUTY"; userId?: string; deputyId?: string; role: string },
) {
  c.rows.participants.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    activityId,
    kind: p.kind,
    userId: p.userId ?? null,
    deputyId: p.deputyId ?? null,
    role: p.role,
  });
}

/** The opinions sent to `unit` on `sent`, reported on in time, late, or not yet (due soon or overdue). */
export function unitReport(c: Ctx, activityId: string, unit: DemoUnit, sent: string, mustHaveReported: boolean) {
  const due = c.cal.addWorkingDays(sent, c.settings.reportBackWorkingDays);
  const reportedOn = c.cal.addWorkingDays(sent, c.rand.int(15, c.settings.reportBackWorkingDays + 5));
  const reported = reportedOn < c.today && (mustHaveReported || c.rand.chance(0.6));
  c.rows.unitReports.push({
    id: c.rand.uuid(),
    tenantId: c.tenantId,
    activityId,
    unitId: unit.id,
    sentOn: day(sent),
    dueOn: day(due),
    body: reported
      ? `${unit.name}关于审议意见研究处理情况的报告：已逐条制定整改措施，明确责任领导和完成时限，目前主要问题已整改到位，其余问题正在推进。`
      : null,
    reportedAt: reported ? at(reportedOn, "16:00") : null,
    reportedById: reported ? unit.userId : null,
    createdAt: at(sent, "15:30"),
  });
}
