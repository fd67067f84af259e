import "server-only";
// 民生实事代表票决制: the office enters candidates with budgets (by year and level), opens the deputies' vote (a PROJECTS
// poll, anonymous, 赞成/反对/弃权, at most `toChoose` approvals per ballot), applies the closed poll's results
// (ranked by 赞成, chosen when 赞成 > half of the ballots, up to the number to choose), and the implementing unit
// reports progress until done. Every move is a compare-and-set on the project's status.
import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { createPollInTx, getPollResults } from "@/lib/modules/votes";
import { decideProjects, statusAfterReport, takesReports } from "./rules-project";
import { applyResultsSchema, progressSchema, projectSchema, projectVoteSchema } from "./schemas-project";

const LEVEL_ZH: Record<string, string> = { CITY: "市级", COUNTY: "县区级", TOWNSHIP: "乡镇街道级" };

export const createProject = defineAction({
  name: "project.create",
  permission: "project.manage",
  schema: projectSchema,
  run: async ({ tx, tenant }, input) => {
    if (input.unitId) {
      const unit = await tx.unit.findFirst({ where: { tenantId: tenant.id, id: input.unitId }, select: { id: true } });
      if (!unit) throw new AppError("VALIDATION", "oversightProjects.errors.unknownUnit");
    }
    if (input.level !== "CITY") {
      if (!input.areaId) throw new AppError("VALIDATION", "oversightProjects.errors.areaNeeded");
      const area = await tx.area.findFirst({ where: { tenantId: tenant.id, id: input.areaId }, select: { id: true } });
      if (!area) throw new AppError("VALIDATION", "oversightProjects.errors.areaNeeded");
    }
    const project = await tx.livelihoodProject.create({
      data: {
        tenantId: tenant.id,
        year: input.year,
        level: input.level,
        areaId: input.level === "CITY" ? null : (input.areaId ?? null),
        title: input.title,
        summary: input.summary,
        budget: input.budget,
        unitId: input.unitId ?? null,
      },
      select: { id: true },
    });
    return {
      result: { projectId: project.id },
      audit: {
        action: "project.create",
        entityType: "LivelihoodProject",
        entityId: project.id,
        after: { title: input.title, year: input.year, level: input.level, budget: input.budget },
      },
    };
  },
});

export const openProjectVote = defineAction({
  name: "project.openVote",
  permission: "project.manage",
  schema: projectVoteSchema,
  run: async ({ tx, tenant, member }, input) => {
    const candidates = await tx.livelihoodProject.findMany({
      where: { tenantId: tenant.id, year: input.year, level: input.level, status: "CANDIDATE", pollId: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, budget: true },
    });
    if (candidates.length === 0) throw new AppError("CONFLICT", "oversightProjects.errors.noCandidates");
    if (input.toChoose > candidates.length) throw new AppError("VALIDATION", "oversightProjects.errors.tooMany");
    const voterIds = [...new Set(input.voterUserIds)];
    const deputies = await tx.roleAssignment.findMany({
      where: { tenantId: tenant.id, role: "deputy", userId: { in: voterIds }, user: { active: true } },
      select: { userId: true },
      distinct: ["userId"],
    });
    if (deputies.length !== voterIds.length) throw new AppError("VALIDATION", "oversightProjects.errors.badVoters");
    const { pollId } = await createPollInTx(tx, tenant.id, {
      kind: "PROJECTS",
      secrecy: "ANONYMOUS",
      title: `${input.year}年${LEVEL_ZH[input.level]}民生实事项目票决`,
      description: `从${candidates.length}个候选项目中票决${input.toChoose}个`,
      optionSet: "YES_NO_ABSTAIN",
      items: candidates.map((c) => ({ label: c.title, detail: `${c.budget.toString()}万元`, projectId: c.id })),
      voterUserIds: voterIds,
      maxApprovals: input.toChoose,
      meeting: input.meeting,
      createdById: member.id,
      open: true,
    });
    const linked = await tx.livelihoodProject.updateMany({
      where: { tenantId: tenant.id, id: { in: candidates.map((c) => c.id) }, status: "CANDIDATE", pollId: null },
      data: { pollId },
    });
    if (linked.count !== candidates.length) throw new AppError("CONFLICT", "oversightProjects.errors.changed");
    return {
      result: { pollId },
      audit: {
        action: "project.openVote",
        entityType: "Poll",
        entityId: pollId,
        after: { year: input.year, level: input.level, candidates: candidates.length, toChoose: input.toChoose },
      },
    };
  },
});

