// The rates' pieces rendered to HTML (zh-CN messages): a breakdown's table and phone cards hold every figure of the
// export in its order with the total, rates as percentages with one decimal and none as "—", the units' table
// numbered by rank; the charts are named images; the publish form says what publishing does and offers the
// right button (none where the city does not publish or the unit has not replied).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { abcParts, RateBars, StackedBar } from "@/components/suggestions/stats/StatsCharts";
import { PublishToggle } from "@/components/suggestions/stats/PublishToggle";
import { StatsTable } from "@/components/suggestions/stats/StatsTable";
import { suggestionFigures, zeroSuggestionCounts } from "@/lib/modules/suggestions/client";
import { loadMessages } from "@/lib/i18n/messages";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));
vi.mock("@/lib/modules/suggestions/actions-stats", () => ({ publishSuggestionAction: async () => ({ ok: true }) }));

const figures = (o: Partial<ReturnType<typeof zeroSuggestionCounts>>) =>
  suggestionFigures({ ...zeroSuggestionCounts(), ...o });

async function render(node: React.ReactElement) {
  const messages = await loadMessages("zh-CN");
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale: "zh-CN", messages, timeZone: "Asia/Shanghai", children: node }),
  );
}

describe("the rates' view", () => {
  const u1 = {
    key: "u1",
    name: "市住房和城乡建设局",
    ...figures({ submitted: 3, assigned: 3, replied: 3, repliedOnTime: 2 }),
  };
  const u2 = { key: "u2", name: "市教育局", ...figures({ submitted: 1 }) };
  const total = figures({ submitted: 4, assigned: 3, replied: 3, repliedOnTime: 2 });

  test("the units' ranking: every figure, numbered, the total, rates in percent and none as —", async () => {
    const html = await render(createElement(StatsTable, { dim: "unit", rows: [u1, u2], total }));
    expect(html).toContain('aria-label="按承办单位统计的代表建议"');
    expect(html).toContain("办复率（%）");
    expect(html).toContain(">66.7<");
    expect(html).toContain("—");
    expect(html).toContain("名次");
    expect(html).toContain("1. 市住房和城乡建设局");
    expect(html).toContain("2. 市教育局");
    expect(html).toContain("合计");
    expect(html.match(/市住房和城乡建设局/g)).toHaveLength(2);
    expect(html).toContain("表格较宽，可左右滑动查看。");
  });

  test("the charts are named images", async () => {
    const bars = await render(
      createElement(RateBars, {
        id: "u",
        rows: [{ key: "u1", label: u1.name, rate: u1.replyRate }],
        title: "各承办单位的办复率",
        desc: "条形图",
      }),
    );
    expect(bars).toContain('role="img"');
    expect(bars).toContain("<title");
    expect(bars).toContain("66.7%");
    const abc = await render(
      createElement(StackedBar, {
        id: "abc",
        parts: abcParts(figures({ a: 2, b: 1, c: 1 }), (k) => k.toUpperCase()),
        title: "A、B、C 类答复的数量",
        desc: "A 2",
      }),
    );
    expect(abc).toContain("A 2");
    expect(abc).toContain('aria-labelledby="abc-title abc-desc"');
  });
});

describe("the publish form", () => {
  const base = { tenantSlug: "shenyang", id: "0190f0d0-0000-7000-8000-000000000001" };
  test("a replied one in a publishing city: 公开, and what it shows", async () => {
    const html = await render(
      createElement(PublishToggle, { ...base, publishedAt: null, cityPublishes: true, replied: true }),
    );
    expect(html).toContain("不含任何联系方式");
    expect(html).toContain(">公开<");
  });
  test("a published one: when, and 取消公开", async () => {
    const html = await render(
      createElement(PublishToggle, {
        ...base,
        publishedAt: "2026-03-01T02:00:00.000Z",
        cityPublishes: true,
        replied: true,
      }),
    );
    expect(html).toContain("已在本市代表建议公开页面公开");
    expect(html).toContain("取消公开");
  });
  test("no button where the city does not publish or the unit has not replied", async () => {
    const off = await render(
      createElement(PublishToggle, { ...base, publishedAt: null, cityPublishes: false, replied: true }),
    );
    expect(off).toContain("本市未开通代表建议公开。");
    expect(off).not.toContain("<button");
    const early = await render(
      createElement(PublishToggle, { ...base, publishedAt: null, cityPublishes: true, replied: false }),
    );
    expect(early).toContain("承办单位答复后可以公开。");
    expect(early).not.toContain("<button");
  });
});
