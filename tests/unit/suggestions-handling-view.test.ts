// The handling part's client forms rendered to HTML in Chinese (their labelled fields, the reply's A/B/C choice,
// the rating's three large choices, the warning of missing assisting views), and what the panel offers whom
// (handlingPowers): who may send a view, reply, rate, reopen or record a meeting, and whose views each reads.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";
import { todayInShanghai } from "@/lib/dates";
import type { SuggestionDetail, SuggestionViewer } from "@/lib/modules/suggestions";

vi.mock("server-only", () => ({}));
vi.mock("next-intl/server", async () => {
  const { getTranslator } = await import("@/lib/i18n/translate");
  type T = ((key: string, values?: Record<string, unknown>) => string) & { has: (key: string) => boolean };
  return {
    getTranslations: async (namespace?: string) => {
      const t = (await getTranslator("zh-CN")) as unknown as T;
      const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
      return Object.assign((key: string, values?: Record<string, unknown>) => t(full(key), values), {
        has: (key: string) => t.has(full(key)),
      });
    },
    getFormatter: async () => ({ dateTime: (d: Date) => todayInShanghai(d) }),
  };
});
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("@/lib/modules/suggestions/actions-handling", () => {
  const ok = async () => ({ ok: true, data: {} });
  return Object.fromEntries(
    [
      "followUpSuggestionAction",
      "rateSuggestionAction",
      "recordSuggestionContactAction",
      "recordSuggestionMeetingAction",
      "reopenSuggestionAction",
      "replySuggestionAction",
      "sendSuggestionViewAction",
    ].map((n) => [n, ok]),
  );
});

const { ReplyForm } = await import("@/components/suggestions/handling/ReplyForm");
const { RateForm } = await import("@/components/suggestions/handling/RateForm");
const { FollowUpForm } = await import("@/components/suggestions/handling/FollowUpForm");
const { ContactForm, MeetingForm, ReopenForm, ViewForm } =
  await import("@/components/suggestions/handling/RecordForms");
const { handlingPowers } = await import("@/lib/modules/suggestions/handling-policy");
const { HandlingRecords } = await import("@/components/suggestions/handling/HandlingRecords");

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
const common = { tenantSlug: "liaoyuan", id: ID };

describe("the handling forms", () => {
  test("the first reply: A chosen, no date or reason field yet, the letter required, missing views warned", async () => {
    const out = await html(
      createElement(ReplyForm, {
        ...common,
        rehandle: false,
        dueOn: "2027年3月1日",
        minPromised: "2026-12-03",
        missingViews: ["市交通运输局", "市财政局"],
      }),
    );
    expect(out).toContain("答复代表");
    expect(out).toContain("办理期限：2027年3月1日");
    for (const c of ["A类（已解决或采纳）", "B类（列入计划解决）", "C类（留作参考）"]) expect(out).toContain(c);
    expect(out).toMatch(/<input type="radio"[^>]*name="category" checked=""[^>]*value="A"/);
    expect(out).not.toContain('name="promisedOn"');
    expect(out).not.toContain('name="reason"');
    expect(out).toContain("以下协办单位尚未报送意见：市交通运输局、市财政局");
    expect(out).toMatch(/<input type="file"[^>]*aria-required="true" name="letter"/);
  });

  test("a reply after re-handling: its own title, the letter optional", async () => {
    const out = await html(
      createElement(ReplyForm, { ...common, rehandle: true, dueOn: null, minPromised: "2026-12-03", missingViews: [] }),
    );
    expect(out).toContain("重新办理后答复");
    expect(out).toContain("答复函（可选");
    expect(out).not.toContain("尚未报送意见");
  });

  test("the rating: three large choices and a comment; the follow-up, the view, the contact, the meeting, the reopening", async () => {
    const rate = await html(createElement(RateForm, { ...common, rehandleLeft: true, rehandleDays: 22 }));
    expect(rate.match(/type="radio"[^>]*name="satisfaction"/g)).toHaveLength(3);
    for (const s of ["满意", "基本满意", "不满意"]) expect(rate).toContain(`<span>${s}</span>`);
    expect(rate).toContain("min-h-14");
    expect(rate).toContain('name="comment"');

    const follow = await html(
      createElement(FollowUpForm, { ...common, promisedOn: "2027年1月1日", minPromised: "2026-12-03" }),
    );
    expect(follow).toContain("原承诺于2027年1月1日前解决");
    expect(follow).toContain("已解决（转为A类）");

    const view = await html(createElement(ViewForm, { ...common, dueOn: "2027年1月5日", body: "原意见" }));
    expect(view).toContain("修改协办意见");
    expect(view).toContain("原意见");

    const contact = await html(createElement(ContactForm, { ...common, today: "2026-12-02" }));
    expect(contact).toContain('max="2026-12-02"');
    expect(contact).toContain("办理前见面");
    expect(contact).toContain("上门走访");

    const meeting = await html(createElement(MeetingForm, { ...common, today: "2026-12-02" }));
    expect(meeting).toContain("约见情况");
    const reopen = await html(createElement(ReopenForm, { ...common, days: 22 }));
    expect(reopen).toContain("期限22个工作日");
  });
});

