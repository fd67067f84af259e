// Demo filed normative documents, pure. Jining's (seed 001: its 备案审查信息平台): last year's all closed (the
// public annual list) and this year's in every state — received and waiting for a committee, under review (one
// past its deadline), a finding awaiting the issuer's response, closed with no problem or after the issuer
// corrected or repealed. Liaoyuan's (seed 000): three of this year from the city government and its office, closed,
// awaiting the response and under review. Deadlines are the city's filing-review working days from filing.

export type FilingSpec = {
  year: number;
  title: string;
  /** A unit's code when a department issued it, else null (the city government or its office). */
  unit: string | null;
  issuer: string;
  docNumber: string;
  issuedOn: string;
  filedOn: string;
  status: "RECEIVED" | "REVIEWING" | "AWAITING_RESPONSE" | "CLOSED";
  finding?: "NO_PROBLEM" | "CORRECTION" | "REPEAL";
  findingNote?: string;
  /** Working days after filing the review ended. */
  reviewedAfter?: number;
  response?: string;
  /** Working days after the review the issuer responded. */
  respondedAfter?: number;
};

const GOV = "济宁市人民政府";
const OFFICE = "济宁市人民政府办公室";
const NO_PROBLEM = "经审查，未发现与宪法、法律、法规相抵触或者明显不适当的情形。";

export const JINING_FILINGS: FilingSpec[] = [
  // 2025, all closed.
  {
    year: 2025,
    title: "济宁市城市供水管理办法",
    unit: null,
    issuer: GOV,
    docNumber: "济宁市人民政府令第98号",
    issuedOn: "2025-03-10",
    filedOn: "2025-03-28",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 22,
  },
  {
    year: 2025,
    title: "济宁市促进民营经济高质量发展若干措施",
    unit: null,
    issuer: OFFICE,
    docNumber: "济政办发〔2025〕7号",
    issuedOn: "2025-04-15",
    filedOn: "2025-05-06",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 25,
  },
  {
    year: 2025,
    title: "济宁市城市管理相对集中行政处罚权实施办法",
    unit: "urban-management",
    issuer: "济宁市城市管理局",
    docNumber: "济城管发〔2025〕12号",
    issuedOn: "2025-06-02",
    filedOn: "2025-06-20",
    status: "CLOSED",
    finding: "CORRECTION",
    findingNote: "第十二条设定的罚款数额超出上位法规定的幅度，建议予以纠正。",
    reviewedAfter: 28,
    response: "已按审查意见修改第十二条，重新印发。",
    respondedAfter: 18,
  },
  {
    year: 2025,
    title: "济宁市生态环境违法行为有奖举报办法",
    unit: "ecology-environment",
    issuer: "济宁市生态环境局",
    docNumber: "济环发〔2025〕21号",
    issuedOn: "2025-08-11",
    filedOn: "2025-08-29",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 20,
  },
  {
    year: 2025,
    title: "济宁市中小学校外培训机构管理办法",
    unit: "education",
    issuer: "济宁市教育局",
    docNumber: "济教发〔2025〕33号",
    issuedOn: "2025-09-18",
    filedOn: "2025-10-10",
    status: "CLOSED",
    finding: "REPEAL",
    findingNote: "该文件设定的行政许可没有法律、法规依据，建议予以撤销。",
    reviewedAfter: 29,
    response: "已于2025年12月发文废止。",
    respondedAfter: 25,
  },
  // 2026, in every state.
  {
    year: 2026,
    title: "济宁市物业管理办法",
    unit: null,
    issuer: GOV,
    docNumber: "济宁市人民政府令第103号",
    issuedOn: "2026-02-20",
    filedOn: "2026-03-09",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 24,
  },
  {
    year: 2026,
    title: "济宁市住房公积金缴存管理办法",
    unit: "housing",
    issuer: "济宁市住房和城乡建设局",
    docNumber: "济建发〔2026〕5号",
    issuedOn: "2026-03-16",
    filedOn: "2026-04-01",
    status: "CLOSED",
    finding: "CORRECTION",
    findingNote: "第八条关于缴存比例下限的规定与国务院《住房公积金管理条例》不一致，建议予以纠正。",
    reviewedAfter: 27,
    response: "已修改第八条并重新公布。",
    respondedAfter: 20,
  },
  {
    year: 2026,
    title: "济宁市文物保护单位保护管理规定",
    unit: "culture-tourism",
    issuer: "济宁市文化和旅游局",
    docNumber: "济文旅发〔2026〕9号",
    issuedOn: "2026-05-12",
    filedOn: "2026-05-29",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 21,
  },
  {
    year: 2026,
    title: "济宁市机动车停放服务收费管理办法",
    unit: "transport",
    issuer: "济宁市交通运输局",
    docNumber: "济交发〔2026〕14号",
    issuedOn: "2026-07-06",
    filedOn: "2026-07-24",
    status: "AWAITING_RESPONSE",
    finding: "CORRECTION",
    findingNote: "第十五条规定的停车收费标准未经价格听证程序，建议予以纠正。",
    reviewedAfter: 26,
  },
  {
    year: 2026,
    title: "济宁市户外广告设置管理办法",
    unit: "urban-management",
    issuer: "济宁市城市管理局",
    docNumber: "济城管发〔2026〕18号",
    issuedOn: "2026-08-03",
    filedOn: "2026-08-21",
    status: "AWAITING_RESPONSE",
    finding: "REPEAL",
    findingNote: "该办法设定的户外广告设置许可缺乏法律依据，建议予以撤销。",
    reviewedAfter: 28,
  },
  {
    year: 2026,
    title: "济宁市自然资源领域行政处罚裁量基准",
    unit: "natural-resources",
    issuer: "济宁市自然资源和规划局",
    docNumber: "济自然资规〔2026〕3号",
    issuedOn: "2026-09-01",
    filedOn: "2026-09-18",
    status: "REVIEWING",
  },
  {
    year: 2026,
    title: "济宁市促进文化旅游消费若干措施",
    unit: null,
    issuer: OFFICE,
    docNumber: "济政办发〔2026〕11号",
    issuedOn: "2026-09-22",
    filedOn: "2026-10-12",
    status: "REVIEWING",
  },
  {
    year: 2026,
    title: "济宁市城市排水与污水处理管理办法",
    unit: null,
    issuer: GOV,
    docNumber: "济宁市人民政府令第106号",
    issuedOn: "2026-10-20",
    filedOn: "2026-11-06",
    status: "REVIEWING",
  },
  {
    year: 2026,
    title: "济宁市南四湖水环境保护实施细则",
    unit: "ecology-environment",
    issuer: "济宁市生态环境局",
    docNumber: "济环发〔2026〕27号",
    issuedOn: "2026-11-03",
    filedOn: "2026-11-18",
    status: "RECEIVED",
  },
  {
    year: 2026,
    title: "济宁市校园周边交通安全管理规定",
    unit: "public-security",
    issuer: "济宁市公安局",
    docNumber: "济公发〔2026〕30号",
    issuedOn: "2026-11-10",
    filedOn: "2026-11-25",
    status: "RECEIVED",
  },
];

