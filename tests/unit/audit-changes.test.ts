// The audit log in words (lib/modules/audit/changes.ts, names.ts): field-level changes with names from the modules'
// messages, phones masked wherever they appear, nested values by path, role grants by name and scope, coded values
// by name, secrets hidden, and unknown codes falling back to themselves.
import { describe, expect, test } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/translate";
import { collectRefs, describeChanges, maskText, refTypeOf, type ChangeContext } from "@/lib/modules/audit/changes";
import { auditNames } from "@/lib/modules/audit/names";
import { MANIFESTS } from "@/lib/modules/registry";

const COMMITTEE = "0190a4b0-0000-7000-8000-00000000c001";
const POINT_A = "0190a4b0-0000-7000-8000-00000000a001";
const POINT_B = "0190a4b0-0000-7000-8000-00000000a002";
const REGULATION = "0190a4b0-0000-7000-8000-00000000b001";
const LABELS: Record<string, Record<string, string>> = {
  Committee: { [COMMITTEE]: "法制工作委员会" },
  ContactPoint: { [POINT_A]: "银河社区", [POINT_B]: "东吉律师事务所" },
  Regulation: { [REGULATION]: "辽源市城市绿化条例" },
};
const TYPES = ["User", "Committee", "Unit", "ContactPoint", "Regulation", "DraftVersion", "ProposalCall", "LegalField"];

async function context(entityType: string | null, locale: Locale = "zh-CN"): Promise<ChangeContext> {
  const [messages, t] = await Promise.all([loadMessages(locale), getTranslator(locale)]);
  return {
    entityType,
    names: auditNames(messages, MANIFESTS, (key, values) => t(key as never, values as never)),
    locale,
    types: TYPES,
    label: (type, id) => (type ? LABELS[type]?.[id] : Object.values(LABELS).find((m) => m[id])?.[id]),
    roleScope: (role) => ({ committee: "Committee", unit: "Unit", contactPoint: "ContactPoint" })[role] ?? null,
  };
}

