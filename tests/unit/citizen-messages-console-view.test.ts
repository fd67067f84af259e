// The console's message components rendered to HTML in Chinese: the list as cards and a table (the phone masked,
// the overdue flag, the working days left), the timeline (public and internal steps), and the move forms with
// their labelled fields and the buttons the e2e test presses.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("@/lib/modules/citizen-messages/actions-console", () => {
  const ok = async () => ({ ok: true, data: {} });
  return Object.fromEntries(
    [
      "acceptMessageAction",
      "answerMessageAction",
      "classifyMessageAction",
      "declineMessageAction",
      "mergeMessageAction",
      "publishMessageAction",
      "reassignMessageAction",
      "refuseHandbackAction",
      "releaseReplyAction",
      "replyMessageAction",
      "requestHandbackAction",
      "returnMessageAction",
      "revealMessageContactAction",
      "sendBackReplyAction",
      "transferMessageAction",
    ].map((n) => [n, ok]),
  );
});

const { MessageList } = await import("@/components/citizen-messages/MessageList");
const { MessageMoves } = await import("@/components/citizen-messages/MessageMoves");
const { MessageTimeline } = await import("@/components/citizen-messages/MessageTimeline");

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

describe("the console's message views", () => {
  test("the list: masked phone, overdue flag and days left, a link to each message", async () => {
    const out = await html(
      createElement(MessageList, {
        base: "/shantou/console/messages",
        showUnit: true,
        rows: [
          {
            id: ID,
            receiptCode: "ABCDEFGHJK",
            title: "路灯不亮",
            category: "urban",
            stationId: ID,
            stationName: "龙湖区网上联络站",
            deputyId: null,
            deputyName: null,
            unitId: ID,
            unitName: "区城管局",
            status: "TRANSFERRED",
            dueOn: "2026-11-20",
            overdue: true,
            workingDaysLeft: -3,
            createdAt: new Date("2026-11-01T02:00:00Z"),
            phoneMasked: "138****5678",
          },
        ],
      }),
    );
    expect(out).toContain(`href="/shantou/console/messages/${ID}"`);
    expect(out).toContain("138****5678");
    expect(out).toContain("已超期");
    expect(out).toContain("超期 3 个工作日");
    expect(out).toContain("城市管理");
    expect(out).toContain("承办中");
  });

  test("the timeline marks public and internal steps", async () => {
    const out = await html(
      createElement(MessageTimeline, {
        events: [
          {
            id: "1",
            kind: "accept",
            fromStatus: "SUBMITTED",
            toStatus: "ACCEPTED",
            actorId: ID,
            actorName: "王代表",
            unitId: null,
            unitName: null,
            note: "",
            public: true,
            createdAt: new Date("2026-11-01T02:00:00Z"),
          },
          {
            id: "2",
            kind: "sendBack",
            fromStatus: "REPLIED",
            toStatus: "TRANSFERRED",
            actorId: null,
            actorName: null,
            unitId: ID,
            unitName: "区城管局",
            note: "答复不具体",
            public: false,
            createdAt: new Date("2026-11-02T02:00:00Z"),
          },
        ],
      }),
    );
    for (const text of ["受理", "王代表", "群众可见", "退回重新答复", "内部", "答复不具体", "区城管局"])
      expect(out).toContain(text);
  });

  test("the move forms: each field labelled, the buttons named", async () => {
    const out = await html(
      createElement(MessageMoves, {
        tenantSlug: "shantou",
        id: ID,
        moves: ["accept", "return", "transfer", "reply", "release", "sendBack", "merge"],
        category: "urban",
        categories: [{ value: "urban", label: "城市管理" }],
        units: [{ value: ID, label: "区城管局" }],
        currentUnitId: null,
        deadline: { days: 15, day: "2026-12-23" },
        publish: { published: false },
      }),
    );
    for (const name of ["reason", "unitId", "dueOn", "note", "body", "file", "target"])
      expect(out, name).toMatch(new RegExp(`<(textarea|select|input)[^>]*name="${name}"`));
    for (const button of [
      "受理",
      "不予受理",
      "转交承办单位",
      "提交答复",
      "审核通过，答复群众",
      "退回重新答复",
      "合并办理",
      "在公开栏展示",
    ])
      expect(out, button).toContain(`>${button}</button>`);
    expect(out).toContain("不填则为 15 个工作日后（2026-12-23）。");
    // Every control has its label.
    const ids = [...out.matchAll(/<(?:textarea|select|input)[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(out).toContain(`for="${id}"`);
  });
});
