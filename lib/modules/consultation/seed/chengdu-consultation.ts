// The consultation module's demo data (issue #4). Chengdu: the 2022 public consultation on its 文明行为促进条例 draft,
// closed, with a few hundred varied opinions (articles, channels, districts, one small campaign), about a third
// disposed and the dispositions not yet published — ready for triage and publishing — and the 2024 one on the
// revision of its 社会急救医疗管理条例 (./first-aid-consultation.ts), every opinion disposed and the dispositions published, so
// a citizen sees results. Liaoyuan: a consultation on its 城市绿化条例 一审稿 open now (for 30 days from the first
// seeding), so the demo has a draft to comment on. Every opinion raising the same concern gets the same disposition
// and reason (./opinion-texts.ts). Idempotent per draft: one that already has a consultation is left alone, and an
// advisory lock serialises concurrent seeders.
import { unsafePrisma } from "@/lib/db";
import type { SeedTx as Tx } from "@/lib/seed/seed-tx";
import { seedLock } from "@/lib/seed/seed-tx";
import { DAY, dispose, opinion, opinions, pointForum, prng, type Ctx } from "./draw";
import { seedFirstAid } from "./first-aid-consultation";
import {
  CAMPAIGN_REASON,
  CIVILITY_CAMPAIGN,
  CIVILITY_OPINIONS,
  DUPLICATE_REASON,
  GREENING_OPINIONS,
  outcomesByText,
  textsOf,
} from "./opinion-texts";

type CitySpec = { regulation: string; draftLabel: string; seed: (tx: Tx, ctx: Ctx) => Promise<void> };
// In this order: the civility consultation is the first of Chengdu's, the one still being triaged.
const CITIES: Record<string, CitySpec[]> = {
  chengdu: [
    { regulation: "成都市文明行为促进条例", draftLabel: "征求意见稿", seed: seedCivility },
    { regulation: "修订《成都市社会急救医疗管理条例》", draftLabel: "一审稿", seed: seedFirstAid },
  ],
  liaoyuan: [{ regulation: "辽源市城市绿化条例", draftLabel: "一审稿", seed: seedGreening }],
};

export async function seedConsultationDemo(slugs: string[], log: (m: string) => void = () => {}) {
  for (const slug of slugs) {
    const tenant = CITIES[slug]
      ? await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } })
      : null;
    if (!tenant) continue;
    for (const spec of CITIES[slug]!) await seedOne(slug, tenant.id, spec, log);
  }
}

async function seedOne(slug: string, tenantId: string, spec: CitySpec, log: (m: string) => void) {
  // The draft comes from the legislation demo data; without it (not seeded yet) there is nothing to consult on.
  const regulation = await unsafePrisma.regulation.findFirst({
    where: { tenantId, title: spec.regulation },
    select: { id: true },
  });
  const draft =
    regulation &&
    (await unsafePrisma.draftVersion.findFirst({
      where: { tenantId, regulationId: regulation.id, label: spec.draftLabel },
      select: { id: true },
    }));
  if (
    !regulation ||
    !draft ||
    (await unsafePrisma.consultation.count({ where: { tenantId, draftVersionId: draft.id } })) > 0
  )
    return;
  const seeded = await unsafePrisma.$transaction(
    async (tx) => {
      await seedLock(tx, `lianxin-seed-consultation:${slug}`);
      if ((await tx.consultation.count({ where: { tenantId, draftVersionId: draft.id } })) > 0) return false; // another seeder won
      const [articles, areas, units, points, staff] = await Promise.all([
        tx.draftArticle.findMany({
          where: { tenantId, draftVersionId: draft.id },
          orderBy: { ordinal: "asc" },
          select: { id: true, identity: true, number: true },
        }),
        tx.area.findMany({
          where: { tenantId, level: "DISTRICT" },
          orderBy: { sortOrder: "asc" },
          select: { id: true, name: true },
        }),
        tx.unit.findMany({ where: { tenantId }, orderBy: { sortOrder: "asc" }, select: { name: true } }),
        tx.contactPoint.findMany({
          where: { tenantId, active: true },
          orderBy: { name: "asc" },
          select: { id: true, name: true, areaId: true, coordinatorId: true },
        }),
        tx.user.findFirst({ where: { tenantId, username: "legislative" }, select: { id: true } }),
      ]);
      await spec.seed(tx, {
        tenantId,
        regulationId: regulation.id,
        draftVersionId: draft.id,
        articles,
        districts: areas,
        units: units.map((u) => u.name),
        points,
        staffId: staff?.id ?? null,
      });
      return true;
    },
    { timeout: 120_000 },
  );
  if (seeded) log(`seeded consultation demo data for ${slug}: ${spec.regulation}`);
}

