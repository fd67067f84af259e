// Shantou's livelihood projects chosen by the deputies' vote (民生实事代表票决制, seed 003: 南澳县 first carried it
// to county and township level): the county's and a township's candidates with budgets, each a closed anonymous
// PROJECTS poll (赞成 / 反对 / 弃权, at most as many 赞成 as projects to choose), the results applied — ranked by
// 赞成, those with 赞成 above half of the ballots cast and within the number to choose CHOSEN, the others
// NOT_CHOSEN — and the chosen ones reported on by their units, underway or done.
import { addDays, at, day, DEMO_PLAN_YEAR, unitByCode, type Ctx } from "./demo-oversight";
import { addPoll } from "./demo-oversight-poll";

export type Candidate = [title: string, summary: string, budget: number, unit: string, appeal: number];

const COUNTY: Candidate[] = [
  ["海岛农村饮水安全巩固提升工程", "改造供水管网28公里，新建净水设施2处，保障3.2万群众饮水安全。", 2680, "water", 9],
  ["县人民医院急诊急救能力提升项目", "新建胸痛、卒中中心，配置救护车4辆。", 1850, "health", 8],
  ["中小学校舍安全改造和食堂提升工程", "改造校舍1.2万平方米，提升学校食堂6所。", 1420, "education", 8],
  ["城乡生活污水处理设施建设", "建设镇级污水处理设施3座，配套管网15公里。", 3200, "ecology-environment", 6],
  ["长者饭堂和居家养老服务站建设", "新建长者饭堂8个、居家养老服务站12个。", 560, "health", 7],
  ["渔港避风锚地和防波堤加固", "加固防波堤1.1公里，整治渔港航道。", 4100, "agriculture-rural", 4],
  ["县城停车场和充电设施建设", "新建公共停车位600个、充电桩120个。", 980, "transport", 3],
  ["旅游公厕提质改造", "改造旅游公厕20座。", 360, "housing", 3],
];
const TOWNSHIP: Candidate[] = [
  ["后宅镇农贸市场升级改造", "改造农贸市场2个，规范摊位320个。", 420, "agriculture-rural", 8],
  ["后宅镇村道硬底化和路灯安装", "硬化村道9公里，安装路灯460盏。", 380, "transport", 7],
  ["后宅镇社区卫生服务站标准化建设", "建设标准化卫生服务站4个。", 260, "health", 6],
  ["后宅镇滨海休闲步道建设", "建设步道3.5公里。", 510, "housing", 3],
  ["后宅镇文化广场提升", "提升文化广场3个。", 150, "education", 2],
];

export function vote(
  c: Ctx,
  p: {
    title: string;
    level: "CITY" | "COUNTY" | "TOWNSHIP";
    areaId: string | null;
    candidates: Candidate[];
    choose: number;
    on: string;
    meeting: string;
  },
) {
  const projects = p.candidates.map(([title, summary, budget, unit]) => ({
    id: c.rand.uuid(),
    title,
    summary,
    budget,
    unit: unitByCode(c, unit),
  }));
  const poll = addPoll(c, {
    kind: "PROJECTS",
    optionSet: "YES_NO_ABSTAIN",
    title: p.title,
    description: `候选项目${p.candidates.length}个，票决产生${p.choose}个；每张选票赞成不超过${p.choose}项。`,
    meeting: p.meeting,
    openedAt: at(p.on, "10:00"),
    closedAt: at(p.on, "10:30"),
    items: projects.map((x) => ({ label: x.title, detail: `预算${x.budget}万元`, projectId: x.id })),
    weights: (i) => {
      const appeal = p.candidates[i]![4];
      return [appeal, 10 - appeal, 2];
    },
    absent: 1,
    maxApprovals: p.choose,
  });
  // The results applied: ranked by 赞成.
  const ranked = projects
    .map((x, i) => ({ x, yes: poll.counts[i]![0]!, i }))
    .sort((a, b) => b.yes - a.yes || a.i - b.i);
  const chosen = new Set(
    ranked
      .filter((r) => r.yes * 2 > poll.voted)
      .slice(0, p.choose)
      .map((r) => r.x.id),
  );
  ranked.forEach(({ x, yes }, k) => {
    const isChosen = chosen.has(x.id);
    // The chosen ones: the first done, the others underway with their units' reports.
    const order = [...chosen].indexOf(x.id);
    const reports = isChosen ? (order === 0 ? 4 : order < 3 ? 3 : order < 4 ? 1 : 0) : 0;
    const percents = [25, 50, 80, 100].slice(0, reports);
    if (order === 0) percents[percents.length - 1] = 100;
    else if (reports) percents[percents.length - 1] = Math.min(95, percents.at(-1)!);
    const done = isChosen && percents.at(-1) === 100;
    const status = !isChosen ? "NOT_CHOSEN" : done ? "DONE" : reports ? "UNDERWAY" : "CHOSEN";
    const reportDays = percents.map((_, j) => addDays(p.on, 60 + j * 55 + k));
    c.rows.projects.push({
      id: x.id,
      tenantId: c.tenantId,
      year: DEMO_PLAN_YEAR,
      level: p.level,
      areaId: p.areaId,
      title: x.title,
      summary: x.summary,
      budget: x.budget,
      unitId: x.unit.id,
      status,
      pollId: poll.pollId,
      votesFor: yes,
      rank: k + 1,
      progressPercent: percents.at(-1) ?? 0,
      completedOn: done ? day(reportDays.at(-1)!) : null,
      createdAt: at(addDays(p.on, -30), "10:00"),
    });
    percents.forEach((percent, j) =>
      c.rows.progress.push({
        id: c.rand.uuid(),
        tenantId: c.tenantId,
        projectId: x.id,
        reportedOn: day(reportDays[j]!),
        percent,
        body:
          percent === 100
            ? `${x.title}已全面完工并通过验收，投入使用。`
            : `${x.title}完成进度${percent}%：已完成招标和主体施工，正按计划推进。`,
        authorId: x.unit.userId,
        createdAt: at(reportDays[j]!, "16:00"),
      }),
    );
  });
  return poll.pollId;
}

export function shantouProjects(c: Ctx): { county: string; township: string } {
  const nanao = c.areas.find((a) => a.name === "南澳县") ?? c.areas.find((a) => a.parentId === null) ?? null;
  const town =
    c.areas.find((a) => a.name === "后宅镇") ?? c.areas.find((a) => nanao && a.parentId === nanao.id) ?? nanao;
  const county = vote(c, {
    title: `南澳县${DEMO_PLAN_YEAR}年民生实事项目人大代表票决`,
    level: "COUNTY",
    areaId: nanao?.id ?? null,
    candidates: COUNTY,
    choose: 5,
    on: `${DEMO_PLAN_YEAR}-01-22`,
    meeting: "南澳县人民代表大会会议",
  });
  const township = vote(c, {
    title: `后宅镇${DEMO_PLAN_YEAR}年民生实事项目人大代表票决`,
    level: "TOWNSHIP",
    areaId: town?.id ?? null,
    candidates: TOWNSHIP,
    choose: 3,
    on: `${DEMO_PLAN_YEAR}-02-26`,
    meeting: "后宅镇人民代表大会会议",
  });
  return { county, township };
}
