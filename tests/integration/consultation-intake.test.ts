/* eslint-disable no-irregular-whitespace -- the draft text uses full-width spaces after article numbers, as real drafts do */
// The opinion intake against real PostgreSQL: what is stored, idempotency (sequential and concurrent), campaign
// grouping, rate limits per client and per consultation, the window, and every kind of bad input — each
// refusal clear, and nothing stored twice.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { submitOpinion } from "@/lib/modules/consultation/submit-opinion";
import { anonymousContext, auditRows, createArea, createTenant, type TestTenant } from "../factories";
import { createDraft, createRegulation } from "../factories/legislation";

const DRAFT = `测试市文明行为促进条例（草案）

第一章　总　则

第一条　为了培育和践行社会主义核心价值观，制定本条例。

第二条　本市行政区域内的文明行为促进工作，适用本条例。

第三条　文明行为促进工作坚持政府主导、社会共建、全民参与。

第四条　市、区人民政府应当将文明行为促进工作纳入国民经济和社会发展规划。

第五条　公民应当文明养犬，携犬出户时应当束犬链。`;

const HOUR = 3600_000;

async function openConsultation(
  tenant: TestTenant,
  opts: { startsAt?: Date; endsAt?: Date; published?: boolean; channels?: ("PUBLIC" | "CONTACT_POINT")[] } = {},
) {
  const regulation = await createRegulation(tenant, { stage: "DRAFTING" });
  const draft = await createDraft(tenant, regulation, DRAFT, { published: true });
  const articles = await unsafePrisma.draftArticle.findMany({
    where: { tenantId: tenant.id, draftVersionId: draft.id },
    orderBy: { ordinal: "asc" },
  });
  const consultation = await unsafePrisma.consultation.create({
    data: {
      tenantId: tenant.id,
      regulationId: regulation.id,
      draftVersionId: draft.id,
      title: "测试市文明行为促进条例（草案）公开征求意见",
      startsAt: opts.startsAt ?? new Date(Date.now() - HOUR),
      endsAt: opts.endsAt ?? new Date(Date.now() + 24 * HOUR),
      channels: opts.channels ?? ["PUBLIC", "CONTACT_POINT"],
      dispositionsPublishedAt: opts.published ? new Date() : null,
    },
  });
  return { consultation, articles, draft };
}

const ctx = () => anonymousContext();
const opinions = (tenantId: string, consultationId: string) =>
  unsafePrisma.opinion.findMany({ where: { tenantId, consultationId } });

afterEach(() => {
  delete process.env.OPINION_LIMIT_PER_CLIENT;
  delete process.env.OPINION_LIMIT_PER_CONSULTATION;
});

