// The oversight and filings demo data (lib/modules/oversight/seed.ts, lib/modules/filings/seed.ts) as issue #13
// item 8 tells it: every city's 2026 plan with every kind (Liaoyuan's at the seed's 29/4/10/4/3/27), Liaoyuan's
// business-environment inquiry (40 questionnaires, 5 forums, ~100 visits, 30+ problems, questions with follow-ups,
// a closed anonymous satisfaction vote whose tallies add up, tasks in every state with consistent timelines, some
// overdue, and the 回头看 that reopened some), Taiyuan's three inspections at the seed's counts and its inquiry
// of 39 officials, Shantou's projects voted and underway, Jining's filings in every state; seeding twice adds
// nothing.
import { beforeAll, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { OVERSIGHT_KINDS, RECTIFICATION_STATUSES } from "@/lib/modules/oversight/kinds";
import { LIAOYUAN_FIGURES, LIAOYUAN_INQUIRY_TITLE } from "@/lib/modules/oversight/demo-oversight-liaoyuan";
import { TAIYUAN_FIGURES, TAIYUAN_TITLES } from "@/lib/modules/oversight/demo-oversight-taiyuan";
import { DEMO_OPTIONS } from "@/lib/modules/oversight/demo-oversight";
import { seededOversightIds } from "@/lib/modules/oversight/demo-oversight-ids";
import { demoTenants } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";
import { canMoveActivity } from "@/lib/modules/oversight/workflow";
import { OPTION_SETS } from "@/lib/modules/votes/client";

const SLUGS = demoTenants.map((t) => t.slug);
const ids: Record<string, string> = {};
let oversightSeconds = 0;
let filingsSeconds = 0;
const made: string[] = [];

async function counts(tenantId: string) {
  const w = { where: { tenantId } };
  return Promise.all([
    unsafePrisma.oversightPlan.count(w),
    unsafePrisma.oversightActivity.count(w),
    unsafePrisma.oversightEvent.count(w),
    unsafePrisma.oversightParticipant.count(w),
    unsafePrisma.oversightPoint.count(w),
    unsafePrisma.oversightProblem.count(w),
    unsafePrisma.oversightUnitReport.count(w),
    unsafePrisma.inquiry.count(w),
    unsafePrisma.inquiryQuestion.count(w),
    unsafePrisma.rectificationTask.count(w),
    unsafePrisma.rectificationEvent.count(w),
    unsafePrisma.poll.count(w),
    unsafePrisma.pollTally.count(w),
    unsafePrisma.livelihoodProject.count(w),
    unsafePrisma.normativeFiling.count(w),
  ]);
}

/** Per item, the tally counts add up to the poll's voters who voted; every item has every option. */
async function checkTallies(pollId: string, tenantId: string, options: readonly string[]) {
  const [items, voters, tallies] = await Promise.all([
    unsafePrisma.pollItem.findMany({ where: { tenantId, pollId } }),
    unsafePrisma.pollVoter.findMany({ where: { tenantId, pollId } }),
    unsafePrisma.pollTally.findMany({ where: { tenantId, pollId } }),
  ]);
  const voted = voters.filter((v) => v.voted).length;
  expect(voted).toBeGreaterThan(0);
  expect(voters.some((v) => !v.voted)).toBe(true);
  expect(tallies).toHaveLength(items.length * options.length);
  for (const item of items) {
    const mine = tallies.filter((t) => t.itemId === item.id);
    expect(mine.map((t) => t.option).sort()).toEqual([...options].sort());
    expect(mine.reduce((n, t) => n + t.count, 0)).toBe(voted);
  }
  return { items, voted, tallies };
}

beforeAll(async () => {
  // The seeders' share: from the line before their first to their last line.
  const stamps: { at: number; msg: string }[] = [];
  await seedDemo((msg) => stamps.push({ at: performance.now(), msg }));
  const share = (word: string) => {
    const mine = stamps.filter((s) => s.msg.includes(word));
    made.push(...mine.map((s) => s.msg));
    const before = stamps.filter((s) => mine.length && s.at < mine[0]!.at).at(-1);
    return mine.length && before ? (mine.at(-1)!.at - before.at) / 1000 : 0;
  };
  oversightSeconds = share("oversight rows");
  filingsSeconds = share("filings for");
  for (const t of await unsafePrisma.tenant.findMany({ where: { slug: { in: SLUGS } } })) ids[t.slug] = t.id;
}, 400_000);

describe.sequential("the oversight demo data", () => {
  test("every city: its 2026 plan with activities of every kind", async () => {
    console.info(`oversight seeder ~${oversightSeconds.toFixed(2)} s, filings ~${filingsSeconds.toFixed(2)} s`);
    console.info(made.join("\n"));
    const table: Record<string, Record<string, number>> = {};
    for (const slug of SLUGS) {
      const [
        plans,
        activities,
        events,
        participants,
        points,
        problems,
        reports,
        inquiries,
        questions,
        tasks,
        taskEvents,
        polls,
        tallies,
        projects,
        filings,
      ] = await counts(ids[slug]!);
      table[slug] = {
        plans,
        activities,
        events,
        participants,
        points,
        problems,
        reports,
        inquiries,
        questions,
        tasks,
        taskEvents,
        polls,
        tallies,
        projects,
        filings,
      };
    }
    // How long the seeders took is printed, not asserted: speed is for benchmarks, and a loaded CI machine is slow.
    console.table(table);
    console.log(`oversight and filings seeders: ${oversightSeconds.toFixed(2)} s`);
    // The seeded tallies use the vote engine's option codes.
    expect(DEMO_OPTIONS).toEqual(OPTION_SETS);
    for (const slug of SLUGS) {
      const t = ids[slug]!;
      const plan = await unsafePrisma.oversightPlan.findFirstOrThrow({ where: { tenantId: t, year: 2026 } });
      expect(plan.publishedAt).not.toBeNull();
      const acts = await unsafePrisma.oversightActivity.findMany({ where: { tenantId: t, planId: plan.id } });
      expect(new Set(acts.map((a) => a.kind)), slug).toEqual(new Set(OVERSIGHT_KINDS));
      // Every inquiry has its Inquiry row; timelines walk from PLANNED to the status; nothing in the future.
      const inquiries = await unsafePrisma.inquiry.findMany({ where: { tenantId: t } });
      const si = acts.filter((a) => a.kind === "SPECIAL_INQUIRY");
      expect(inquiries.map((i) => i.activityId).sort()).toEqual(si.map((a) => a.id).sort());
      const events = await unsafePrisma.oversightEvent.findMany({
        where: { tenantId: t },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      for (const a of acts) {
        const tl = events.filter((e) => e.activityId === a.id);
        expect(tl[0]!.fromStatus, a.title).toBeNull();
        expect(tl[0]!.toStatus).toBe("PLANNED");
        for (let i = 1; i < tl.length; i++) {
          expect(tl[i]!.fromStatus).toBe(tl[i - 1]!.toStatus);
          expect(
            canMoveActivity(tl[i]!.fromStatus!, tl[i]!.toStatus),
            `${a.title} ${tl[i]!.fromStatus}→${tl[i]!.toStatus}`,
          ).toBe(true);
        }
        expect(tl.at(-1)!.toStatus, a.title).toBe(a.status);
      }
      expect(events.filter((e) => e.createdAt.getTime() > Date.now())).toEqual([]);
      const statuses = new Set(acts.map((a) => a.status));
      expect(statuses.size, slug).toBeGreaterThanOrEqual(3);
      // The demo deputy takes part in some.
      const deputyUser = await unsafePrisma.user.findFirstOrThrow({ where: { tenantId: t, username: "deputy" } });
      const deputy = await unsafePrisma.deputy.findFirstOrThrow({ where: { tenantId: t, userId: deputyUser.id } });
      expect(
        await unsafePrisma.oversightParticipant.count({ where: { tenantId: t, deputyId: deputy.id } }),
        slug,
      ).toBeGreaterThan(0);
      // Reports back on the opinions: some done, some still due.
      const reports = await unsafePrisma.oversightUnitReport.findMany({ where: { tenantId: t } });
      expect(
        reports.some((r) => r.reportedAt),
        slug,
      ).toBe(true);
      expect(
        reports.some((r) => !r.reportedAt),
        slug,
      ).toBe(true);
    }
    const liaoyuan = await unsafePrisma.oversightActivity.groupBy({
      by: ["kind"],
      where: { tenantId: ids.liaoyuan!, year: 2026 },
      _count: true,
    });
    expect(Object.fromEntries(liaoyuan.map((g) => [g.kind, g._count]))).toEqual({
      WORK_REPORT: 29,
      LAW_INSPECTION: 4,
      INSPECTION_VISIT: 10,
      SPECIAL_INQUIRY: 4,
      APPRAISAL: 3,
      RESEARCH: 27,
    });
  });

  test("Liaoyuan: the business-environment inquiry, its research, session and closed anonymous vote", async () => {
    const t = ids.liaoyuan!;
    const refs = await seededOversightIds(t);
    const activity = await unsafePrisma.oversightActivity.findFirstOrThrow({
      where: { tenantId: t, id: refs.inquiryActivityId! },
    });
    expect(activity.title).toBe(LIAOYUAN_INQUIRY_TITLE);
    expect(activity.status).toBe("REVIEWING");
    const inquiry = await unsafePrisma.inquiry.findFirstOrThrow({ where: { tenantId: t, activityId: activity.id } });
    expect(inquiry).toMatchObject({ ...LIAOYUAN_FIGURES, status: "REVIEW" });
    expect(inquiry.questionnaires).toBe(40);
    expect(inquiry.forums).toBe(5);
    expect(Math.abs(inquiry.visits - 100)).toBeLessThanOrEqual(5);
    const problems = await unsafePrisma.oversightProblem.findMany({ where: { tenantId: t, activityId: activity.id } });
    expect(problems.length).toBeGreaterThan(30);
    const respondents = await unsafePrisma.inquiryRespondent.findMany({
      where: { tenantId: t, inquiryId: inquiry.id },
    });
    expect(respondents.length).toBeGreaterThanOrEqual(5);
    const questions = await unsafePrisma.inquiryQuestion.findMany({ where: { tenantId: t, inquiryId: inquiry.id } });
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.every((q) => q.answer && q.respondentId)).toBe(true);
    const followUps = questions.filter((q) => q.parentId);
    expect(followUps.length).toBeGreaterThan(0);
    for (const f of followUps) expect(questions.some((q) => q.id === f.parentId && q.seq < f.seq)).toBe(true);
    expect(new Set(questions.map((q) => q.seq)).size).toBe(questions.length);

    const poll = await unsafePrisma.poll.findFirstOrThrow({ where: { tenantId: t, id: refs.inquiryPollId! } });
    expect(poll).toMatchObject({
      kind: "SATISFACTION",
      secrecy: "ANONYMOUS",
      status: "CLOSED",
      activityId: activity.id,
    });
    const { items } = await checkTallies(poll.id, t, DEMO_OPTIONS.SATISFACTION);
    expect(items.map((i) => i.unitId).sort()).toEqual(respondents.map((r) => r.unitId).sort());
    // The voted appraisal done at the meeting: a closed anonymous poll of its own.
    const appraisal = await unsafePrisma.oversightActivity.findFirstOrThrow({
      where: { tenantId: t, kind: "APPRAISAL", status: "DONE" },
    });
    const appraisalPoll = await unsafePrisma.poll.findFirstOrThrow({
      where: { tenantId: t, activityId: appraisal.id },
    });
    expect(appraisalPoll).toMatchObject({ kind: "APPRAISAL", secrecy: "ANONYMOUS", status: "CLOSED" });
    await checkTallies(appraisalPoll.id, t, DEMO_OPTIONS.SATISFACTION);
    // Anonymous: no ballots kept.
    expect(await unsafePrisma.pollBallot.count({ where: { tenantId: t, pollId: poll.id } })).toBe(0);
  });

  test("Liaoyuan: rectification tasks in every state with their timelines, some overdue, the 回头看 reopening", async () => {
    const t = ids.liaoyuan!;
    const today = todayInShanghai();
    const refs = await seededOversightIds(t);
    const [tasks, events, reports, reviews] = await Promise.all([
      unsafePrisma.rectificationTask.findMany({ where: { tenantId: t, activityId: refs.inquiryActivityId! } }),
      unsafePrisma.rectificationEvent.findMany({
        where: { tenantId: t },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      unsafePrisma.rectificationReport.findMany({ where: { tenantId: t } }),
      unsafePrisma.oversightReview.findMany({ where: { tenantId: t, activityId: refs.inquiryActivityId! } }),
    ]);
    expect(new Set(tasks.map((x) => x.status))).toEqual(new Set(RECTIFICATION_STATUSES));
    expect(reviews).toHaveLength(1);
    for (const task of tasks) {
      const tl = events.filter((e) => e.taskId === task.id);
      expect(tl[0]).toMatchObject({ fromStatus: null, toStatus: "OPEN" });
      for (let i = 1; i < tl.length; i++) expect(tl[i]!.fromStatus).toBe(tl[i - 1]!.toStatus);
      expect(tl.at(-1)!.toStatus).toBe(task.status);
      if (task.status === "REOPENED") expect(tl.at(-1)!.reviewId).toBe(reviews[0]!.id);
      if (task.status === "RETURNED" || task.status === "REOPENED") expect(task.reason).not.toBe("");
      if (task.status === "ACCEPTED") expect(task.acceptedAt).not.toBeNull();
      if (task.status !== "OPEN") expect(reports.some((r) => r.taskId === task.id && r.final)).toBe(true);
    }
    const overdue = tasks.filter(
      (x) => ["OPEN", "RETURNED", "REOPENED"].includes(x.status) && dateToDay(x.dueOn) < today,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(tasks.some((x) => x.status === "OPEN" && dateToDay(x.dueOn) >= today)).toBe(true);
    expect(events.filter((e) => e.createdAt.getTime() > Date.now())).toEqual([]);
    // The demo unit's inbox has work in several states.
    const unitUser = await unsafePrisma.user.findFirstOrThrow({
      where: { tenantId: t, username: "unit" },
      include: { roles: true },
    });
    const unitId = unitUser.roles.find((r) => r.role === "unit")!.scopeId;
    expect(new Set(tasks.filter((x) => x.unitId === unitId).map((x) => x.status)).size).toBeGreaterThanOrEqual(4);
  });

  test("Taiyuan: the three inspections at the seed's counts, the inquiry of 39 officials", async () => {
    const t = ids.taiyuan!;
    const cases = [
      [TAIYUAN_TITLES.air, TAIYUAN_FIGURES.air],
      [TAIYUAN_TITLES.food, TAIYUAN_FIGURES.food],
      [TAIYUAN_TITLES.business, TAIYUAN_FIGURES.business],
    ] as const;
    for (const [title, f] of cases) {
      const a = await unsafePrisma.oversightActivity.findFirstOrThrow({ where: { tenantId: t, title } });
      expect(a.kind).toBe("LAW_INSPECTION");
      const [deputies, points, problems] = await Promise.all([
        unsafePrisma.oversightParticipant.count({ where: { tenantId: t, activityId: a.id, kind: "DEPUTY" } }),
        unsafePrisma.oversightPoint.count({ where: { tenantId: t, activityId: a.id } }),
        unsafePrisma.oversightProblem.findMany({ where: { tenantId: t, activityId: a.id } }),
      ]);
      expect([deputies, points, problems.length], title).toEqual([f.deputies, f.points, f.problems]);
      expect(problems.every((p) => p.pointId)).toBe(true);
    }
    expect(TAIYUAN_FIGURES.air).toMatchObject({ deputies: 126, points: 95, problems: 110 });
    expect(TAIYUAN_FIGURES.food.deputies).toBeGreaterThan(150);
    expect(TAIYUAN_FIGURES.food).toMatchObject({ points: 133, problems: 281 });
    expect(TAIYUAN_FIGURES.business.points).toBe(190);
    const inq = await unsafePrisma.oversightActivity.findFirstOrThrow({
      where: { tenantId: t, title: TAIYUAN_TITLES.inquiry },
    });
    const inquiry = await unsafePrisma.inquiry.findFirstOrThrow({ where: { tenantId: t, activityId: inq.id } });
    const respondents = await unsafePrisma.inquiryRespondent.findMany({
      where: { tenantId: t, inquiryId: inquiry.id },
    });
    expect(respondents.flatMap((r) => r.officials.split("、"))).toHaveLength(39);
    expect(await unsafePrisma.inquiryQuestion.count({ where: { tenantId: t, inquiryId: inquiry.id } })).toBe(39);
  });

  test("Shantou: livelihood projects voted in closed polls, the chosen ones in progress", async () => {
    const t = ids.shantou!;
    const polls = await unsafePrisma.poll.findMany({ where: { tenantId: t, kind: "PROJECTS" } });
    expect(polls.length).toBeGreaterThanOrEqual(1);
    for (const poll of polls) {
      expect(poll).toMatchObject({ status: "CLOSED", secrecy: "ANONYMOUS", optionSet: "YES_NO_ABSTAIN" });
      const { voted, tallies, items } = await checkTallies(poll.id, t, DEMO_OPTIONS.YES_NO_ABSTAIN);
      const yes = (itemId: string) => tallies.find((x) => x.itemId === itemId && x.option === "YES")!.count;
      // No voter approved more than maxApprovals: the 赞成 total is bounded.
      expect(items.reduce((n, i) => n + yes(i.id), 0)).toBeLessThanOrEqual(voted * poll.maxApprovals!);
      const projects = await unsafePrisma.livelihoodProject.findMany({ where: { tenantId: t, pollId: poll.id } });
      expect(projects).toHaveLength(items.length);
      const chosen = projects.filter((p) => p.status !== "NOT_CHOSEN");
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen.length).toBeLessThanOrEqual(poll.maxApprovals!);
      for (const p of projects) {
        const item = items.find((i) => i.projectId === p.id)!;
        expect(p.votesFor).toBe(yes(item.id));
        if (p.status !== "NOT_CHOSEN") expect(p.votesFor! * 2).toBeGreaterThan(voted);
      }
      const minChosen = Math.min(...chosen.map((p) => p.votesFor!));
      for (const p of projects.filter((x) => x.status === "NOT_CHOSEN"))
        expect(p.votesFor! <= minChosen || p.votesFor! * 2 <= voted).toBe(true);
    }
    const underway = await unsafePrisma.livelihoodProject.findMany({
      where: { tenantId: t, status: { in: ["UNDERWAY", "DONE"] } },
    });
    expect(underway.some((p) => p.status === "UNDERWAY")).toBe(true);
    expect(underway.some((p) => p.status === "DONE" && p.progressPercent === 100 && p.completedOn)).toBe(true);
    const progress = await unsafePrisma.livelihoodProgress.findMany({ where: { tenantId: t } });
    for (const p of underway) {
      const mine = progress.filter((x) => x.projectId === p.id).sort((a, b) => a.percent - b.percent);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.at(-1)!.percent).toBe(p.progressPercent);
    }
  });

  test("Jining: filings in every state, deadlines in working days, one overdue", async () => {
    const t = ids.jining!;
    const cal = await workingCalendar(t);
    const today = todayInShanghai();
    const rows = await unsafePrisma.normativeFiling.findMany({ where: { tenantId: t } });
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["RECEIVED", "REVIEWING", "AWAITING_RESPONSE", "CLOSED"]),
    );
    for (const r of rows) {
      expect(dateToDay(r.dueOn)).toBe(cal.addWorkingDays(dateToDay(r.filedOn), 30));
      if (r.status === "AWAITING_RESPONSE" || r.status === "CLOSED") expect(r.finding).not.toBeNull();
      if (r.status === "CLOSED" && r.finding !== "NO_PROBLEM") expect(r.responseBody).toBeTruthy();
      if (r.status !== "RECEIVED") expect(r.committeeId).not.toBeNull();
    }
    expect(rows.some((r) => r.status === "REVIEWING" && dateToDay(r.dueOn) < today)).toBe(true);
    expect(rows.some((r) => r.year === 2025)).toBe(true);
  });

  test("seeding twice adds nothing", { timeout: 300_000 }, async () => {
    const before = await Promise.all(SLUGS.map((s) => counts(ids[s]!)));
    await seedDemo();
    expect(await Promise.all(SLUGS.map((s) => counts(ids[s]!)))).toEqual(before);
  });
});