describe("the handling record", () => {
  test("a rated reply with its letter, a late view, a missing one, a contact and a meeting", async () => {
    const LETTER = "01a236e8-3f06-7014-b968-886587cee880";
    const view = {
      id: "v1",
      unitId: "u2",
      unitName: "市财政局",
      role: "ASSIST" as const,
      round: 1,
      assignedAt: new Date("2026-10-01T02:00:00Z"),
      dueOn: "2027-01-05",
      viewDueOn: "2026-11-01",
      active: true,
      endedAt: null,
      handbackRequestedAt: null,
      handbackReason: null,
      viewBody: "同意安排资金。",
      viewAt: new Date("2026-11-03T02:00:00Z"),
      viewAttachmentId: null,
      letterId: null,
    };
    const node = await HandlingRecords({
      tenantSlug: "liaoyuan",
      unitNames: new Map([["u1", "市住建局"]]),
      views: [view, { ...view, id: "v2", unitName: "市交通运输局", viewBody: null, viewAt: null }],
      records: {
        replies: [
          {
            id: "r1",
            unitId: "u1",
            kind: "FIRST",
            category: "B",
            body: "列入明年计划。",
            reason: null,
            promisedOn: "2027-06-30",
            letterAttachmentId: LETTER,
            createdAt: new Date("2026-11-20T02:00:00Z"),
            satisfaction: "BASIC",
            satisfactionComment: "希望按期完成。",
            ratedAt: new Date("2026-11-21T02:00:00Z"),
          },
        ],
        contacts: [
          {
            id: "c1",
            unitId: "u1",
            stage: "BEFORE",
            on: "2026-10-10",
            way: "visit",
            content: "上门听取意见。",
            createdAt: new Date(),
          },
        ],
        meetings: [
          {
            id: "m1",
            leaderId: "l1",
            on: "2026-11-15",
            place: "常委会会议室",
            participants: "市住建局",
            content: "约见承办单位。",
            createdAt: new Date(),
          },
        ],
      },
    });
    const out = renderToStaticMarkup(node);
    expect(out).toContain("B类（列入计划解决）");
    expect(out).toContain("市住建局 · 2026-11-20答复");
    expect(out).toContain("2027-06-30");
    expect(out).toContain("基本满意");
    expect(out).toContain("希望按期完成。");
    expect(out).toContain(`href="/api/v1/liaoyuan/attachments/${LETTER}"`);
    expect(out).toContain("逾期报送");
    expect(out).toContain("已逾期未报");
    expect(out).toContain("办理前见面 · 2026-10-10 · 上门走访");
    expect(out).toContain("常委会会议室");
  });
});

describe("what the panel offers whom", () => {
  const lead = "11111111-1111-4111-8111-111111111111";
  const assist = "22222222-2222-4222-8222-222222222222";
  const other = "33333333-3333-4333-8333-333333333333";
  const deputy = "44444444-4444-4444-8444-444444444444";
  const assignment = (unitId: string, role: "LEAD" | "ASSIST") => ({
    id: `${unitId.slice(0, 8)}-0000-4000-8000-000000000000`,
    unitId,
    unitName: role,
    role,
    round: 1,
    assignedAt: new Date(),
    dueOn: "2027-03-01",
    viewDueOn: role === "ASSIST" ? "2027-01-05" : null,
    active: true,
    endedAt: null,
    handbackRequestedAt: null,
    handbackReason: null,
    viewBody: null,
    viewAt: null,
    viewAttachmentId: null,
    letterId: null,
  });
  const s = (status: SuggestionDetail["status"], moves: SuggestionDetail["moves"] = []) =>
    ({
      status,
      moves,
      mayRecordMeeting: false,
      assignments: [assignment(lead, "LEAD"), assignment(assist, "ASSIST")],
      scope: {
        status,
        createdById: null,
        leadDeputyId: deputy,
        signerDeputyIds: [deputy],
        leadUnitId: lead,
        activeUnitIds: [lead, assist],
        unitIds: [lead, assist],
        isKey: false,
        supervisingLeaderId: null,
        pushingCommitteeId: null,
      },
    }) as unknown as SuggestionDetail;
  const unit = (scopeId: string): SuggestionViewer => ({
    id: "u",
    roles: ["unit"],
    scopes: [{ role: "unit", scopeId }],
    deputyId: null,
  });

  test("the assisting unit sends its view while the clock runs, and reads only its own; the lead unit reads all", () => {
    expect(handlingPowers(unit(assist), s("ASSIGNED")).viewAssignment?.unitId).toBe(assist);
    expect(handlingPowers(unit(assist), s("HANDBACK_REQUESTED")).viewAssignment).not.toBeNull();
    expect(handlingPowers(unit(assist), s("REPLIED")).viewAssignment).toBeNull();
    expect(handlingPowers(unit(lead), s("ASSIGNED")).viewAssignment).toBeNull();
    expect(handlingPowers(unit(assist), s("ASSIGNED")).views.map((v) => v.unitId)).toEqual([assist]);
    expect(handlingPowers(unit(lead), s("ASSIGNED")).views.map((v) => v.unitId)).toEqual([assist]);
    expect(handlingPowers(unit(other), s("ASSIGNED")).views).toEqual([]);
    const theDeputy: SuggestionViewer = { id: "d", roles: ["deputy"], scopes: [], deputyId: deputy };
    expect(handlingPowers(theDeputy, s("ASSIGNED")).views).toHaveLength(1);
  });

  test("contacts for the lead unit only; reply, rate, follow-up and reopen as the suggestion's moves allow", () => {
    expect(handlingPowers(unit(lead), s("ASSIGNED")).contact).toBe(true);
    expect(handlingPowers(unit(assist), s("ASSIGNED")).contact).toBe(false);
    expect(handlingPowers(unit(lead), s("ASSIGNED", ["reply"])).reply).toBe(true);
    expect(handlingPowers(unit(lead), s("ASSIGNED")).reply).toBe(false);
    const p = handlingPowers(unit(lead), s("REPLIED", ["rate", "followUp", "reopen"]));
    expect([p.rate, p.followUp, p.reopen, p.meeting]).toEqual([true, true, true, false]);
  });
});