export const applyProjectResults = defineAction({
  name: "project.applyResults",
  permission: "project.manage",
  schema: applyResultsSchema,
  run: async ({ tx, tenant }, input) => {
    const poll = await tx.poll.findFirst({
      where: { tenantId: tenant.id, id: input.pollId, kind: "PROJECTS" },
      select: { id: true, status: true, maxApprovals: true },
    });
    if (!poll) throw notFound();
    if (poll.status !== "CLOSED") throw new AppError("CONFLICT", "oversightProjects.errors.pollNotClosed");
    const results = await getPollResults(tenant.id, poll.id);
    if (!results) throw new AppError("CONFLICT", "oversightProjects.errors.pollNotClosed");
    const projects = await tx.livelihoodProject.findMany({
      where: { tenantId: tenant.id, pollId: poll.id },
      select: { id: true, status: true },
    });
    if (projects.length === 0) throw notFound();
    if (projects.some((p) => p.status !== "CANDIDATE"))
      throw new AppError("CONFLICT", "oversightProjects.errors.alreadyApplied");
    const tallies = results.items
      .filter((i) => i.projectId)
      .map((i) => ({ projectId: i.projectId!, yes: i.counts.YES ?? 0 }));
    const decisions = decideProjects(tallies, results.voted, poll.maxApprovals ?? tallies.length);
    for (const d of decisions) {
      const moved = await tx.livelihoodProject.updateMany({
        where: { tenantId: tenant.id, id: d.projectId, pollId: poll.id, status: "CANDIDATE" },
        data: { status: d.chosen ? "CHOSEN" : "NOT_CHOSEN", votesFor: d.votesFor, rank: d.rank },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", "oversightProjects.errors.alreadyApplied");
    }
    const chosen = decisions.filter((d) => d.chosen).length;
    return {
      result: { chosen, notChosen: decisions.length - chosen, ballots: results.voted },
      audit: {
        action: "project.applyResults",
        entityType: "Poll",
        entityId: poll.id,
        after: { ballots: results.voted, chosen, ranks: decisions.map((d) => [d.projectId, d.votesFor, d.chosen]) },
      },
    };
  },
});

export const reportProjectProgress = defineAction({
  name: "project.report",
  permission: "project.report",
  schema: progressSchema,
  run: async ({ tx, tenant, member }, input) => {
    const project = await tx.livelihoodProject.findFirst({
      where: { tenantId: tenant.id, id: input.projectId },
      select: { id: true, status: true, unitId: true, progressPercent: true },
    });
    if (!project) throw notFound();
    const mine = member.scopes.some((s) => s.role === "unit" && s.scopeId !== null && s.scopeId === project.unitId);
    if (!mine) throw notFound();
    if (!takesReports(project.status)) throw new AppError("CONFLICT", "oversightProjects.errors.notReporting");
    if (input.percent < project.progressPercent)
      throw new AppError("VALIDATION", "oversightProjects.errors.percentBack");
    const today = todayInShanghai();
    const day = input.reportedOn ?? today;
    if (day > today) throw new AppError("VALIDATION", "oversightProjects.errors.futureDay");
    const to = statusAfterReport(input.percent);
    const moved = await tx.livelihoodProject.updateMany({
      where: { tenantId: tenant.id, id: project.id, status: project.status },
      data: { status: to, progressPercent: input.percent, completedOn: to === "DONE" ? dayToDate(day) : null },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "oversightProjects.errors.changed");
    const row = await tx.livelihoodProgress.create({
      data: {
        tenantId: tenant.id,
        projectId: project.id,
        reportedOn: dayToDate(day),
        percent: input.percent,
        body: input.body,
        authorId: member.id,
      },
      select: { id: true, reportedOn: true },
    });
    return {
      result: { progressId: row.id, status: to },
      audit: {
        action: "project.report",
        entityType: "LivelihoodProject",
        entityId: project.id,
        before: { status: project.status, percent: project.progressPercent },
        after: { status: to, percent: input.percent, reportedOn: dateToDay(row.reportedOn) },
      },
    };
  },
});
