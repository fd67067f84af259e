// Chengdu and Jining items named in ../shared/seeds/001 and 002.
import { dayToDate } from "@/lib/dates";
import { addPlanItem, addRegulation, shanghaiAt, type Refs, type Tx } from "./build";
import { CHENGDU_CIVILITY, CHENGDU_FIRST_AID, JINING_ANCIENT_TREES } from "./drafts";

const passed = (
  year: number,
  m1: string,
  m2: string,
  pub: string,
  firstDraft?: string,
): [Parameters<typeof addRegulation>[2]["history"][number], ...Parameters<typeof addRegulation>[2]["history"]] => [
  ["PLANNED", `${year}-01-10`],
  ["DRAFTING", `${year}-02-10`],
  ["SUBMITTED", `${year}-04-10`],
  ["FIRST_READING", `${year}-04-26`, m1, firstDraft],
  ["SECOND_READING", `${year}-06-28`, m2],
  ["PASSED", `${year}-06-28`, m2],
  ["PROVINCIAL_APPROVAL", `${year}-09-20`],
  ["PROMULGATED", pub],
];

export async function seedChengdu(tx: Tx, r: Refs) {
  await addRegulation(tx, r, {
    title: "成都市大气污染防治条例",
    field: "environment",
    committee: "urban-rural-environment",
    unit: "ecology-environment",
    year: 2021,
    effectiveOn: "2022-01-01",
    history: passed(2021, "市十七届人大常委会第二十五次会议", "市十七届人大常委会第二十七次会议", "2021-10-15"),
  });
  await addRegulation(tx, r, {
    title: "成都市生活垃圾管理条例",
    field: "environment",
    committee: "urban-rural-environment",
    unit: "urban-management",
    year: 2020,
    effectiveOn: "2021-03-01",
    history: passed(2020, "市十七届人大常委会第十九次会议", "市十七届人大常委会第二十一次会议", "2020-11-30"),
  });
  const firstAid = await addRegulation(tx, r, {
    title: "成都市社会急救医疗管理条例",
    field: "social",
    committee: "education-science-culture-health",
    unit: "health",
    year: 2021,
    effectiveOn: "2022-03-01",
    history: passed(2021, "市十七届人大常委会第二十六次会议", "市十七届人大常委会第二十八次会议", "2021-12-01"),
  });
  const bus = await addRegulation(tx, r, {
    title: "成都市城市公共汽车客运管理条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "transport",
    year: 2010,
    effectiveOn: "2011-01-01",
    history: passed(2010, "市十五届人大常委会第十次会议", "市十五届人大常委会第十二次会议", "2010-11-20"),
  });
  await addRegulation(tx, r, {
    title: "修订《成都市城市公共汽车客运管理条例》",
    kind: "AMENDMENT",
    targetId: bus,
    field: "urban",
    committee: "urban-rural-environment",
    unit: "transport",
    year: 2022,
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-02-15"],
      ["SUBMITTED", "2022-05-10"],
      ["FIRST_READING", "2022-05-27", "市十七届人大常委会第三十五次会议"],
    ],
  });
  await addRegulation(tx, r, {
    title: "成都市文明行为促进条例",
    field: "social",
    committee: "legal-affairs",
    unit: "justice",
    year: 2022,
    drafts: [{ label: "征求意见稿", text: CHENGDU_CIVILITY, published: true }],
    history: [
      ["PLANNED", "2022-01-10"],
      ["DRAFTING", "2022-02-15"],
      ["SUBMITTED", "2022-04-15"],
      ["FIRST_READING", "2022-04-28", "市十七届人大常委会第三十四次会议", "征求意见稿"],
    ],
  });
  const plan = await tx.legislativePlan.create({
    data: {
      tenantId: r.tenantId,
      kind: "ANNUAL",
      title: "成都市人大常委会2022年度立法计划",
      term: "第十七届",
      startYear: 2022,
      endYear: 2022,
      publishedAt: new Date("2022-02-20T02:00:00Z"),
      createdAt: shanghaiAt("2022-02-15", 16),
    },
  });
  for (const [i, t] of ["成都市文明行为促进条例", "修订《成都市城市公共汽车客运管理条例》"].entries()) {
    const reg = await tx.regulation.findFirstOrThrow({
      where: { tenantId: r.tenantId, title: t },
      select: { id: true },
    });
    await addPlanItem(tx, r, {
      planId: plan.id,
      title: t,
      category: "DELIBERATION",
      targetStage: "PASSED",
      targetMonth: 10,
      sortOrder: i,
      regulationId: reg.id,
    });
  }
  // Its 2024 revision: the 一审稿 went out for public comment after the first reading, and those dispositions are
  // published (the demo's closed-and-published consultation). Written last, after the 2022 projects.
  const revision = await addRegulation(tx, r, {
    title: "修订《成都市社会急救医疗管理条例》",
    kind: "AMENDMENT",
    targetId: firstAid,
    field: "social",
    committee: "education-science-culture-health",
    unit: "health",
    year: 2024,
    effectiveOn: "2025-01-01",
    drafts: [{ label: "一审稿", text: CHENGDU_FIRST_AID, published: true }],
    history: passed(2024, "市十八届人大常委会第十三次会议", "市十八届人大常委会第十五次会议", "2024-10-15", "一审稿"),
  });
  // The original's timeline shows the revision promulgated, as 辽源's 供热 does.
  await tx.regulationEvent.create({
    data: {
      tenantId: r.tenantId,
      regulationId: firstAid,
      fromStage: "PROMULGATED",
      toStage: "PROMULGATED",
      occurredOn: dayToDate("2024-10-15"),
      note: `AMENDMENT:${revision}`,
      createdAt: shanghaiAt("2024-10-15", 17),
    },
  });
}

