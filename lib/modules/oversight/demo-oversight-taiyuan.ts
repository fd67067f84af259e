// Taiyuan's three law-enforcement inspections with deputies of all five levels (seed 004), at the seed's counts:
// air pollution (大气污染防治“一法两条例”) 126 deputies, 95 points, 110 problems; food and drug safety (食品安全法、
// 药品管理法) 150+ deputies, 133 points, 281 problems; the business-environment regulation (《山西省优化营商环境
// 条例》) some hundred deputies and 190 points, followed by a special inquiry of 39 officials of 一府两院 and the
// departments concerned.
import { at, buildActivity, day, unitByCode, type Ctx } from "./demo-oversight";

export const TAIYUAN_FIGURES = {
  air: { deputies: 126, points: 95, problems: 110 },
  food: { deputies: 152, points: 133, problems: 281 },
  business: { deputies: 100, points: 190, problems: 64, officials: 39 },
};
export const TAIYUAN_TITLES = {
  air: "大气污染防治“一法两条例”执法检查",
  food: "食品安全法、药品管理法执法检查",
  business: "《山西省优化营商环境条例》贯彻实施情况执法检查",
  inquiry: "贯彻实施《山西省优化营商环境条例》情况专题询问",
};

const AIR_ISSUES = [
  "露天堆放物料未苫盖，扬尘污染明显",
  "施工工地未落实“六个百分之百”扬尘防控要求",
  "在线监测设备运行不正常，数据传输中断",
  "挥发性有机物收集处理设施未正常运行",
  "重污染天气应急减排措施落实不到位",
  "渣土运输车辆未密闭，道路遗撒",
  "锅炉烟气排放超标",
  "环境监控点周边存在散煤燃烧",
];
const FOOD_ISSUES = [
  "从业人员健康证明过期",
  "食品进货查验记录不全",
  "后厨卫生条件差，生熟未分开存放",
  "销售超过保质期的食品",
  "药品储存温湿度不符合要求",
  "处方药未凭处方销售",
  "学校食堂“明厨亮灶”设施不完善",
  "农产品快速检测记录缺失",
  "网络订餐平台入网商户资质审核不严",
];
const BUSINESS_ISSUES = [
  "政务服务事项“一网通办”办理深度不够",
  "涉企收费公示不规范",
  "惠企政策兑现流程繁琐、兑现周期长",
  "工程建设项目审批时限超过承诺时限",
  "行政执法“三项制度”落实不到位",
  "企业诉求响应不及时",
  "政府采购中设置隐性门槛",
];

/** [unit code, officials questioned] — 39 in all. */
const INQUIRY_RESPONDENTS: [string, string[]][] = [
  ["administrative-approval", ["局长 韩某", "副局长 冯某", "副局长 钱某", "处长 吕某"]],
  ["market-regulation", ["局长 许某", "副局长 贺某", "副局长 施某", "处长 孔某"]],
  ["housing", ["局长 曹某", "副局长 严某", "处长 华某", "处长 史某"]],
  ["urban-management", ["局长 金某", "副局长 魏某", "处长 陶某"]],
  ["ecology-environment", ["局长 姜某", "副局长 戚某", "处长 谢某"]],
  ["public-security", ["副局长 邹某", "支队长 喻某", "处长 柏某"]],
  ["transport", ["局长 水某", "副局长 窦某", "处长 章某"]],
  ["civil-affairs", ["局长 云某", "副局长 苏某", "处长 潘某"]],
  ["education", ["局长 葛某", "副局长 奚某", "处长 范某"]],
  ["intermediate-court", ["副院长 彭某", "庭长 郎某", "庭长 鲁某"]],
  ["procuratorate", ["副检察长 韦某", "部主任 昌某", "部主任 马某"]],
  ["supervisory-commission", ["副主任 苗某", "室主任 凤某", "室主任 易某"]],
];

