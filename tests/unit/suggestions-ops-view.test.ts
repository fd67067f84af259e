// The suggestions' list components rendered to HTML in Chinese: the rows as cards and a table (number, kind, lead
// deputy and unit, state, the deadline with the working days left or the overdue flag, the key and lead/assisting
// marks), the tabs with the current one marked, the filters' form, and the leaders' board grouped by committee.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test } from "vitest";
import { KeyBoardList } from "@/components/suggestions/ops/KeyBoardList";
import { SuggestionFilters } from "@/components/suggestions/ops/SuggestionFilters";
import { SuggestionList } from "@/components/suggestions/ops/SuggestionList";
import { SuggestionTabs } from "@/components/suggestions/ops/SuggestionTabs";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";
import type { KeyBoardRow } from "@/lib/modules/suggestions";
import type { SuggestionListRow } from "@/lib/modules/suggestions/client";

async function html(node: ReactNode) {
  const messages = await loadMessages("zh-CN");
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "zh-CN",
      messages,
      formats,
      timeZone: "Asia/Shanghai",
      children: node,
    }),
  );
}

const ID = "01a236e8-3f06-7014-b968-886587cee87e";
const row = (o: Partial<SuggestionListRow> = {}): SuggestionListRow => ({
  id: ID,
  year: 2026,
  number: 12,
  kind: "SUGGESTION",
  title: "关于加快老旧小区改造的建议",
  category: "urban",
  status: "ASSIGNED",
  isKey: true,
  leadDeputyId: ID,
  leadDeputyName: "王建国",
  leadUnitId: ID,
  leadUnitName: "市住房和城乡建设局",
  unitRole: "ASSIST",
  deadline: { day: "2026-12-18", kind: "view", workingDaysLeft: 3, overdue: false, unconfirmedYears: [] },
  replyCategory: null,
  satisfaction: null,
  createdAt: new Date("2026-10-01T02:00:00Z"),
  ...o,
});

describe("the suggestions' lists", () => {
  test("rows: number, kind, deputy, unit, state, deadline and its working days, key and assisting marks", async () => {
    const out = await html(
      createElement(SuggestionList, {
        base: "/liaoyuan/console/suggestions",
        rows: [
          row(),
          row({
            id: "01a236e8-3f06-7014-b968-886587cee87f",
            number: null,
            kind: "MOTION",
            isKey: false,
            unitRole: null,
            deadline: { day: "2026-12-01", kind: "reply", workingDaysLeft: -9, overdue: true, unconfirmedYears: [] },
          }),
          row({
            id: "01a236e8-3f06-7014-b968-886587cee871",
            deadline: {
              day: "2027-03-01",
              kind: "reply",
              workingDaysLeft: 50,
              overdue: false,
              unconfirmedYears: [2027],
            },
          }),
        ],
      }),
    );
    expect(out).toContain("〔2026〕第12号");
    expect(out).toContain("未编号");
    expect(out).toContain("王建国");
    expect(out).toContain("市住房和城乡建设局");
    expect(out).toContain("办理中");
    expect(out).toContain("协办意见期限");
    expect(out).toContain("剩 3 个工作日");
    expect(out).toContain("超期 9 个工作日");
    expect(out).toContain("重点督办");
    expect(out).toContain("本单位协办");
    expect(out).toContain("议案");
    expect(out).toContain(`href="/liaoyuan/console/suggestions/${ID}"`);
    expect(out).toContain('aria-label="建议列表"');
    expect(out).toContain("2027 年节假日安排尚未确认");
  });

  test("tabs mark the current one; the filters are a GET form keeping the tab", async () => {
    const tabs = await html(
      createElement(SuggestionTabs, { tabs: ["todo", "done"], current: "done", hrefFor: (t: string) => `/x?tab=${t}` }),
    );
    expect(tabs).toMatch(/aria-current="page"[^>]*>已办</);
    expect(tabs).toContain("待办");
    const form = await html(
      createElement(SuggestionFilters, {
        action: "/x",
        tab: "overdue",
        years: [{ value: "2026", label: "2026" }],
        sessions: [],
        categories: [{ value: "urban", label: "城乡建设" }],
        units: null,
        kinds: [{ value: "MOTION", label: "议案" }],
        value: { q: "停车" },
      }),
    );
    expect(form).toContain('method="get"');
    expect(form).toContain('name="tab" value="overdue"');
    expect(form).toContain('value="停车"');
    expect(form).not.toContain('name="unitId"');
  });

  test("the leaders' board groups by committee and shows the leader, contacts, meetings and the reply", async () => {
    const key = (o: Partial<KeyBoardRow>): KeyBoardRow => ({
      id: ID,
      year: 2026,
      number: 3,
      kind: "SUGGESTION",
      title: "关于改善城区交通拥堵的建议",
      status: "REPLIED",
      supervisingLeaderId: ID,
      supervisingLeaderName: "李主任",
      pushingCommitteeId: ID,
      pushingCommitteeName: "城建环保工委",
      leadUnitName: "市公安局交警支队",
      deadline: null,
      lastContactOn: "2026-11-20",
      lastMeetingOn: null,
      replyCategory: "B",
      satisfaction: "BASIC",
      ...o,
    });
    const out = await html(
      createElement(KeyBoardList, {
        base: "/x",
        rows: [
          key({}),
          key({ id: "01a236e8-3f06-7014-b968-886587cee870", pushingCommitteeId: null, pushingCommitteeName: null }),
        ],
      }),
    );
    expect(out).toContain("城建环保工委");
    expect(out).toContain("未指定促办委员会");
    expect(out).toContain("李主任");
    expect(out).toContain("2026年11月20日");
    expect(out).toContain("B类 · 基本满意");
  });
});