export async function seedJining(tx: Tx, r: Refs) {
  await addRegulation(tx, r, {
    title: "济宁市城镇容貌和环境卫生管理条例",
    field: "urban",
    committee: "urban-rural-environment",
    unit: "urban-management",
    year: 2018,
    effectiveOn: "2019-01-01",
    history: passed(2018, "市十七届人大常委会第八次会议", "市十七届人大常委会第十次会议", "2018-10-30"),
  });
  await addRegulation(tx, r, {
    title: "济宁市养犬管理条例",
    field: "social",
    committee: "legal-affairs",
    unit: "public-security",
    year: 2019,
    effectiveOn: "2020-01-01",
    history: passed(2019, "市十七届人大常委会第十五次会议", "市十七届人大常委会第十七次会议", "2019-10-25"),
  });
  await addRegulation(tx, r, {
    title: "济宁市文明行为促进条例",
    field: "social",
    committee: "legal-affairs",
    unit: "public-security",
    year: 2020,
    effectiveOn: "2021-01-01",
    history: passed(2020, "市十七届人大常委会第二十二次会议", "市十七届人大常委会第二十四次会议", "2020-11-27"),
  });
  const fireworks = await addRegulation(tx, r, {
    title: "济宁市烟花爆竹燃放管理条例",
    field: "social",
    committee: "legal-affairs",
    unit: "public-security",
    year: 2017,
    effectiveOn: "2018-01-01",
    history: passed(2017, "市十六届人大常委会第三十次会议", "市十六届人大常委会第三十二次会议", "2017-10-30"),
  });
  const plan = await tx.legislativePlan.create({
    data: {
      tenantId: r.tenantId,
      kind: "ANNUAL",
      title: "济宁市人大常委会2023年度立法计划",
      term: "第十八届",
      startYear: 2023,
      endYear: 2023,
      publishedAt: new Date("2023-02-20T02:00:00Z"),
      createdAt: shanghaiAt("2023-02-14", 16),
    },
  });
  const items: [string, string][] = [];
  items.push([
    "济宁市水污染防治条例",
    await addRegulation(tx, r, {
      title: "济宁市水污染防治条例",
      field: "environment",
      committee: "urban-rural-environment",
      unit: "ecology-environment",
      year: 2023,
      history: [
        ["PLANNED", "2023-01-10"],
        ["DRAFTING", "2023-03-01"],
      ],
    }),
  ]);
  items.push([
    "修正《济宁市烟花爆竹燃放管理条例》",
    await addRegulation(tx, r, {
      title: "修正《济宁市烟花爆竹燃放管理条例》",
      kind: "AMENDMENT",
      targetId: fireworks,
      field: "social",
      committee: "legal-affairs",
      unit: "public-security",
      year: 2023,
      history: [
        ["PLANNED", "2023-01-10"],
        ["DRAFTING", "2023-02-01"],
        ["SUBMITTED", "2023-04-01"],
      ],
    }),
  ]);
  items.push([
    "济宁市古树名木保护条例",
    await addRegulation(tx, r, {
      title: "济宁市古树名木保护条例",
      field: "heritage",
      committee: "urban-rural-environment",
      unit: "natural-resources",
      year: 2023,
      drafts: [{ label: "一审稿", text: JINING_ANCIENT_TREES, published: true }],
      history: [
        ["PLANNED", "2023-01-10"],
        ["DRAFTING", "2023-02-01"],
        ["SUBMITTED", "2023-04-10"],
        ["FIRST_READING", "2023-04-27", "市十八届人大常委会第三次会议", "一审稿"],
      ],
    }),
  ]);
  for (const [i, [title, regulationId]] of items.entries()) {
    await addPlanItem(tx, r, {
      planId: plan.id,
      title,
      category: "DELIBERATION",
      targetStage: "PASSED",
      targetMonth: 8 + i,
      sortOrder: i,
      regulationId,
    });
  }
}