describe("submitOpinion", () => {
  test("stores an opinion on one article with its identity, a receipt code and an anonymous audit row", async () => {
    const tenant = await createTenant();
    const district = await createArea(tenant, undefined, "武侯区");
    const { consultation, articles } = await openConsultation(tenant);
    const fifth = articles[4]!;
    const result = await submitOpinion(
      tenant.slug,
      consultation.id,
      {
        articleId: fifth.id,
        content: "建议明确束犬链的长度不超过1.5米。",
        name: "王先生",
        contact: "13800001234",
        area: district.id,
      },
      { request: ctx(), submitterKey: "abcdefgh12345678" },
    );
    expect(result).toEqual({
      ok: true,
      data: { receiptCode: expect.stringMatching(/^[A-Z2-9]{10}$/), replayed: false },
    });
    const [row] = await opinions(tenant.id, consultation.id);
    expect(row).toMatchObject({
      articleId: fifth.id,
      articleIdentity: fifth.identity,
      channel: "PUBLIC",
      status: "RECEIVED",
      name: "王先生",
      contact: "13800001234",
      areaId: district.id,
      submitterKey: "abcdefgh12345678",
      content: "建议明确束犬链的长度不超过1.5米。",
    });
    expect(result.ok && row!.receiptCode).toBe(result.ok && result.data.receiptCode);
    const audit = await auditRows(tenant.id, { action: "opinion.submit" });
    expect(audit).toEqual([
      expect.objectContaining({ actorKind: "ANONYMOUS", entityType: "Opinion", entityId: row!.id }),
    ]);
  });

  test("an opinion on the whole draft has no article", async () => {
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const result = await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "总体赞成，建议尽快出台。" },
      { request: ctx() },
    );
    expect(result.ok).toBe(true);
    expect((await opinions(tenant.id, consultation.id)).map((o) => [o.articleId, o.articleIdentity])).toEqual([
      [null, null],
    ]);
  });

  test("the same Idempotency-Key stores one opinion and answers the same receipt — sequentially and concurrently", async () => {
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const key = randomUUID();
    const body = { content: "建议增加对高空抛物的处罚条款。" };
    const first = await submitOpinion(tenant.slug, consultation.id, body, { request: ctx(), idempotencyKey: key });
    const again = await submitOpinion(tenant.slug, consultation.id, body, { request: ctx(), idempotencyKey: key });
    expect(first.ok && again.ok).toBe(true);
    expect(again.ok && again.data).toEqual({ receiptCode: first.ok && first.data.receiptCode, replayed: true });

    const key2 = randomUUID();
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        submitOpinion(
          tenant.slug,
          consultation.id,
          { content: "双击提交测试" },
          { request: ctx(), idempotencyKey: key2 },
        ),
      ),
    );
    const codes = new Set(burst.map((r) => (r.ok ? r.data.receiptCode : r.error.code)));
    expect(codes.size).toBe(1);
    expect(burst.filter((r) => r.ok && !r.data.replayed)).toHaveLength(1);
    expect(await opinions(tenant.id, consultation.id)).toHaveLength(2);
  });

  test("a key reused for different content is refused and stores nothing", async () => {
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const key = randomUUID();
    await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "第一条意见" },
      { request: ctx(), idempotencyKey: key },
    );
    const reused = await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "另一条意见" },
      { request: ctx(), idempotencyKey: key },
    );
    expect(reused).toEqual({
      ok: false,
      error: { code: "VALIDATION", message: "该 Idempotency-Key 已用于另一条内容不同的意见；新的意见请使用新的 Key。" },
    });
    const badKey = await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "x" },
      { request: ctx(), idempotencyKey: "有中文" },
    );
    expect(badKey.ok === false && badKey.error.code).toBe("BAD_REQUEST");
    expect(await opinions(tenant.id, consultation.id)).toHaveLength(1);
  });

  test("identical texts are all kept and grouped as one campaign, whitespace aside", async () => {
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const text = "坚决反对养犬限制条款，请删除第五条！";
    for (const variant of [text, `  ${text}`, text.replace("，", "， "), text]) {
      expect((await submitOpinion(tenant.slug, consultation.id, { content: variant }, { request: ctx() })).ok).toBe(
        true,
      );
    }
    await submitOpinion(tenant.slug, consultation.id, { content: "一条不同的意见" }, { request: ctx() });
    expect(await opinions(tenant.id, consultation.id)).toHaveLength(5);
    // One row per distinct text; the copies of the repeated one counted (a campaign from CAMPAIGN_MIN_SIZE on).
    const campaigns = await unsafePrisma.opinionCampaign.findMany({
      where: { tenantId: tenant.id, consultationId: consultation.id },
      orderBy: { size: "desc" },
    });
    expect(campaigns.map((c) => c.size)).toEqual([3, 1, 1]);
  });

  test("a client over its limit gets 429 with a wait; other clients go on; rows equal acceptances", async () => {
    process.env.OPINION_LIMIT_PER_CLIENT = "3";
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(
        await submitOpinion(
          tenant.slug,
          consultation.id,
          { content: `意见${i}` },
          { request: ctx(), clientIp: "10.1.2.3" },
        ),
      );
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    const limited = results[3]!;
    expect(limited.ok === false && limited.error.code).toBe("RATE_LIMITED");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.ok === false && limited.error.message).toMatch(/^提交过于频繁，请在 \d+ 秒后再试/);
    expect(
      (
        await submitOpinion(
          tenant.slug,
          consultation.id,
          { content: "别人的意见" },
          { request: ctx(), clientIp: "10.9.9.9" },
        )
      ).ok,
    ).toBe(true);
    expect(await opinions(tenant.id, consultation.id)).toHaveLength(4);
  });

  test("the per-consultation limit holds over many clients (counted in PostgreSQL, spread over slots)", async () => {
    process.env.OPINION_LIMIT_PER_CONSULTATION = "16"; // 16 slots × 1
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submitOpinion(
          tenant.slug,
          consultation.id,
          { content: `来自${i}的意见` },
          { request: ctx(), clientIp: `10.0.0.${i}` },
        ),
      ),
    );
    const accepted = results.filter((r) => r.ok).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(16);
    expect(results.filter((r) => !r.ok && r.error.code === "RATE_LIMITED")).toHaveLength(40 - accepted);
    expect(await opinions(tenant.id, consultation.id)).toHaveLength(accepted);
  });

  test("outside the window, after publication, or without the public channel: refused with the reason", async () => {
    const tenant = await createTenant();
    const closed = await openConsultation(tenant, {
      startsAt: new Date(Date.now() - 48 * HOUR),
      endsAt: new Date(Date.now() - HOUR),
    });
    const scheduled = await openConsultation(tenant, {
      startsAt: new Date(Date.now() + HOUR),
      endsAt: new Date(Date.now() + 48 * HOUR),
    });
    const published = await openConsultation(tenant, {
      startsAt: new Date(Date.now() - 48 * HOUR),
      endsAt: new Date(Date.now() - HOUR),
      published: true,
    });
    const pointsOnly = await openConsultation(tenant, { channels: ["CONTACT_POINT"] });
    const c = await submitOpinion(tenant.slug, closed.consultation.id, { content: "晚了" }, { request: ctx() });
    expect(c.ok === false && c.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^征求意见已于\d{4}年\d{1,2}月\d{1,2}日 .*截止，不再接收新的意见/),
    });
    const s = await submitOpinion(tenant.slug, scheduled.consultation.id, { content: "早了" }, { request: ctx() });
    expect(s.ok === false && s.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("尚未开始征求意见"),
    });
    const p = await submitOpinion(tenant.slug, published.consultation.id, { content: "已公布" }, { request: ctx() });
    expect(p.ok === false && p.error.code).toBe("CONFLICT");
    const q = await submitOpinion(tenant.slug, pointsOnly.consultation.id, { content: "公众" }, { request: ctx() });
    expect(q.ok === false && q.error.code).toBe("FORBIDDEN");
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("an unknown article, an article of another draft and one of another city are field errors", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const second = await openConsultation(tenant);
    const foreign = await openConsultation(other);
    for (const articleId of [randomUUID(), second.articles[0]!.id, foreign.articles[0]!.id]) {
      const r = await submitOpinion(tenant.slug, consultation.id, { articleId, content: "意见" }, { request: ctx() });
      expect(r).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "提交的内容有误，请按提示修改。",
          fieldErrors: { articleId: ["所选条文不属于本次征求意见的草案。"] },
        },
      });
    }
    const area = await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "意见", area: randomUUID() },
      { request: ctx() },
    );
    expect(area.ok === false && area.error.fieldErrors).toEqual({ area: ["所选区域不存在，请重新选择。"] });
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("bad input gets field messages and stores nothing", async () => {
    const tenant = await createTenant();
    const { consultation } = await openConsultation(tenant);
    const cases: [unknown, string][] = [
      [{ content: "" }, "content"],
      [{ content: "   " }, "content"],
      [{ content: "长".repeat(5001) }, "content"],
      [{ content: 123 }, "content"],
      [{ content: "好", contact: "not-a-phone" }, "contact"],
      [{ content: "好", articleId: "第五条" }, "articleId"],
      [{ content: "好", name: "名".repeat(51) }, "name"],
    ];
    for (const [body, field] of cases) {
      const r = await submitOpinion(tenant.slug, consultation.id, body, { request: ctx() });
      expect(r.ok === false && r.error.code, JSON.stringify(body)).toBe("VALIDATION");
      expect(r.ok === false && Object.keys(r.error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(
      (await submitOpinion(tenant.slug, consultation.id, { content: "好", extra: 1 }, { request: ctx() })).ok,
    ).toBe(false);
    expect((await submitOpinion(tenant.slug, consultation.id, "not an object", { request: ctx() })).ok).toBe(false);
    expect(
      (await submitOpinion(tenant.slug, consultation.id, { content: "长".repeat(5000) }, { request: ctx() })).ok,
    ).toBe(true);
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  test("another city's consultation is not found; a city requiring sign-in refuses anonymous opinions", async () => {
    const tenant = await createTenant();
    const other = await createTenant({ settings: { commentsRequireSignIn: true } });
    const { consultation } = await openConsultation(tenant);
    const third = await createTenant();
    const cross = await submitOpinion(third.slug, consultation.id, { content: "跨市" }, { request: ctx() });
    expect(cross.ok === false && cross.error.code).toBe("NOT_FOUND");
    const own = await openConsultation(other);
    const anon = await submitOpinion(other.slug, own.consultation.id, { content: "匿名" }, { request: ctx() });
    expect(anon.ok === false && anon.error).toEqual({
      code: "UNAUTHENTICATED",
      message: "本市要求登录后才能发表意见，请先登录。",
    });
    // Signed in means signed in to this city: another city's staff session is refused like an anonymous one.
    const foreign = await submitOpinion(
      other.slug,
      own.consultation.id,
      { content: "外市账号" },
      {
        request: {
          ...ctx(),
          identity: { kind: "tenant", userId: randomUUID(), tenantId: third.id, authAt: Date.now() },
        },
      },
    );
    expect(foreign.ok === false && foreign.error.code).toBe("UNAUTHENTICATED");
    expect((await submitOpinion(tenant.slug, "not-a-uuid", { content: "x" }, { request: ctx() })).ok).toBe(false);
    for (const t of [tenant, other, third])
      expect(await unsafePrisma.opinion.count({ where: { tenantId: t.id } })).toBe(0);
    const local = await submitOpinion(
      other.slug,
      own.consultation.id,
      { content: "本市账号" },
      {
        request: {
          ...ctx(),
          identity: { kind: "tenant", userId: randomUUID(), tenantId: other.id, authAt: Date.now() },
        },
      },
    );
    expect(local.ok).toBe(true);
  });
});
