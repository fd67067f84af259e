// Liaoyuan 2022, as ../shared/seeds/000 tells it: 30-odd proposals → 15 deliberation + 3 research items in the
// five-year plan; the 12345 hotline proposal rejected as internal management; lighting and parking merged into
// 市政公用设施管理条例; two argumentation meetings on 二手车管理条例; 柞蚕产业发展条例 promulgated; three drafts in
// deliberation; 供热管理条例 amended.
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { addPlanItem, addProposal, addRegulation, shanghaiAt, type ProposalSpec, type Refs, type Tx } from "./build";
import { LIAOYUAN_GREENING_V1, LIAOYUAN_GREENING_V2, TUSSAH_SILK } from "./drafts";

const DELIBERATION = [
  "辽源市柞蚕产业发展条例",
  "辽源市城市建筑外立面管理条例",
  "辽源市城市绿化条例",
  "辽源市室外公共体育设施管理条例",
  "辽源市市政公用设施管理条例",
  "辽源市供热管理条例（修改）",
  "辽源市东辽河流域水环境保护条例",
  "辽源市农村人居环境治理条例",
  "辽源市物业管理条例",
  "辽源市文明行为促进条例",
  "辽源市历史文化街区保护条例",
  "辽源市养犬管理条例",
  "辽源市城市市容和环境卫生管理条例",
  "辽源市燃气管理条例",
  "辽源市梅花鹿产业发展条例",
];
const RESEARCH = ["辽源市矿山地质环境恢复治理条例", "辽源市红色资源保护利用条例", "辽源市乡村旅游促进条例"];
const RESERVE = [
  "辽源市电动自行车管理条例",
  "辽源市城市地下管线管理条例",
  "辽源市全民健身条例",
  "辽源市农贸市场管理条例",
  "辽源市住宅专项维修资金管理条例",
  "辽源市殡葬管理条例",
  "辽源市城市供水条例",
];
const FIELD_OF: Record<string, string> = {
  柞蚕: "economy",
  梅花鹿: "economy",
  乡村旅游: "economy",
  水环境: "environment",
  人居环境: "environment",
  矿山: "environment",
  历史文化: "heritage",
  红色资源: "heritage",
  文明行为: "social",
};
const fieldOf = (title: string) => Object.entries(FIELD_OF).find(([k]) => title.includes(k))?.[1] ?? "urban";
/** Lead committee and drafting unit of the plan's projects not written out below (and of the research items). */
const OWNERS: Record<string, [committee: string, unit: string]> = {
  辽源市东辽河流域水环境保护条例: ["urban-rural-environment", "ecology-environment"],
  辽源市农村人居环境治理条例: ["agriculture-rural", "agriculture-rural"],
  辽源市物业管理条例: ["urban-rural-environment", "housing"],
  辽源市文明行为促进条例: ["social-development", "justice"],
  辽源市历史文化街区保护条例: ["education-science-culture-health", "housing"],
  辽源市养犬管理条例: ["legal-affairs", "public-security"],
  辽源市城市市容和环境卫生管理条例: ["urban-rural-environment", "urban-management"],
  辽源市燃气管理条例: ["urban-rural-environment", "housing"],
  辽源市梅花鹿产业发展条例: ["agriculture-rural", "agriculture-rural"],
  辽源市矿山地质环境恢复治理条例: ["urban-rural-environment", "ecology-environment"],
  辽源市红色资源保护利用条例: ["education-science-culture-health", "education"],
  辽源市乡村旅游促进条例: ["agriculture-rural", "agriculture-rural"],
};