async function seedCivility(tx: Tx, ctx: Ctx) {
  const startsAt = new Date("2022-05-10T09:00:00+08:00");
  const endsAt = new Date("2022-06-10T18:00:00+08:00");
  const c = await tx.consultation.create({
    data: {
      tenantId: ctx.tenantId,
      regulationId: ctx.regulationId,
      draftVersionId: ctx.draftVersionId,
      title: "《成都市文明行为促进条例（草案）》公开征求意见",
      startsAt,
      endsAt,
      channels: ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"],
      createdById: ctx.staffId,
      createdAt: new Date(startsAt.getTime() - DAY),
      updatedAt: endsAt,
      introduction:
        "为了推进科学立法、民主立法、依法立法，提高立法质量，现将《成都市文明行为促进条例（草案）》全文公布，征求社会各界意见。\n" +
        "有关单位和各界人士可以在2022年6月10日18时前，通过本页面对草案整体或者逐条提出意见，也可以通过基层立法联系点、所在单位反映意见。",
      explanation:
        "一、制定条例的必要性\n文明行为促进是城市治理的重要内容。本市在创建全国文明城市过程中积累了行之有效的经验，群众对不文明养犬、乱扔垃圾、不礼让行人等问题反映强烈，有必要以地方性法规的形式固化经验、明确规范。\n\n" +
        "二、起草过程\n起草工作由市司法局牵头，先后赴各区（市）县调研，召开座谈会、论证会，通过基层立法联系点听取群众意见，并征求了市级有关部门意见。\n\n" +
        "三、主要内容\n草案共四章十三条，包括总则、文明行为规范、鼓励与保障和附则，重点规范公共秩序、文明出行、公共环境、文明养犬和文明就医等方面的行为，并对志愿服务、见义勇为等文明行为的激励保障作了规定。",
    },
  });
  const r = prng(20220510);
  const weights = { 0: 14, 1: 1, 2: 1, 3: 3, 4: 2, 5: 9, 6: 12, 7: 10, 8: 16, 9: 4, 10: 6, 11: 9, 12: 6, 13: 1 };
  const drawn = [
    ...opinions(r, ctx, c.id, textsOf(CIVILITY_OPINIONS), weights, 331, startsAt.getTime(), endsAt.getTime()),
    // The 玉林街道 point's forum of 2022-05-28 (its coordinator is the demo `contact-point` account).
    ...pointForum(
      ctx,
      c.id,
      [
        [8, CIVILITY_OPINIONS[8]![0]![0]],
        [6, CIVILITY_OPINIONS[6]![1]![0]],
        [11, CIVILITY_OPINIONS[11]![3]![0]],
      ],
      new Date("2022-05-28T16:30:00+08:00"),
      36,
    ),
  ];
  const outcomes = outcomesByText(CIVILITY_OPINIONS);
  for (const { row, core } of drawn) {
    if (r.next() >= 0.34) continue; // about a third disposed so far; the rest wait for triage
    const [, d, reason] = outcomes.get(core)!;
    dispose(r, row, d, reason, endsAt.getTime(), ctx.staffId);
  }
  const rows = drawn.map((x) => x.row);
  // The campaign: six people sending the same text the same evening, after a post in a neighbourhood group.
  const dogs = ctx.articles.find((a) => a.number === 8);
  const evening = new Date("2022-05-22T20:05:00+08:00").getTime();
  const campaign = Array.from({ length: 6 }, (_, i) =>
    opinion(ctx, c.id, dogs, CIVILITY_CAMPAIGN, new Date(evening + i * 7 * 60_000), {
      submitterKey: `demo${ctx.tenantId.slice(0, 8)}camp${i}`,
      areaId: ctx.districts[i % 2]?.id ?? null,
    }),
  );
  campaign.forEach((row, i) =>
    i === 0
      ? dispose(r, row, "NOT_ADOPTED", CAMPAIGN_REASON, endsAt.getTime(), ctx.staffId)
      : dispose(r, row, "DUPLICATE", DUPLICATE_REASON, endsAt.getTime(), ctx.staffId),
  );
  await tx.opinion.createMany({ data: [...rows, ...campaign] });
  await tx.opinionCampaign.create({
    data: {
      tenantId: ctx.tenantId,
      consultationId: c.id,
      contentHash: campaign[0]!.contentHash,
      size: campaign.length,
      firstSeenAt: campaign[0]!.createdAt,
    },
  });
}

async function seedGreening(tx: Tx, ctx: Ctx) {
  const now = Date.now();
  // Opened three days ago at 9:00 Beijing time; closes at 18:00 thirty days from now.
  const startsAt = new Date(Math.floor((now - 3 * DAY + 8 * 3_600_000) / DAY) * DAY + 1 * 3_600_000);
  const endsAt = new Date(Math.floor((now + 30 * DAY + 8 * 3_600_000) / DAY) * DAY + 10 * 3_600_000);
  const c = await tx.consultation.create({
    data: {
      tenantId: ctx.tenantId,
      regulationId: ctx.regulationId,
      draftVersionId: ctx.draftVersionId,
      title: "《辽源市城市绿化条例（草案）》公开征求意见",
      startsAt,
      endsAt,
      channels: ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"],
      createdById: ctx.staffId,
      createdAt: new Date(startsAt.getTime() - DAY),
      introduction:
        "市九届人大常委会第七次会议对《辽源市城市绿化条例（草案）》进行了第一次审议。为了广泛听取意见，现将草案全文公布，欢迎社会各界对草案整体或者逐条提出意见。",
      explanation:
        "一、立法的必要性\n本市城市绿化管理主要依据国务院《城市绿化条例》和有关规范性文件，存在附属绿地比例标准不明确、擅自占用绿地和砍伐树木处罚依据不足等问题，需要制定地方性法规予以规范。\n\n" +
        "二、主要内容\n草案共四章十七条，对城市绿地系统规划、附属绿地比例、乡土树种选用、绿地保护和古树名木管理作了规定，并增加了城市绿化信息公开的内容。",
    },
  });
  const r = prng(20221027);
  const weights = { 0: 4, 5: 2, 6: 1, 8: 3, 9: 2, 12: 3, 13: 2, 14: 3, 15: 1 };
  const drawn = opinions(
    r,
    ctx,
    c.id,
    GREENING_OPINIONS,
    weights,
    24,
    startsAt.getTime(),
    Math.max(startsAt.getTime() + 3_600_000, now - 3_600_000),
  );
  await tx.opinion.createMany({ data: drawn.map((x) => x.row) });
}
