// The statistics page's pieces rendered to HTML (server components, the zh-CN messages): the table holds every
// figure of the export in the export's order with the total, the phone cards the same, the rate as a percentage
// with one decimal and none as "—"; the charts are named images with their words.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test } from "vitest";
import { ReceivedRepliedChart, RatingChart } from "@/components/citizen-message-stats/MessageStatsChart";
import { MessageStatsTable } from "@/components/citizen-message-stats/MessageStatsTable";
import { replyDays, satisfactionRate, type MessageStatsFigures } from "@/lib/modules/citizen-messages/client";
import { loadMessages } from "@/lib/i18n/messages";

function figures(over: Partial<MessageStatsFigures>): MessageStatsFigures {
  const counts = {
    received: 0,
    accepted: 0,
    replied: 0,
    repliedOnTime: 0,
    overdue: 0,
    rated: 0,
    satisfied: 0,
    basic: 0,
    unsatisfied: 0,
    reopened: 0,
    autoClosed: 0,
    ...over,
  };
  return { ...counts, satisfactionRate: satisfactionRate(counts), replyDaysAvg: null, replyDaysMedian: null, ...over };
}

async function render(node: React.ReactElement) {
  const messages = await loadMessages("zh-CN");
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale: "zh-CN", messages, timeZone: "Asia/Shanghai", children: node }),
  );
}

describe("the statistics view", () => {
  const a = {
    key: "a",
    name: "龙湖区网上代表联络站",
    ...figures({
      received: 4,
      replied: 3,
      rated: 3,
      satisfied: 1,
      basic: 1,
      unsatisfied: 1,
      replyDaysAvg: 2.7,
      replyDaysMedian: 3,
    }),
  };
  const b = { key: "", name: "未指定联络站", ...figures({ received: 3, replied: 1, autoClosed: 1 }) };
  const total = figures({ received: 7, replied: 4, rated: 3, satisfied: 1, basic: 1, unsatisfied: 1, autoClosed: 1 });

  test("the table and the phone cards hold every figure, the rate in percent and none as —", async () => {
    const html = await render(createElement(MessageStatsTable, { rows: [a, b], total, view: "station" }));
    expect(html).toContain("满意率（%）");
    expect(html).toContain(">66.7<");
    expect(html).toContain("龙湖区网上代表联络站");
    expect(html).toContain("合计");
    expect(html).toContain("—"); // b's rate: nothing rated
    expect(html).toContain('aria-label="按联络站统计的群众留言"');
    // Cards (phones) and the table (md and up) both carry each row.
    expect(html.match(/龙湖区网上代表联络站/g)).toHaveLength(2);
    expect(html).toContain("表格较宽，可左右滑动查看。");
  });

  test("the charts are named images with the figures in words", async () => {
    const bars = await render(
      createElement(ReceivedRepliedChart, {
        rows: [
          { key: "a", label: a.name, received: 4, replied: 3 },
          { key: "", label: b.name, received: 3, replied: 1 },
        ],
        title: "各联络站收到与已答复的留言数",
        desc: "条形图",
      }),
    );
    expect(bars).toContain('role="img"');
    expect(bars).toContain('<title id="msg-chart-title">各联络站收到与已答复的留言数</title>');
    const rating = await render(
      createElement(RatingChart, {
        total,
        title: "评价",
        desc: "满意 1 条",
        names: { satisfied: "满意", basic: "基本满意", unsatisfied: "不满意", autoClosed: "自动办结" },
      }),
    );
    expect(rating).toContain("自动办结 1");
    expect(rating.match(/<rect/g)).toHaveLength(5); // the track and four parts
  });

  test("reply times: a weighted mean with one decimal and the median", () => {
    expect(replyDays([])).toEqual({ replyDaysAvg: null, replyDaysMedian: null });
    expect(
      replyDays([
        [3, 1],
        [1, 1],
        [9, 1],
        [4, 1],
      ]),
    ).toEqual({ replyDaysAvg: 4.3, replyDaysMedian: 3.5 });
    expect(
      replyDays([
        [2, 3],
        [10, 1],
      ]),
    ).toEqual({ replyDaysAvg: 4, replyDaysMedian: 2 });
  });
});
