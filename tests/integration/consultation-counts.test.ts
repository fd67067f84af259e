// The opinion counters the staff pages read (ConsultationCount and ConsultationReasonCount, kept by the triggers of
// migrations 0019 and 0021) against count(*) over the opinions, key by key: after opinions arrive through the real intake (and in bulk), after
// dispositions through the real actions (one by one, many at once, a whole campaign, and concurrently on the same
// opinions), and after opinions are deleted.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { executeAction, type ActionDef } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { consultationOverview, disposeCampaign, disposeOpinions, listConsultations } from "@/lib/modules/consultation";
import { submitOpinion } from "@/lib/modules/consultation/submit-opinion";
import { anonymousContext, createTenant, createUser, sessionFor, type TestTenant, type TestUser } from "../factories";
import { createCampaign, createConsultation, createOpinions } from "../factories/consultation";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function act(def: ActionDef<any, any>, tenant: TestTenant, user: TestUser, input: Record<string, unknown>) {
  return executeAction(def, tenant.slug, input, sessionFor(user));
}

type Key = { identity: string | null; disposition: string | null; n: number };
const order = (rows: Key[]) =>
  [...rows].sort((a, b) => `${a.identity}|${a.disposition}`.localeCompare(`${b.identity}|${b.disposition}`));

/** Every (article, disposition) key of the consultation: the opinions counted, and the counters summed. */
async function both(tenantId: string, consultationId: string) {
  const counted = await unsafePrisma.$queryRaw<Key[]>`
    SELECT "articleIdentity"::text AS identity, "disposition"::text AS disposition, count(*)::int AS n FROM "Opinion"
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid GROUP BY 1, 2`;
  const kept = await unsafePrisma.$queryRaw<Key[]>`
    SELECT "articleIdentity"::text AS identity, "disposition"::text AS disposition, sum("n")::int AS n
    FROM "ConsultationCount" WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid
    GROUP BY 1, 2 HAVING sum("n") <> 0`;
  return { counted: order(counted), kept: order(kept) };
}

type ReasonKey = {
  identity: string | null;
  disposition: string;
  reason: string | null;
  adopted: string | null;
  n: number;
};

/** Every (article, disposition, reason, adopted article) group of the disposed opinions, both ways. */
async function reasons(tenantId: string, consultationId: string) {
  const sort = (rows: ReasonKey[]) =>
    rows.map((r) => `${r.identity}|${r.disposition}|${r.reason}|${r.adopted}|${r.n}`).sort();
  const counted = await unsafePrisma.$queryRaw<ReasonKey[]>`
    SELECT "articleIdentity"::text AS identity, "disposition"::text AS disposition, "reason", "adoptedArticleId"::text AS adopted,
      count(*)::int AS n FROM "Opinion"
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid AND "disposition" IS NOT NULL
    GROUP BY 1, 2, 3, 4`;
  const kept = await unsafePrisma.$queryRaw<ReasonKey[]>`
    SELECT "articleIdentity"::text AS identity, "disposition"::text AS disposition, "reason", "adoptedArticleId"::text AS adopted,
      sum("n")::int AS n FROM "ConsultationReasonCount"
    WHERE "tenantId" = ${tenantId}::uuid AND "consultationId" = ${consultationId}::uuid
    GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0`;
  return { counted: sort(counted), kept: sort(kept) };
}

async function expectExact(tenantId: string, consultationId: string) {
  const { counted, kept } = await both(tenantId, consultationId);
  expect(kept).toEqual(counted);
  const byReason = await reasons(tenantId, consultationId);
  expect(byReason.kept).toEqual(byReason.counted);
  return counted;
}

beforeEach(() => {
  process.env.OPINION_LIMIT_PER_CLIENT = "100000";
  process.env.OPINION_LIMIT_PER_CONSULTATION = "100000";
});
afterEach(() => {
  delete process.env.OPINION_LIMIT_PER_CLIENT;
  delete process.env.OPINION_LIMIT_PER_CONSULTATION;
});