export function taiyuanInspections(c: Ctx): { air: string; food: string; business: string; inquiry: string } {
  const air = buildActivity(c, {
    kind: "LAW_INSPECTION",
    title: TAIYUAN_TITLES.air,
    lawName: "《中华人民共和国大气污染防治法》《山西省大气污染防治条例》《太原市大气污染防治条例》",
    summary: "组织驻并五级人大代表深入工业企业、建筑施工工地、环境监控点等实地检查。",
    committee: "urban-rural-environment",
    quarter: 2,
    target: "OPINIONS_SENT",
    dates: { UNDERWAY: "2026-04-08", REPORTED: "2026-06-25", OPINIONS_SENT: "2026-07-06" },
    deputies: TAIYUAN_FIGURES.air.deputies,
    points: TAIYUAN_FIGURES.air.points,
    problems: TAIYUAN_FIGURES.air.problems,
    places: ["工业企业", "建筑施工工地", "环境监控点", "燃煤锅炉房", "物料堆场"],
    issues: AIR_ISSUES,
    unitCodes: ["ecology-environment", "housing", "urban-management"],
  });
  const food = buildActivity(c, {
    kind: "LAW_INSPECTION",
    title: TAIYUAN_TITLES.food,
    lawName: "《中华人民共和国食品安全法》《中华人民共和国药品管理法》",
    summary: "组织150余名五级人大代表实地检查，保障人民群众“舌尖上的安全”和用药安全。",
    committee: "education-science-culture-health",
    quarter: 3,
    target: "OPINIONS_SENT",
    dates: { UNDERWAY: "2026-07-13", REPORTED: "2026-09-24", OPINIONS_SENT: "2026-10-09" },
    deputies: TAIYUAN_FIGURES.food.deputies,
    points: TAIYUAN_FIGURES.food.points,
    problems: TAIYUAN_FIGURES.food.problems,
    places: ["农贸市场", "大型超市", "餐饮门店", "学校食堂", "零售药店", "医疗机构药房", "食品生产企业"],
    issues: FOOD_ISSUES,
    unitCodes: ["market-regulation", "education"],
  });
  const business = buildActivity(c, {
    kind: "LAW_INSPECTION",
    title: TAIYUAN_TITLES.business,
    lawName: "《山西省优化营商环境条例》",
    summary: "组织五级百名人大代表实地检查，督促政府及有关部门落实“三无”“三可”要求。",
    committee: "finance-economy",
    quarter: 4,
    target: "REPORTED",
    dates: { UNDERWAY: "2026-10-12", REPORTED: "2026-11-05" },
    deputies: TAIYUAN_FIGURES.business.deputies,
    points: TAIYUAN_FIGURES.business.points,
    problems: TAIYUAN_FIGURES.business.problems,
    places: ["政务服务中心", "企业", "开发区管委会", "不动产登记中心", "银行网点"],
    issues: BUSINESS_ISSUES,
    unitCodes: ["administrative-approval", "market-regulation", "housing"],
  });

  // The inquiry after it: 39 officials questioned in session, one question each.
  const session = "2026-11-19";
  const inq = buildActivity(c, {
    kind: "SPECIAL_INQUIRY",
    title: TAIYUAN_TITLES.inquiry,
    summary: "针对执法检查发现的问题，对“一府两院”及有关职能部门39名负责同志进行专题询问。",
    committee: "finance-economy",
    quarter: 4,
    target: "UNDERWAY",
    dates: { UNDERWAY: "2026-11-06" },
    deputies: 20,
    points: 0,
    problems: 0,
  });
  const inquiryId = c.rand.uuid();
  const sessionHeld = session < c.today;
  c.rows.inquiries.push({
    id: inquiryId,
    tenantId: c.tenantId,
    activityId: inq.id,
    reasons: "执法检查实地检查点位190个，发现问题较多，需当面询问有关部门负责同志整改打算。",
    questionnaires: 0,
    questionnaireResponses: 0,
    forums: 2,
    visits: TAIYUAN_FIGURES.business.points,
    researchNote: "以执法检查发现的问题为询问依据。",
    sessionOn: day(session),
    sessionPlace: "市人大常委会机关会议中心",
    sessionOpenedAt: sessionHeld ? at(session, "09:00") : null,
    sessionClosedAt: sessionHeld ? at(session, "12:10") : null,
    status: sessionHeld ? "SESSION" : "RESEARCH",
    createdAt: at("2026-01-20", "10:00"),
    updatedAt: at(sessionHeld ? session : "2026-11-06", "12:10"),
  });
  const askers = c.deputies.slice(0, 13);
  let seq = 0;
  INQUIRY_RESPONDENTS.forEach(([code, officials], i) => {
    const unit = unitByCode(c, code);
    if (c.rows.respondents.some((r) => r.inquiryId === inquiryId && r.unitId === unit.id)) return;
    const respondentId = c.rand.uuid();
    c.rows.respondents.push({
      id: respondentId,
      tenantId: c.tenantId,
      inquiryId,
      unitId: unit.id,
      officials: officials.map((o) => `${unit.name.replace(/^太原市/, "")}${o}`).join("、"),
      sortOrder: i,
    });
    if (!sessionHeld) return;
    for (const official of officials) {
      seq += 1;
      const asker = askers[seq % Math.max(1, askers.length)];
      const t = at(
        session,
        `${String(9 + Math.floor((seq * 4) / 60)).padStart(2, "0")}:${String((seq * 4) % 60).padStart(2, "0")}`,
      );
      c.rows.questions.push({
        id: c.rand.uuid(),
        tenantId: c.tenantId,
        inquiryId,
        clientKey: c.rand.uuid(),
        seq,
        parentId: null,
        questionerName: asker ? `${asker.name}代表` : "询问人",
        questionerUserId: null,
        questionerDeputyId: asker?.id ?? null,
        respondentId,
        answererName: official,
        question: `执法检查发现${c.rand.pick(BUSINESS_ISSUES)}，请问${unit.name}如何整改、何时整改到位？`,
        answer:
          "我们将对照检查发现的问题逐项建立台账，明确责任人和完成时限，年底前整改到位，并向市人大常委会书面报告。",
        askedAt: t,
        createdById: c.staff.get("committee") ?? null,
        createdAt: t,
        updatedAt: t,
      });
    }
  });
  return { air: air.id, food: food.id, business: business.id, inquiry: inq.id };
}