describe("describeChanges", () => {
  test("a user edit: only what changed, the phone masked on both sides, roles by name and scope", async () => {
    const before = {
      username: "zhang",
      displayName: "张三",
      phone: "13812341234",
      active: true,
      roles: [{ role: "committee", scopeId: COMMITTEE }],
    };
    const after = {
      ...before,
      phone: "13956785678",
      roles: [
        { role: "committee", scopeId: COMMITTEE },
        { role: "leader", scopeId: null },
      ],
    };
    expect(describeChanges(before, after, await context("User"))).toEqual([
      { field: "手机号码", before: "138****1234", after: "139****5678" },
      {
        field: "角色",
        before: "专门委员会工作人员（法制工作委员会）",
        after: "专门委员会工作人员（法制工作委员会）、主任会议成员",
      },
    ]);
    expect(describeChanges(before, after, await context("User", "en"))).toEqual([
      { field: "Mobile number", before: "138****1234", after: "139****5678" },
      { field: "Roles", before: "Committee staff (法制工作委员会)", after: "Committee staff (法制工作委员会), Leader" },
    ]);
  });

  test("a phone removed, a user created: what it was and what it is", async () => {
    const ctx = await context("User");
    expect(describeChanges({ phone: "13812341234" }, { phone: null }, ctx)).toEqual([
      { field: "手机号码", before: "138****1234", after: "—" },
    ]);
    expect(
      describeChanges(
        undefined,
        { username: "li", phone: "13800001111", roles: [{ role: "admin", scopeId: null }] },
        ctx,
      ),
    ).toEqual([
      { field: "用户名", after: "li" },
      { field: "手机号码", after: "138****1111" },
      { field: "角色", after: "系统管理员" },
    ]);
    // Role lists as plain codes (a new city's first admin).
    expect(describeChanges(undefined, { roles: ["admin", "leader"] }, ctx)).toEqual([
      { field: "角色", after: "系统管理员、主任会议成员" },
    ]);
  });

  test("phones and e-mail addresses inside any text are masked; contact fields whatever their shape", async () => {
    const ctx = await context("LegislativeProposal");
    const [change] = describeChanges(
      undefined,
      { reason: "已电话联系 13812341234（座机 0437-3216549），邮箱 wang.li@example.cn" },
      ctx,
    );
    expect(change!.after).toBe("已电话联系 138****1234（座机 043******549），邮箱 w***@example.cn");
    expect(describeChanges(undefined, { proposerContact: "0437-3216549" }, ctx)[0]!.after).not.toContain("3216");
    expect(maskText("无号码的文字")).toBe("无号码的文字");
    // As people write numbers: with the country code, in groups, in brackets, in full-width digits.
    for (const written of [
      "+8613812345678",
      "8613812345678",
      "138-1234-5678",
      "138 1234 5678",
      "１３８１２３４５６７８",
    ]) {
      expect(maskText(`电话${written}。`), written).toBe("电话138****5678。");
    }
    expect(maskText("座机(0431)12345678")).not.toContain("12345678");
  });

  test("nested values are named by their path; secrets are hidden", async () => {
    const ctx = await context("DraftVersion");
    expect(
      describeChanges(
        undefined,
        { label: "二审稿", source: { fileName: "草案.docx", sha256: "ab12" }, passwordHash: "x", token: "[redacted]" },
        ctx,
      ),
    ).toEqual([
      { field: "版本", after: "二审稿" },
      { field: "来源文件 · 文件名", after: "草案.docx" },
      { field: "来源文件 · 校验值", after: "ab12" },
      { field: "passwordHash", after: "（已隐去）" },
      { field: "token", after: "（已隐去）" },
    ]);
  });

  test("coded values by name, days and instants in Shanghai time, references by their label", async () => {
    const ctx = await context("Regulation");
    expect(
      describeChanges(
        { stage: "FIRST_READING" },
        { stage: "SECOND_READING", occurredOn: "2026-11-22", meeting: "第十二次会议", targetId: REGULATION },
        ctx,
      ),
    ).toEqual([
      { field: "阶段", before: "一审", after: "二审" },
      { field: "日期", after: "2026年11月22日" },
      { field: "会议", after: "第十二次会议" },
      { field: "被修改或废止的法规", after: "辽源市城市绿化条例" },
    ]);
    const consultation = await context("Consultation");
    expect(
      describeChanges(
        undefined,
        { endsAt: "2026-11-30T16:00:00.000Z", channels: ["PUBLIC", "CONTACT_POINT"], disposition: "PARTLY_ADOPTED" },
        consultation,
      ),
    ).toEqual([
      { field: "截止时间", after: "2026年12月1日 00:00" },
      { field: "意见渠道", after: "社会公众、基层立法联系点" },
      { field: "处理结果", after: "部分采纳" },
    ]);
  });

  test("lists of ids: a few by label, many by their count; a map keyed by ids names its keys", async () => {
    const ctx = await context("Consultation");
    const many = Array.from({ length: 7 }, (_, i) => `0190a4b0-0000-7000-8000-00000000d00${i}`);
    expect(
      describeChanges(
        { dueOn: { [POINT_A]: "2026-12-01" } },
        { contactPointIds: [POINT_A, POINT_B], opinionIds: many, dueOn: "2026-12-05" },
        ctx,
      ),
    ).toEqual([
      { field: "联系点", after: "银河社区、东吉律师事务所" },
      { field: "意见", after: "共 7 项" },
      { field: "截止日期", after: "2026年12月5日" },
      { field: "截止日期 · 银河社区", before: "2026年12月1日" },
    ]);
  });

  test("unknown fields and values show as themselves; equal snapshots show nothing", async () => {
    const ctx = await context("SomethingNew");
    expect(describeChanges(undefined, { brandNewField: "SOME_CODE", count: 3, on: false }, ctx)).toEqual([
      { field: "brandNewField", after: "SOME_CODE" },
      { field: "count", after: "3" },
      { field: "on", after: "否" },
    ]);
    expect(describeChanges({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, ctx)).toEqual([]);
    expect(describeChanges(null, null, ctx)).toEqual([]);
    expect(describeChanges(undefined, "plain", ctx)).toEqual([{ field: "内容", after: "plain" }]);
  });
});

describe("collectRefs and refTypeOf", () => {
  const ctx = {
    types: TYPES,
    entityType: "Regulation",
    roleScope: (r: string) => (r === "committee" ? "Committee" : null),
  };
  test("an …Id field names its entity type, by the longest matching suffix", () => {
    expect(refTypeOf("draftVersionId", ctx)).toBe("DraftVersion");
    expect(refTypeOf("callId", ctx)).toBe("ProposalCall");
    expect(refTypeOf("fieldId", ctx)).toBe("LegalField");
    expect(refTypeOf("leadCommitteeId", ctx)).toBe("Committee");
    expect(refTypeOf("draftingUnitId", ctx)).toBe("Unit");
    expect(refTypeOf("contactPointIds", ctx)).toBe("ContactPoint");
    expect(refTypeOf("coordinatorId", ctx)).toBe("User");
    expect(refTypeOf("targetId", ctx)).toBe("Regulation");
    expect(refTypeOf("mysteryId", ctx)).toBeNull();
    expect(refTypeOf("title", ctx)).toBeNull();
  });
  test("the ids to label: fields, short id lists and role scopes; not long lists", () => {
    const many = Array.from({ length: 9 }, (_, i) => `0190a4b0-0000-7000-8000-00000000e00${i}`);
    const refs = collectRefs(
      { roles: [{ role: "committee", scopeId: COMMITTEE }] },
      { targetId: REGULATION, contactPointIds: [POINT_A], opinionIds: many, note: "x" },
      ctx,
    );
    expect(Object.fromEntries([...refs].map(([k, v]) => [k, [...v]]))).toEqual({
      Committee: [COMMITTEE],
      Regulation: [REGULATION],
      ContactPoint: [POINT_A],
    });
  });
});

describe("auditNames", () => {
  test("actions and entity types from each module's namespace, core ones from console; unknown → null", async () => {
    const { names } = await context(null);
    expect(names.action("user.update")).toBe("修改用户");
    expect(names.action("auth.login")).toBe("登录");
    expect(names.action("contactPoint.submitOpinions")).toBe("联系点报送意见");
    expect(names.action("regulation.transition")).toBe("推进法规阶段");
    expect(names.entity("LegislativeProposal")).toBe("立法项目建议");
    expect(names.action("someone.elses")).toBeNull();
    expect(names.action("user")).toBeNull();
    expect(names.entity("Nothing")).toBeNull();
    const en = (await context(null, "en")).names;
    expect(en.action("user.update")).toBe("Edited a user");
    expect(en.entity("User")).toBe("User");
  });

  test("every action some module writes has a name in both languages", async () => {
    const written = [
      "auth.login",
      "auth.login_failed",
      "auth.login_refused_locked",
      "auth.locked",
      "account.changePassword",
      "system.seed",
      "user.create",
      "user.update",
      "user.disable",
      "user.enable",
      "user.resetPassword",
      "contact.reveal",
      "tenant.create",
      "proposalCall.create",
      "proposal.submit",
      "proposal.screen",
      "proposal.decide",
      "plan.create",
      "plan.addItem",
      "plan.publish",
      "regulation.create",
      "regulation.transition",
      "draft.add",
      "draft.publish",
      "legalField.create",
      "legalField.rename",
      "consultation.create",
      "consultation.publishDispositions",
      "opinion.submit",
      "opinion.dispose",
      "opinion.disposeCampaign",
      "contactPoint.create",
      "contactPoint.update",
      "contactPoint.submitOpinions",
      "consultation.assignContactPoints",
      "consultation.withdrawAssignment",
    ];
    for (const locale of ["zh-CN", "en"] as const) {
      const { names } = await context(null, locale);
      for (const code of written) expect(names.action(code), `${locale} ${code}`).toMatch(/\S/);
    }
  });
});
