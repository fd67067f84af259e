// Each city's 2026 oversight plan (监督工作计划), as lists of activities. Liaoyuan's is at the seed's count of a
// year (000: 29 work reports heard, 4 law-enforcement inspections, 10 inspection visits, 4 special inquiries, 3 voted
// appraisals, 27 research topics — the visits, inspections and inquiries named as the seed names them); the other
// cities get a dozen of every kind. The featured ones (Liaoyuan's business-environment inquiry, Taiyuan's three
// inspections and its inquiry) are built by their own files and left out of these lists.
import type { ActivitySpec } from "./demo-oversight";

type Q = 1 | 2 | 3 | 4;
const q = (i: number, n: number): Q => Math.min(4, 1 + Math.floor((i * 4) / n)) as Q;

const LIAOYUAN_REPORTS = [
  "市政府关于2025年度国民经济和社会发展计划执行情况的报告",
  "市政府关于2025年度市级财政决算的报告",
  "市政府关于2025年度市级预算执行和其他财政收支的审计工作报告",
  "市政府关于审计查出问题整改情况的报告",
  "市政府关于2026年上半年国民经济和社会发展计划执行情况的报告",
  "市政府关于2026年上半年预算执行情况的报告",
  "市政府关于2025年度国有资产管理情况的综合报告",
  "市政府关于2025年度环境状况和环境保护目标完成情况的报告",
  "市政府关于优化营商环境工作情况的报告",
  "市政府关于“三带两园”乡村振兴示范区建设情况的报告",
  "市政府关于农业“六大特色产业”+肉牛产业增量提质调结构工程实施情况的报告",
  "市政府关于乡村旅游产业发展情况的报告",
  "市政府关于“城市双修”工作情况的报告",
  "市政府关于住宅小区物业管理工作情况的报告",
  "市政府关于第二轮中央生态环保督察反馈问题整改情况的报告",
  "市政府关于稳定和促进就业工作情况的报告",
  "市政府关于城区交通秩序和道路安全情况的报告",
  "市政府关于“全国文明城市”创建工作情况的报告",
  "市政府关于进口冷链食品安全监管工作情况的报告",
  "市政府关于5000万元以上重点项目建设情况的报告",
  "市政府关于科技创新促进创新链与产业链融合发展情况的报告",
  "市政府关于社会保障工作情况的报告",
  "市政府关于教育事业发展情况的报告",
  "市政府关于医疗保障工作情况的报告",
  "市政府关于养老服务体系建设情况的报告",
  "市政府关于办理市九届人大一次会议代表建议情况的报告",
  "市中级人民法院关于巩固和深化政法队伍教育整顿成果工作情况的报告",
  "市人民检察院关于公益诉讼检察工作情况的报告",
  "市监察委员会关于整治群众身边腐败和不正之风工作情况的报告",
];
const LIAOYUAN_INSPECTIONS: [string, string, string][] = [
  ["《吉林省农村人居环境治理条例》贯彻实施情况执法检查", "《吉林省农村人居环境治理条例》", "agriculture-rural"],
  [
    "大气污染防治“一法一例”贯彻实施情况执法检查",
    "《中华人民共和国大气污染防治法》《吉林省大气污染防治条例》",
    "urban-rural-environment",
  ],
  [
    "安全生产法“一法一例”贯彻实施情况执法检查",
    "《中华人民共和国安全生产法》《吉林省安全生产条例》",
    "legislative-affairs",
  ],
  [
    "中医药“一法一例”贯彻实施情况执法检查",
    "《中华人民共和国中医药法》《吉林省中医药发展条例》",
    "education-science-culture-health",
  ],
];
const LIAOYUAN_VISITS = [
  "5000万元以上重点项目建设情况专项视察",
  "科技创新促进创新链与产业链融合发展情况专项视察",
  "农业“六大特色产业”+肉牛产业增量提质调结构工程实施情况专项视察",
  "乡村旅游产业发展情况专项视察",
  "“城市双修”工作情况专项视察",
  "住宅小区物业管理情况专项视察",
  "第二轮中央生态环保督察反馈问题整改情况专项视察",
  "巩固和深化政法队伍教育整顿成果工作情况专项视察",
  "“全国文明城市”创建工作专项视察",
  "进口冷链食品安全监管情况专项视察",
];
const LIAOYUAN_RESEARCH = [
  "柞蚕产业发展情况专题调研",
  "城市建筑外立面管理专题调研",
  "城市绿化管理专题调研",
  "室外公共体育设施管理专题调研",
  "供热管理条例实施情况专题调研",
  "基层立法联系点建设专题调研",
  "代表联络站规范化建设专题调研",
  "预算联网监督工作专题调研",
  "政府债务管理情况专题调研",
  "国有企业改革情况专题调研",
  "民营企业融资情况专题调研",
  "中小学“双减”工作专题调研",
  "基层医疗卫生服务能力专题调研",
  "公共文化服务体系建设专题调研",
  "黑土地保护情况专题调研",
  "高标准农田建设专题调研",
  "农村饮水安全专题调研",
  "河湖长制落实情况专题调研",
  "城市供排水设施运行专题调研",
  "老旧小区改造专题调研",
  "城市停车设施建设专题调研",
  "社区治理和服务专题调研",
  "未成年人保护工作专题调研",
  "诉源治理工作专题调研",
  "退役军人服务保障专题调研",
  "人大信访工作专题调研",
  "养犬管理条例实施情况专题调研",
];