const LY_GOV = "辽源市人民政府";
const LY_OFFICE = "辽源市人民政府办公室";

export const LIAOYUAN_FILINGS: FilingSpec[] = [
  {
    year: 2026,
    title: "辽源市进一步优化营商环境若干措施",
    unit: null,
    issuer: LY_GOV,
    docNumber: "辽府发〔2026〕2号",
    issuedOn: "2026-03-05",
    filedOn: "2026-03-23",
    status: "CLOSED",
    finding: "NO_PROBLEM",
    findingNote: NO_PROBLEM,
    reviewedAfter: 23,
  },
  {
    year: 2026,
    title: "辽源市城镇老旧小区改造实施办法",
    unit: null,
    issuer: LY_OFFICE,
    docNumber: "辽府办发〔2026〕9号",
    issuedOn: "2026-06-16",
    filedOn: "2026-07-03",
    status: "AWAITING_RESPONSE",
    finding: "CORRECTION",
    findingNote: "第十四条要求未签订改造协议的居民承担全部改造费用，缺乏法律、法规依据，建议予以纠正。",
    reviewedAfter: 27,
  },
  {
    year: 2026,
    title: "辽源市城市供热管理办法",
    unit: null,
    issuer: LY_GOV,
    docNumber: "辽府发〔2026〕15号",
    issuedOn: "2026-10-26",
    filedOn: "2026-11-12",
    status: "REVIEWING",
  },
];