describe("opinion counters", () => {
  test("exact after the intake, after dispositions (single, batch, campaign, concurrent) and after deletes", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    const c = await createConsultation(tenant);
    const { consultation, articles } = c;
    // Through the real intake, concurrently: on three articles and on the whole draft.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submitOpinion(
          tenant.slug,
          consultation.id,
          { ...(i % 4 === 3 ? {} : { articleId: articles[i % 4]!.id }), content: `关于第${i % 4}条的意见，编号${i}。` },
          { request: anonymousContext() },
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(40);
    // A replayed submission (same idempotency key) is stored, and counted, once.
    const body = { articleId: articles[0]!.id, content: "同一个意见只提交一次。" };
    await submitOpinion(tenant.slug, consultation.id, body, { request: anonymousContext(), idempotencyKey: "k-1" });
    await submitOpinion(tenant.slug, consultation.id, body, { request: anonymousContext(), idempotencyKey: "k-1" });
    // In bulk, and a campaign.
    await createOpinions(tenant, consultation, 25);
    const campaign = await createCampaign(tenant, consultation, { size: 12 });
    let counted = await expectExact(tenant.id, consultation.id);
    expect(counted.reduce((s, k) => s + k.n, 0)).toBe(40 + 1 + 25 + 12);

    const ids = (
      await unsafePrisma.opinion.findMany({
        where: { tenantId: tenant.id, consultationId: consultation.id, contentHash: { not: campaign.contentHash } },
        orderBy: { receiptCode: "asc" },
        select: { id: true },
      })
    ).map((o) => o.id);
    // One, then many, then the campaign.
    expect(
      (
        await act(disposeOpinions, tenant, staff, {
          consultationId: consultation.id,
          opinionIds: [ids[0]],
          disposition: "ADOPTED",
        })
      ).ok,
    ).toBe(true);
    const many = {
      consultationId: consultation.id,
      opinionIds: ids.slice(1, 20),
      disposition: "NOT_ADOPTED",
      reason: "条例已有规定",
    };
    expect((await act(disposeOpinions, tenant, staff, many)).ok).toBe(true);
    const whole = {
      consultationId: consultation.id,
      contentHash: campaign.contentHash,
      disposition: "DUPLICATE",
      reason: "内容相同，已合并处理",
    };
    expect((await act(disposeCampaign, tenant, staff, whole)).ok).toBe(true);
    await expectExact(tenant.id, consultation.id);

    // Concurrently, overlapping: the same opinions redisposed by several staff members at once, each to another
    // disposition. Whatever order they commit in, each opinion is counted once, under its final disposition.
    const overlapping = ids.slice(10, 40);
    const dispositions = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "REFERRED", "DUPLICATE"] as const;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        act(disposeOpinions, tenant, staff, {
          consultationId: consultation.id,
          opinionIds: i % 2 ? overlapping : [...overlapping].reverse(),
          disposition: dispositions[i % 5],
          ...(dispositions[i % 5] === "ADOPTED" ? {} : { reason: `理由${i}` }),
        }),
      ),
    );
    expect(outcomes.filter((r) => r.ok).length).toBeGreaterThan(0);
    counted = await expectExact(tenant.id, consultation.id);
    expect(counted.reduce((s, k) => s + k.n, 0)).toBe(78);

    // What the pages show comes from the counters and agrees with them.
    const overview = await consultationOverview(tenant.id, consultation);
    expect(overview.total).toBe(78);
    expect(overview.pending).toBe(counted.filter((k) => k.disposition === null).reduce((s, k) => s + k.n, 0));
    const list = await listConsultations(tenant.id);
    expect(list.rows.find((r) => r.id === consultation.id)).toMatchObject({ opinions: 78, pending: overview.pending });

    // Deleting opinions (as a deleted consultation's cascade does) lowers the counters too.
    await unsafePrisma.opinion.deleteMany({ where: { tenantId: tenant.id, id: { in: ids.slice(0, 15) } } });
    counted = await expectExact(tenant.id, consultation.id);
    expect(counted.reduce((s, k) => s + k.n, 0)).toBe(63);
  }, 60_000);

  test("another consultation's opinions are not counted", async () => {
    const tenant = await createTenant();
    const a = await createConsultation(tenant);
    const b = await createConsultation(tenant);
    await createOpinions(tenant, a.consultation, 5);
    await createOpinions(tenant, b.consultation, 3);
    expect((await consultationOverview(tenant.id, a.consultation)).total).toBe(5);
    expect((await consultationOverview(tenant.id, b.consultation)).total).toBe(3);
    await expectExact(tenant.id, a.consultation.id);
    await expectExact(tenant.id, b.consultation.id);
  });
});