/** Liaoyuan's plan without its featured inquiry (demo-oversight-liaoyuan.ts adds it): 76 activities. */
export function liaoyuanPlan(): ActivitySpec[] {
  const out: ActivitySpec[] = [];
  LIAOYUAN_REPORTS.forEach((title, i) =>
    out.push({
      kind: "WORK_REPORT",
      title,
      committee:
        i < 4
          ? "finance-economy"
          : i < 9
            ? "finance-economy"
            : i < 15
              ? "urban-rural-environment"
              : i < 26
                ? "social-development"
                : "supervision-judiciary",
      quarter: q(i, LIAOYUAN_REPORTS.length),
    }),
  );
  LIAOYUAN_INSPECTIONS.forEach(([title, lawName, committee], i) =>
    out.push({
      kind: "LAW_INSPECTION",
      title,
      lawName,
      committee,
      quarter: (i + 2) as Q,
      target: i === 0 ? "DONE" : undefined,
      unitCodes: ["ecology-environment", "agriculture-rural", "urban-management", "justice"].slice(i, i + 2),
    }),
  );
  LIAOYUAN_VISITS.forEach((title, i) =>
    out.push({
      kind: "INSPECTION_VISIT",
      title,
      committee:
        i < 2
          ? "finance-economy"
          : i < 4
            ? "agriculture-rural"
            : i < 7
              ? "urban-rural-environment"
              : "supervision-judiciary",
      quarter: q(i, LIAOYUAN_VISITS.length),
      target: i % 3 === 0 ? "OPINIONS_SENT" : "REPORTED",
    }),
  );
  out.push(
    {
      kind: "SPECIAL_INQUIRY",
      title: "住宅小区物业管理工作专题询问",
      committee: "urban-rural-environment",
      quarter: 3,
      target: "REPORTED",
    },
    {
      kind: "SPECIAL_INQUIRY",
      title: "城区交通秩序和道路安全情况专题询问",
      committee: "supervision-judiciary",
      quarter: 4,
      target: "UNDERWAY",
    },
    {
      kind: "SPECIAL_INQUIRY",
      title: "医疗保障工作专题询问",
      committee: "social-development",
      quarter: 4,
      target: "PLANNED",
    },
    { kind: "APPRAISAL", title: "优化营商环境工作票决评议", committee: "finance-economy", quarter: 2, target: "DONE" },
    { kind: "APPRAISAL", title: "稳定和促进就业工作票决评议", committee: "social-development", quarter: 3 },
    { kind: "APPRAISAL", title: "城区交通秩序和道路安全工作票决评议", committee: "supervision-judiciary", quarter: 4 },
  );
  LIAOYUAN_RESEARCH.forEach((title, i) =>
    out.push({
      kind: "RESEARCH",
      title,
      committee:
        i < 6
          ? "legislative-affairs"
          : i < 11
            ? "finance-economy"
            : i < 14
              ? "education-science-culture-health"
              : i < 19
                ? "agriculture-rural"
                : i < 22
                  ? "urban-rural-environment"
                  : "supervision-judiciary",
      quarter: q(i, LIAOYUAN_RESEARCH.length),
      target: i === LIAOYUAN_RESEARCH.length - 1 ? "CANCELLED" : undefined,
    }),
  );
  return out;
}

/** A dozen activities of every kind for the other cities (Taiyuan's inspections and inquiry replace two). */
export function cityPlan(slug: string): ActivitySpec[] {
  const out: ActivitySpec[] = [
    {
      kind: "WORK_REPORT",
      title: "市政府关于2025年度市级预算执行和其他财政收支的审计工作报告",
      committee: "finance-economy",
      quarter: 2,
    },
    {
      kind: "WORK_REPORT",
      title: "市政府关于2025年度环境状况和环境保护目标完成情况的报告",
      committee: "urban-rural-environment",
      quarter: 2,
    },
    {
      kind: "WORK_REPORT",
      title: "市政府关于2026年上半年国民经济和社会发展计划执行情况的报告",
      committee: "finance-economy",
      quarter: 3,
    },
    {
      kind: "WORK_REPORT",
      title: "市中级人民法院关于行政审判工作情况的报告",
      committee: "supervision-judiciary",
      quarter: 4,
    },
    {
      kind: "INSPECTION_VISIT",
      title: "重点项目建设情况专项视察",
      committee: "finance-economy",
      quarter: 2,
      target: "OPINIONS_SENT",
    },
    {
      kind: "INSPECTION_VISIT",
      title: "老旧小区改造工作专项视察",
      committee: "urban-rural-environment",
      quarter: 3,
      target: "REPORTED",
    },
    {
      kind: "RESEARCH",
      title: "基层医疗卫生服务体系建设专题调研",
      committee: "education-science-culture-health",
      quarter: 1,
    },
    { kind: "RESEARCH", title: "养老服务体系建设专题调研", committee: "legislative-affairs", quarter: 4 },
    {
      kind: "APPRAISAL",
      title: "市政府组成部门工作票决评议",
      committee: "finance-economy",
      quarter: 4,
      target: "UNDERWAY",
    },
  ];
  if (slug !== "taiyuan")
    out.push(
      {
        kind: "LAW_INSPECTION",
        title: "《中华人民共和国食品安全法》贯彻实施情况执法检查",
        lawName: "《中华人民共和国食品安全法》",
        committee: "education-science-culture-health",
        quarter: 2,
        target: "OPINIONS_SENT",
      },
      {
        kind: "LAW_INSPECTION",
        title: "《中华人民共和国安全生产法》贯彻实施情况执法检查",
        lawName: "《中华人民共和国安全生产法》",
        committee: "legislative-affairs",
        quarter: 3,
        target: "REPORTED",
      },
      {
        kind: "SPECIAL_INQUIRY",
        title: "城市停车管理工作专题询问",
        committee: "urban-rural-environment",
        quarter: 4,
        target: "UNDERWAY",
      },
    );
  return out;
}
