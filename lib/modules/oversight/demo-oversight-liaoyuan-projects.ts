// Liaoyuan's city-level livelihood projects of the demo year, chosen by the deputies at the people's congress
// (民生实事代表票决制, as Shantou's seed 003 describes it; Liaoyuan's figures are the demo's own): seven candidates,
// five chosen in a closed anonymous PROJECTS poll, the chosen ones reported on by their units. It gives the
// cross-tenant sweep, which samples Liaoyuan, a project to visit.
import { DEMO_PLAN_YEAR, type Ctx } from "./demo-oversight";
import { vote, type Candidate } from "./demo-oversight-shantou";

const CITY: Candidate[] = [
  ["城区老旧供水管网改造工程", "改造老旧供水管网36公里，惠及居民4.1万户。", 5200, "water", 9],
  ["老旧小区改造和加装电梯", "改造老旧小区42个，试点加装电梯60部。", 6800, "housing", 9],
  ["中小学校园安全和食堂提升", "改造校园安防系统35所，提升学校食堂12所。", 1600, "education", 8],
  ["城乡客运一体化和公交站亭改造", "新增城乡公交线路6条，改造站亭200个。", 1250, "transport", 7],
  ["农村黑臭水体治理", "治理农村黑臭水体18处。", 2100, "ecology-environment", 6],
  ["城区公共停车场建设", "新建公共停车位1200个。", 3400, "urban-management", 3],
  ["高标准农田配套设施建设", "配套建设高标准农田5万亩。", 4500, "agriculture-rural", 4],
];

export function liaoyuanProjects(c: Ctx): string {
  return vote(c, {
    title: `辽源市${DEMO_PLAN_YEAR}年民生实事项目人大代表票决`,
    level: "CITY",
    areaId: null,
    candidates: CITY,
    choose: 5,
    on: `${DEMO_PLAN_YEAR}-01-20`,
    meeting: "辽源市人民代表大会会议",
  });
}
