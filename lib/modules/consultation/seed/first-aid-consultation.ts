// Chengdu's 2024 consultation on the revision of its 社会急救医疗管理条例, 一审稿 (after the first reading of 2024-04-26,
// before the second of 2024-06-28): every opinion disposed within a fortnight of the close and the dispositions published, so
// the portal shows a citizen the results (the summary, and each opinion's outcome by its receipt code).
import type { SeedTx as Tx } from "@/lib/seed/seed-tx";
import { dispose, opinions, pointForum, prng, type Ctx } from "./draw";
import { FIRST_AID_OPINIONS, outcomesByText, textsOf } from "./opinion-texts";

export async function seedFirstAid(tx: Tx, ctx: Ctx) {
  const startsAt = new Date("2024-05-08T09:00:00+08:00");
  const endsAt = new Date("2024-06-07T18:00:00+08:00");
  const publishedAt = new Date("2024-06-25T10:00:00+08:00");
  const c = await tx.consultation.create({
    data: {
      tenantId: ctx.tenantId,
      regulationId: ctx.regulationId,
      draftVersionId: ctx.draftVersionId,
      title: "《成都市社会急救医疗管理条例（修订草案）》公开征求意见",
      startsAt,
      endsAt,
      channels: ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"],
      dispositionsPublishedAt: publishedAt,
      createdById: ctx.staffId,
      createdAt: new Date(startsAt.getTime() - 86_400_000),
      updatedAt: publishedAt,
      introduction:
        "市十八届人大常委会第十三次会议对《成都市社会急救医疗管理条例（修订草案）》进行了第一次审议。为了广泛听取意见，现将草案全文公布，征求社会各界意见。\n" +
        "有关单位和各界人士可以在2024年6月7日18时前，通过本页面对草案整体或者逐条提出意见，也可以通过基层立法联系点反映意见。",
      explanation:
        "一、修订条例的必要性\n条例施行以来，本市院前急救体系逐步完善，但急救资源分布不均、公共场所急救设备配置不足、群众不会救不敢救等问题依然突出，需要修订条例予以完善。\n\n" +
        "二、主要内容\n修订草案共四章十一条，对急救指挥调度、急救站点设置、急救车辆管理、紧急现场救护、公共场所急救设备配置和急救培训作了规定。",
    },
  });
  const r = prng(20240508);
  const weights = { 0: 6, 5: 5, 6: 4, 7: 5, 8: 4, 9: 6, 10: 3 };
  const drawn = [
    ...opinions(r, ctx, c.id, textsOf(FIRST_AID_OPINIONS), weights, 58, startsAt.getTime(), endsAt.getTime()),
    // The 玉林街道 point's forum of 2024-05-20 (its coordinator is the demo `contact-point` account).
    ...pointForum(
      ctx,
      c.id,
      [
        [9, FIRST_AID_OPINIONS[9]![0]![0]],
        [8, FIRST_AID_OPINIONS[8]![0]![0]],
      ],
      new Date("2024-05-20T16:00:00+08:00"),
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
