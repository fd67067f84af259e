// The review part's client forms rendered to HTML in Chinese: the assignment form's unit pickers and the computed
// deadlines (with the warning of an unconfirmed year), the merge form's candidates, the unit's hand-back request
// with its last day, and the key form's leader and committee choices.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";

vi.mock("server-only", () => ({}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("@/lib/modules/suggestions/actions-review", () => {
  const ok = async () => ({ ok: true, data: {} });
  return Object.fromEntries(
    [
      "acceptSuggestionAction",
      "assignSuggestionAction",
      "convertSuggestionAction",
      "issueSuggestionLettersAction",
      "markKeySuggestionAction",
      "mergeSuggestionAction",
      "reassignSuggestionAction",
      "refuseSuggestionHandbackAction",
      "requestSuggestionHandbackAction",
      "returnSuggestionAction",
    ].map((n) => [n, ok]),
  );
});

const { AssignForm } = await import("@/components/suggestions/review/AssignForm");
const { MergeForm } = await import("@/components/suggestions/review/MergeForm");
const { ReasonMove } = await import("@/components/suggestions/review/ReasonMove");
const { KeyForm } = await import("@/components/suggestions/review/KeyFields");
const { IssueLettersForm } = await import("@/components/suggestions/review/IssueLettersForm");

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

const common = { tenantSlug: "liaoyuan", id: "01a236e8-3f06-7014-b968-886587cee87e" };
const units = [
  { id: "u1", name: "市交通运输局" },
  { id: "u2", name: "市财政局" },
];
const noKey = { isKey: false, supervisingLeaderId: null, pushingCommitteeId: null };
const clock = { dueOn: "2027年3月10日", viewDueOn: "2027年1月5日", handlingDays: 65, viewDays: 22 };

describe("the review forms", () => {
  test("assigning: lead and assisting units, the deadlines from today, the key marking", async () => {
    const out = await html(
      createElement(AssignForm, {
        ...common,
        mode: "assign",
        units,
        leaders: [{ id: "l1", name: "张主任" }],
        committees: [],
        key_: noKey,
        clock: { ...clock, unconfirmedYears: [2027] },
      }),
    );
    expect(out).toContain("主办单位");
    expect(out).toContain("市交通运输局");
    expect(out.match(/name="assistUnitIds"/g)).toHaveLength(2);
    expect(out).toContain("今天起 65 个工作日，至 2027年3月10日");
    expect(out).toContain("22 个工作日，至 2027年1月5日");
    expect(out).toContain("2027 年的节假日安排尚未确认");
    expect(out).toContain("列为重点督办建议");
  });

  test("reassigning: no key marking, a note for the units; no warning when every year is confirmed", async () => {
    const out = await html(
      createElement(AssignForm, {
        ...common,
        mode: "reassign",
        units,
        leaders: [],
        committees: [],
        key_: noKey,
        clock: { ...clock, unconfirmedYears: [] },
      }),
    );
    expect(out).toContain("重新交办");
    expect(out).toContain('name="note"');
    expect(out).not.toContain("列为重点督办建议");
    expect(out).not.toContain("尚未确认");
  });

  test("merging lists the candidates; the hand-back request shows its last day; the key form its choices", async () => {
    const merge = await html(
      createElement(MergeForm, { ...common, candidates: [{ id: "c1", label: "〔2026〕第3号 关于停车的建议" }] }),
    );
    expect(merge).toContain("〔2026〕第3号 关于停车的建议");
    expect(merge).toContain("找到 1 件");
    const handback = await html(
      createElement(ReasonMove, { ...common, action: "requestHandback", hint: "最后一天为 2026年10月13日。" }),
    );
    expect(handback).toContain("申请退回");
    expect(handback).toContain("最后一天为 2026年10月13日。");
    expect(handback).toContain('name="reason"');
    const accept = await html(createElement(ReasonMove, { ...common, action: "accept" }));
    expect(accept).toContain("立案并编号");
    expect(accept).not.toContain('name="reason"');
    const key = await html(
      createElement(KeyForm, {
        ...common,
        leaders: [{ id: "l1", name: "张主任" }],
        committees: [{ id: "k1", name: "财政经济委员会" }],
        initial: { isKey: true, supervisingLeaderId: "l1", pushingCommitteeId: null },
      }),
    );
    expect(key).toContain("张主任");
    expect(key).toContain("财政经济委员会");
    const letters = await html(createElement(IssueLettersForm, { tenantSlug: "liaoyuan", pending: 0 }));
    expect(letters).toContain("待印发交办函的交办记录 0 条");
    expect(letters).toMatch(/<button[^>]*disabled/);
  });
});
