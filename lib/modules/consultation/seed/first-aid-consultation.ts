// Chengdu's 2021 consultation on the 社会急救医疗管理条例 一审稿 (after the first reading of 2021-04-26, before the
// second of 2021-06-28): every opinion disposed within a fortnight of the close and the dispositions published, so
// the portal shows a citizen the results (the summary, and each opinion's outcome by its receipt code).
import type { SeedTx as Tx } from "@/lib/seed/seed-tx";
import { dispose, opinions, pointForum, prng, type Ctx } from "./draw";
import { FIRST_AID_OPINIONS, outcomesByText, textsOf } from "./opinion-texts";

export async function seedFirstAid(tx: Tx, ctx: Ctx) {
  const startsAt = new Date("2021-05-08T09:00:00+08:00");
  const endsAt = new Date("2021-06-07T18:00:00+08:00");
  const publishedAt = new Date("2021-06-25T10:00:00+08:00");
  const c = await tx.consultation.create({
    data: {
      tenantId: ctx.tenantId,
      regulationId: ctx.regulationId,
      draftVersionId: ctx.draftVersionId,
      title: "《成都市社会急救医疗管理条例（草案）》公开征求意见",
      startsAt,
      endsAt,
      channels: ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"],
      dispositionsPublishedAt: publishedAt,
      createdById: ctx.staffId,
      createdAt: new Date(startsAt.getTime() - 86_400_000),
      updatedAt: publishedAt,
      introduction:
        "市十七届人大常委会第二十六次会议对《成都市社会急救医疗管理条例（草案）》进行了第一次审议。为了广泛听取意见，现将草案全文公布，征求社会各界意见。\n" +
        "有关单位和各界人士可以在2021年6月7日18时前，通过本页面对草案整体或者逐条提出意见，也可以通过基层立法联系点反映意见。",
      explanation:
        "一、制定条例的必要性\n本市院前急救资源分布不均，公共场所急救设备配置不足，群众不会救、不敢救的问题比较突出，需要以地方性法规规范院前急救和社会急救。\n\n" +
        "二、主要内容\n草案共四章十一条，对急救指挥调度、急救站点设置、急救车辆管理、紧急现场救护、公共场所急救设备配置和急救培训作了规定。",
    },
  });
  const r = prng(20210508);
  const weights = { 0: 6, 5: 5, 6: 4, 7: 5, 8: 4, 9: 6, 10: 3 };
  const drawn = [
    ...opinions(r, ctx, c.id, textsOf(FIRST_AID_OPINIONS), weights, 58, startsAt.getTime(), endsAt.getTime()),
    // The 玉林街道 point's forum of 2021-05-20 (its coordinator is the demo `contact-point` account).
    ...pointForum(
      ctx,
      c.id,
      [
        [9, FIRST_AID_OPINIONS[9]![0]![0]],
        [8, FIRST_AID_OPINIONS[8]![0]![0]],
      ],
      new Date("2021-05-20T16:00:00+08:00"),
      28,
    ),
  ];
  const outcomes = outcomesByText(FIRST_AID_OPINIONS);
  // Disposed between three and fifteen days after the close: all before the dispositions were published.
  for (const { row, core } of drawn) {
    const [, d, reason] = outcomes.get(core)!;
    dispose(r, row, d, reason, endsAt.getTime(), ctx.staffId, 12);
  }
  await tx.opinion.createMany({ data: drawn.map((x) => x.row) });
}