export async function seedLiaoyuan(tx: Tx, r: Refs) {
  const call = await tx.proposalCall.create({
    data: {
      tenantId: r.tenantId,
      title: "辽源市第九届人大常委会五年立法规划项目征集",
      opensOn: dayToDate("2022-02-15"),
      closesOn: dayToDate("2022-04-30"),
      createdAt: shanghaiAt("2022-02-14", 16),
      channels: ["PUBLIC_NOTICE", "UNIT_LETTER", "FORUM"],
      description:
        "通过发公告、征求意见函、召开座谈会等形式，就城乡建设与管理、环境保护、历史文化保护等方面征集五年立法规划项目。",
    },
  });
  const ids = new Map<string, string>();
  const add = async (spec: ProposalSpec, mergedInto?: string) =>
    ids.set(spec.title, await addProposal(tx, r, call, spec, mergedInto ? ids.get(mergedInto) : null));
  const review: ProposalSpec["steps"] = [
    ["INITIAL_REVIEW", "2022-05-10", "法工委工作会议初步审核，认为有立法必要。", { organiser: "市人大法工委" }],
  ];
  for (const t of DELIBERATION)
    await add({
      title: t,
      proposerType: "UNIT",
      field: fieldOf(t),
      status: "IN_PLAN",
      category: "DELIBERATION",
      decidedOn: "2022-06-20",
      reason: "列入五年立法规划审议项目。",
      steps: review,
    });
  for (const t of RESEARCH)
    await add({
      title: t,
      proposerType: "DEPUTY",
      proposerName: "市人大代表联名",
      field: fieldOf(t),
      status: "IN_PLAN",
      category: "RESEARCH",
      decidedOn: "2022-06-20",
      reason: "列入调研论证项目，条件成熟时提请审议。",
      steps: review,
    });
  for (const t of RESERVE)
    await add({
      title: t,
      proposerType: "PUBLIC",
      field: fieldOf(t),
      status: "IN_PLAN",
      category: "RESERVE",
      decidedOn: "2022-06-20",
      reason: "作为预备项目。",
      steps: review,
    });
  const reply: ProposalSpec["steps"] = [
    ["SOLICITATION_SENT", "2022-05-12", "法工委向起草单位发放征求意见函。", { unit: "urban-management" }],
    [
      "SOLICITATION_REPLY",
      "2022-05-30",
      "市城管局复函：立法内容拟包含在市政公用设施管理条例之中，不需要单独立法。",
      { unit: "urban-management" },
    ],
  ];
  for (const t of ["辽源市城市亮化照明管理条例", "辽源市公共停车场管理条例"]) {
    await add(
      {
        title: t,
        proposerType: "UNIT",
        field: "urban",
        status: "MERGED",
        decidedOn: "2022-06-20",
        reason: "内容并入市政公用设施管理条例。",
        steps: reply,
      },
      "辽源市市政公用设施管理条例",
    );
  }
  await add({
    title: "辽源市12345政务服务便民热线运行条例",
    proposerType: "PUBLIC",
    field: "social",
    status: "REJECTED",
    decidedOn: "2022-05-10",
    reason: "属于地方政府便民服务的措施和方法，属于内部管理范畴，不适宜作为地方立法项目。",
  });
  await add({
    title: "辽源市反对食品浪费条例",
    proposerType: "COMMITTEE",
    field: "social",
    status: "REJECTED",
    decidedOn: "2022-06-01",
    reason: "经政府相关部门确认，辽源目前暂不具备此类地方立法条件。",
    steps: [["SOLICITATION_SENT", "2022-05-15", "相关委室联合下发《关于征集反对食品浪费相关地方立法项目的函》。"]],
  });
  await add({
    title: "辽源市网络预约出租汽车管理条例",
    proposerType: "PUBLIC",
    field: "urban",
    status: "REJECTED",
    decidedOn: "2022-06-01",
    reason: "上位法和省级规定已作出较为完备的规定，本市暂无单独立法必要，可通过规范性文件予以细化。",
  });
  await add({
    title: "辽源市二手车管理条例",
    proposerType: "PUBLIC",
    proposerName: "王先生",
    field: "economy",
    status: "SCREENING",
    steps: [
      ["INITIAL_REVIEW", "2022-05-10", "各方争议较大，需组织立法论证。", { organiser: "市人大法工委" }],
      [
        "ARGUMENTATION_MEETING",
        "2022-06-08",
        "第一次立法论证会：围绕交易市场监管、车辆信息公开等问题听取意见，意见分歧较大。",
        { organiser: "市司法局、市人大法工委", participants: "市商务局、市公安局交警支队、二手车经营企业、律师代表" },
      ],
      [
        "ARGUMENTATION_MEETING",
        "2022-07-14",
        "第二次立法论证会：建议先开展调研，待上位法明确后再行立法。",
        { organiser: "市司法局、市人大法工委", participants: "市市场监管局、行业协会、人大代表" },
      ],
      ["ARGUMENTATION_MEETING", "2022-08-02", "市政府立法论证会：同意继续论证。", { organiser: "市人民政府" }],
    ],
  });

  // The five-year plan (15 + 3) and its regulation projects.
  const plan = await tx.legislativePlan.create({
    data: {
      tenantId: r.tenantId,
      kind: "FIVE_YEAR",
      title: "辽源市人大常委会五年立法规划（2022—2026年）",
      term: "第九届",
      startYear: 2022,
      endYear: 2026,
      publishedAt: new Date("2022-07-01T02:00:00Z"),
      createdAt: shanghaiAt("2022-06-20", 16),
      description: "按照“三大授权领域+”的思路，确定15个立法项目和3个调研论证项目。",
    },
  });
  const heatingOld = await addRegulation(tx, r, {
    title: "辽源市供热管理条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "housing",
    year: 2018,
    effectiveOn: "2019-10-01",
    history: [
      ["PLANNED", "2018-02-01"],
      ["DRAFTING", "2018-03-01"],
      ["SUBMITTED", "2018-09-01"],
      ["FIRST_READING", "2018-10-25", "市八届人大常委会第十三次会议"],
      ["SECOND_READING", "2018-12-20", "市八届人大常委会第十五次会议"],
      ["PASSED", "2018-12-20", "市八届人大常委会第十五次会议"],
      ["PROVINCIAL_APPROVAL", "2019-03-28"],
      ["PROMULGATED", "2019-04-10"],
    ],
  });
  const regs: Record<string, string> = {};
  regs["辽源市柞蚕产业发展条例"] = await addRegulation(tx, r, {
    title: "辽源市柞蚕产业发展条例",
    field: "economy",
    committee: "agriculture-rural",
    unit: "agriculture-rural",
    year: 2022,
    effectiveOn: "2023-01-01",
    drafts: [{ label: "一审稿", text: TUSSAH_SILK, published: true }],
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-02-20"],
      ["ARGUMENTATION", "2022-03-15"],
      ["SUBMITTED", "2022-04-15"],
      ["FIRST_READING", "2022-04-28", "市九届人大常委会第三次会议", "一审稿"],
      ["SECOND_READING", "2022-06-29", "市九届人大常委会第五次会议", "一审稿"],
      ["PASSED", "2022-06-29", "市九届人大常委会第五次会议"],
      ["PROVINCIAL_APPROVAL", "2022-09-28"],
      ["PROMULGATED", "2022-10-20"],
    ],
  });
  regs["辽源市供热管理条例（修改）"] = await addRegulation(tx, r, {
    title: "修改《辽源市供热管理条例》",
    kind: "AMENDMENT",
    targetId: heatingOld,
    field: "urban",
    committee: "urban-rural-environment",
    unit: "housing",
    year: 2022,
    effectiveOn: "2022-12-01",
    history: [
      ["PLANNED", "2022-03-01"],
      ["DRAFTING", "2022-03-20"],
      ["SUBMITTED", "2022-06-15"],
      ["FIRST_READING", "2022-06-29", "市九届人大常委会第五次会议"],
      ["PASSED", "2022-08-30", "市九届人大常委会第六次会议"],
      ["PROVINCIAL_APPROVAL", "2022-09-28"],
      ["PROMULGATED", "2022-10-20"],
    ],
  });
  await tx.regulationEvent.create({
    data: {
      tenantId: r.tenantId,
      regulationId: heatingOld,
      fromStage: "PROMULGATED",
      toStage: "PROMULGATED",
      occurredOn: dayToDate("2022-10-20"),
      note: `AMENDMENT:${regs["辽源市供热管理条例（修改）"]}`,
      createdAt: shanghaiAt("2022-10-20", 17),
    },
  });
  regs["辽源市城市建筑外立面管理条例"] = await addRegulation(tx, r, {
    title: "辽源市城市建筑外立面管理条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "urban-management",
    year: 2022,
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-02-01"],
      ["SUBMITTED", "2022-08-10"],
      ["FIRST_READING", "2022-08-30", "市九届人大常委会第六次会议"],
      ["SECOND_READING", "2022-10-27", "市九届人大常委会第七次会议"],
    ],
  });
  regs["辽源市城市绿化条例"] = await addRegulation(tx, r, {
    title: "辽源市城市绿化条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "urban-management",
    year: 2022,
    drafts: [
      { label: "征求意见稿", text: LIAOYUAN_GREENING_V1, published: true, on: "2022-07-05" },
      { label: "一审稿", text: LIAOYUAN_GREENING_V2, published: true },
    ],
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-03-01"],
      ["ARGUMENTATION", "2022-07-20"],
      ["SUBMITTED", "2022-10-10"],
      ["FIRST_READING", "2022-10-27", "市九届人大常委会第七次会议", "一审稿"],
    ],
  });
  regs["辽源市室外公共体育设施管理条例"] = await addRegulation(tx, r, {
    title: "辽源市室外公共体育设施管理条例",
    field: "social",
    committee: "education-science-culture-health",
    unit: "education",
    year: 2022,
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-04-01"],
      ["SUBMITTED", "2022-11-10"],
      ["FIRST_READING", "2022-12-22", "市九届人大常委会第八次会议"],
    ],
  });
  regs["辽源市市政公用设施管理条例"] = await addRegulation(tx, r, {
    title: "辽源市市政公用设施管理条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "urban-management",
    year: 2023,
    history: [
      ["PLANNED", "2022-07-01"],
      ["DRAFTING", "2023-03-01"],
    ],
  });
  const today = todayInShanghai();
  for (const [i, title] of [...DELIBERATION, ...RESEARCH].entries()) {
    const research = i >= DELIBERATION.length;
    let regulationId = regs[title] ?? null;
    const [committee, unit] = OWNERS[title] ?? ["legislative-affairs", "justice"];
    if (!regulationId && !research) {
      regulationId = await addRegulation(tx, r, {
        title,
        field: fieldOf(title),
        committee,
        unit,
        year: 2023 + (i % 4),
        history: [["PLANNED", "2022-07-01"]],
      });
    }
    await addPlanItem(tx, r, {
      planId: plan.id,
      title,
      category: research ? "RESEARCH" : "DELIBERATION",
      sortOrder: i,
      regulationId,
      own: research ? { field: fieldOf(title), committee, unit, year: 2024 + (i % 3) } : undefined,
    });
  }
  // The 2022 annual plan: the items that moved that year.
  const annual = await tx.legislativePlan.create({
    data: {
      tenantId: r.tenantId,
      kind: "ANNUAL",
      title: "辽源市人大常委会2022年度立法计划",
      term: "第九届",
      startYear: 2022,
      endYear: 2022,
      publishedAt: new Date("2022-03-01T02:00:00Z"),
      createdAt: shanghaiAt("2022-02-24", 16),
    },
  });
  const annualItems: [string, "PROMULGATED" | "FIRST_READING" | "SECOND_READING", number][] = [
    ["辽源市柞蚕产业发展条例", "PROMULGATED", 10],
    ["辽源市供热管理条例（修改）", "PROMULGATED", 10],
    ["辽源市城市建筑外立面管理条例", "SECOND_READING", 10],
    ["辽源市城市绿化条例", "FIRST_READING", 10],
    ["辽源市室外公共体育设施管理条例", "FIRST_READING", 12],
  ];
  for (const [i, [title, targetStage, targetMonth]] of annualItems.entries()) {
    await addPlanItem(tx, r, {
      planId: annual.id,
      title,
      category: "DELIBERATION",
      targetStage,
      targetMonth,
      sortOrder: i,
      regulationId: regs[title]!,
    });
  }
  // A call open now, so the public can propose (and the demo shows the portal form working).
  const from = new Date(dayToDate(today).getTime() - 21 * 86_400_000);
  const to = new Date(dayToDate(today).getTime() + 60 * 86_400_000);
  await tx.proposalCall.create({
    data: {
      tenantId: r.tenantId,
      title: `辽源市${Number(today.slice(0, 4)) + 1}年度立法计划项目征集`,
      opensOn: from,
      closesOn: to,
      createdAt: from,
      channels: ["PUBLIC_NOTICE", "ONLINE"],
      description: "欢迎社会各界通过网上征集、信函等方式提出地方立法项目建议。",
    },
  });
}
