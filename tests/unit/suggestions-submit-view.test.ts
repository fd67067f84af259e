// Submission's client forms rendered to HTML in Chinese: the draft form (the kind and timing choices, the
// session offered, the counters, the lead picker only for the office, a motion's rule and bill field), the
// session form, the author's submit / withdraw and a co-signer's confirm / decline.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";

vi.mock("server-only", () => ({}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("@/lib/modules/suggestions/actions-submit", () => {
  const ok = async () => ({ ok: true, data: {} });
  return Object.fromEntries(
    [
      "cosignSuggestionAction",
      "createSessionAction",
      "createSuggestionAction",
      "declineCosignAction",
      "searchSuggestionDeputiesAction",
      "submitSuggestionAction",
      "updateSessionAction",
      "updateSuggestionAction",
      "withdrawSuggestionAction",
    ].map((n) => [n, ok]),
  );
});

const { SuggestionForm } = await import("@/components/suggestions/submit/SuggestionForm");
const { SessionForm } = await import("@/components/suggestions/submit/SessionForm");
const { CosignButtons, SubmitButton, WithdrawForm } = await import("@/components/suggestions/submit/SubmitButtons");

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
const SESSION = "01a236e8-3f06-7014-b968-886587cee87f";
const base = {
  tenantSlug: "liaoyuan",
  sessions: [
    { value: SESSION, label: "辽源市第九届人民代表大会第三次会议", open: true },
    { value: ID, label: "辽源市第九届人民代表大会第二次会议", open: false },
  ],
  categories: [{ value: "urban", label: "城乡建设" }],
  minSigners: 10,
};

describe("the draft form", () => {
  test("a deputy's new draft: a suggestion at the open session, counters, co-signers, no lead picker", async () => {
    const out = await html(createElement(SuggestionForm, { ...base, chooseLead: false, leadDeputyId: ID }));
    for (const s of ["建议、批评和意见", "议案", "大会期间", "闭会期间", "附议代表", "保存草稿", "城乡建设"])
      expect(out).toContain(s);
    expect(out).toContain("已输入0字，最多100字");
    expect(out).toContain("已输入0字，最多10000字");
    expect(out).toMatch(/<option value="[^"]+" selected="">辽源市第九届人民代表大会第三次会议<\/option>/);
    expect(out).toContain("辽源市第九届人民代表大会第二次会议（已截止）");
    expect(out).not.toContain("领衔代表");
    expect(out).not.toContain('name="bill"');
  });

  test("the office's draft picks the lead; an edited motion shows its rule, its bill field and its files", async () => {
    expect(await html(createElement(SuggestionForm, { ...base, chooseLead: true }))).toContain("领衔代表");
    const out = await html(
      createElement(SuggestionForm, {
        ...base,
        id: ID,
        chooseLead: false,
        leadDeputyId: ID,
        initial: {
          kind: "MOTION",
          timing: "RECESS",
          sessionId: null,
          title: "关于制定养犬管理条例的议案",
          body: "正文",
          category: "urban",
          cosigners: [{ id: SESSION, name: "王芳", delegation: "龙山区代表团" }],
          files: [{ id: SESSION, fileName: "调研报告.pdf" }],
          bill: { id: ID, fileName: "议案文本.docx" },
        },
      }),
    );
    expect(out).toContain("议案须由10名以上代表联名");
    expect(out).toContain('name="bill"');
    expect(out).toContain("王芳");
    expect(out).toContain("删除 议案文本.docx");
    expect(out).toContain("删除 调研报告.pdf");
    expect(out).not.toContain('name="sessionId"');
  });
});

describe("the other forms", () => {
  test("the session form names every field; a session's edit fills them", async () => {
    const out = await html(
      createElement(SessionForm, {
        tenantSlug: "liaoyuan",
        session: {
          id: ID,
          term: "第九届",
          number: 3,
          name: "辽源市第九届人民代表大会第三次会议",
          year: 2026,
          opensOn: "2026-01-10",
          closesOn: "2026-01-13",
          deadlineOn: "2026-01-12",
          open: false,
        },
      }),
    );
    for (const s of ["届次", "第几次会议", "会议名称", "开幕日期", "闭幕日期", "建议截止日期", "保存修改"])
      expect(out).toContain(s);
    expect(out).toContain('value="2026-01-12"');
  });

  test("submit, withdraw and the co-signer's answers", async () => {
    expect(await html(createElement(SubmitButton, { tenantSlug: "liaoyuan", id: ID, warning: "不足" }))).toContain(
      "提交",
    );
    expect(await html(createElement(WithdrawForm, { tenantSlug: "liaoyuan", id: ID }))).toContain("撤回");
    const pending = await html(createElement(CosignButtons, { tenantSlug: "liaoyuan", id: ID, state: "pending" }));
    expect(pending).toContain("确认附议");
    expect(pending).toContain("不附议");
    const confirmed = await html(createElement(CosignButtons, { tenantSlug: "liaoyuan", id: ID, state: "confirmed" }));
    expect(confirmed).toContain("您已附议这件建议。");
    expect(confirmed).not.toContain("确认附议");
  });
});
