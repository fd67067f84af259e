// The portal's read side of a consultation against real PostgreSQL: opinions and people counted as the public list
// shows them (contact points by the people they heard), the list's states and order, the draft page's data, the
// summary of dispositions only once published, and another tenant's ids answering nothing.
import { describe, expect, test } from "vitest";
import { countdownText, timeLeft } from "@/components/consultation-public/countdown";
import { unsafePrisma } from "@/lib/db";
import {
  countOpinions,
  getPublicConsultation,
  getPublicSummary,
  listDistricts,
  listPublicConsultations,
  SUMMARY_REASONS,
} from "@/lib/modules/consultation";
import { createArea, createTenant } from "../factories";
import { createConsultation, createContactPoint } from "../factories/consultation-points";
import { addOpinions } from "../factories/consultation-public";

const DAY = 24 * 3_600_000;
const setWindow = (tenantId: string, id: string, startsAt: number, endsAt: number) =>
  unsafePrisma.consultation.updateMany({
    where: { tenantId, id },
    data: { startsAt: new Date(Date.now() + startsAt), endsAt: new Date(Date.now() + endsAt) },
  });

describe("opinion and people counts", () => {
  test("people: each cookie id once, each unkeyed opinion once, each contact point by the most people it heard", async () => {
    const tenant = await createTenant();
    const { consultation, articles } = await createConsultation(tenant);
    const [p1, p2] = await Promise.all([createContactPoint(tenant), createContactPoint(tenant)]);
    await addOpinions(tenant, consultation, [
      { submitterKey: "key-aaaaaaaaaaaaaaaa" },
      { submitterKey: "key-aaaaaaaaaaaaaaaa", articleId: articles[0]!.id },
      { submitterKey: "key-aaaaaaaaaaaaaaaa", articleId: articles[1]!.id },
      { submitterKey: "key-bbbbbbbbbbbbbbbb" },
      { submitterKey: null },
      { submitterKey: null },
      { contactPointId: p1.id, peopleConsulted: 30 },
      { contactPointId: p1.id, peopleConsulted: 50, articleId: articles[2]!.id },
      { contactPointId: p2.id, peopleConsulted: 10 },
    ]);
    const [listed] = await listPublicConsultations(tenant.id);
    expect(listed).toMatchObject({ id: consultation.id, state: "OPEN", opinionCount: 9, peopleCount: 2 + 2 + 50 + 10 });
    const page = await getPublicConsultation(tenant.id, consultation.id);
    expect(page).toMatchObject({ opinionCount: 9, peopleCount: 64 });
  });

  test("one grouped query answers several consultations; one without opinions is absent (0 in the list)", async () => {
    const tenant = await createTenant();
    const [a, b] = await Promise.all([createConsultation(tenant), createConsultation(tenant)]);
    await addOpinions(tenant, a.consultation, [
      { submitterKey: "same-person-0000001" },
      { submitterKey: "same-person-0000001" },
    ]);
    expect(await countOpinions(tenant.id, [a.consultation.id, b.consultation.id, "not-a-uuid"])).toEqual({
      [a.consultation.id]: { opinions: 2, people: 1 },
    });
    const listed = await listPublicConsultations(tenant.id);
    expect(listed.find((c) => c.id === b.consultation.id)).toMatchObject({ opinionCount: 0, peopleCount: 0 });
  });

  test("another tenant's opinions are never counted, even when its consultation id is asked for", async () => {
    const [mine, theirs] = await Promise.all([createTenant(), createTenant()]);
    const other = await createConsultation(theirs);
    await addOpinions(theirs, other.consultation, [{}, {}, {}]);
    expect(await countOpinions(mine.id, [other.consultation.id])).toEqual({});
    expect(await listPublicConsultations(mine.id)).toEqual([]);
  });
});

describe("the public list", () => {
  test("open ones first (ending soonest first), then upcoming, then closed and published (latest first); status=open only the open", async () => {
    const tenant = await createTenant();
    const [late, soon, upcoming, closed, published] = await Promise.all([
      createConsultation(tenant),
      createConsultation(tenant),
      createConsultation(tenant, { window: "scheduled" }),
      createConsultation(tenant, { window: "closed" }),
      createConsultation(tenant, { window: "published" }),
    ]);
    await Promise.all([
      setWindow(tenant.id, late.consultation.id, -DAY, 20 * DAY),
      setWindow(tenant.id, soon.consultation.id, -DAY, 2 * DAY),
      setWindow(tenant.id, closed.consultation.id, -40 * DAY, -2 * DAY),
      setWindow(tenant.id, published.consultation.id, -60 * DAY, -30 * DAY),
    ]);
    const all = await listPublicConsultations(tenant.id);
    expect(all.map((c) => [c.id, c.state])).toEqual([
      [soon.consultation.id, "OPEN"],
      [late.consultation.id, "OPEN"],
      [upcoming.consultation.id, "SCHEDULED"],
      [closed.consultation.id, "CLOSED"],
      [published.consultation.id, "PUBLISHED"],
    ]);
    expect(all[0]).toMatchObject({
      title: soon.consultation.title,
      draftVersionId: soon.draft.id,
      regulationId: soon.consultation.regulationId,
      startsAt: expect.any(Date),
      endsAt: expect.any(Date),
    });
    const open = await listPublicConsultations(tenant.id, { status: "open" });
    expect(open.map((c) => c.id)).toEqual([soon.consultation.id, late.consultation.id]);
  });
});

describe("one consultation", () => {
  test("its draft article by article, its state and channels; another tenant's id or a malformed one is null", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    const { consultation, articles } = await createConsultation(tenant, {
      window: "closed",
      channels: ["CONTACT_POINT"],
    });
    const page = await getPublicConsultation(tenant.id, consultation.id);
    expect(page).toMatchObject({
      id: consultation.id,
      state: "CLOSED",
      publicChannel: false,
      dispositionsPublishedAt: null,
    });
    expect(page!.draft.articles.map((a) => [a.id, a.label])).toEqual(articles.map((a) => [a.id, a.label]));
    expect(page!.draft.chapters.length).toBeGreaterThan(0);
    expect(await getPublicConsultation(other.id, consultation.id)).toBeNull();
    expect(await getPublicConsultation(tenant.id, "1234")).toBeNull();
    expect(await getPublicConsultation(tenant.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  test("districts for the form: the tenant's own top-level areas only", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    const district = await createArea(tenant, undefined, "武侯区");
    await createArea(tenant, district, "玉林街道");
    await createArea(other, undefined, "别的区");
    expect(await listDistricts(tenant.id)).toEqual([{ id: district.id, name: "武侯区" }]);
  });
});

describe("the public summary of dispositions", () => {
  test("null until published; then per article (whole draft first) the opinions, dispositions with counts and reasons, no personal data", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    const { consultation, articles } = await createConsultation(tenant, { window: "closed" });
    const [first, , third] = articles;
    await addOpinions(tenant, consultation, [
      { disposition: "ADOPTED", name: "王先生", contact: "13800001234", content: "个人的意见原文" },
      { articleId: third!.id, disposition: "NOT_ADOPTED", reason: "上位法已有规定。" },
      { articleId: third!.id, disposition: "NOT_ADOPTED", reason: "上位法已有规定。" },
      { articleId: third!.id, disposition: "NOT_ADOPTED", reason: "不宜在本条例中规定。" },
      { articleId: third!.id, disposition: "PARTLY_ADOPTED", reason: "已吸收其中关于束犬链的建议。" },
      { articleId: third!.id },
      { articleId: first!.id, disposition: "REFERRED", reason: "转市城管委研究办理。" },
    ]);
    expect(await getPublicSummary(tenant.id, consultation.id)).toBeNull();
    await unsafePrisma.consultation.updateMany({
      where: { tenantId: tenant.id, id: consultation.id },
      data: { dispositionsPublishedAt: new Date() },
    });
    expect(await getPublicSummary(other.id, consultation.id)).toBeNull();
    const s = await getPublicSummary(tenant.id, consultation.id);
    expect(s).toMatchObject({
      opinionCount: 7,
      peopleCount: 7,
      consultation: { id: consultation.id, publishedAt: expect.any(Date) },
    });
    expect(s!.totals).toEqual([
      { disposition: "ADOPTED", count: 1 },
      { disposition: "PARTLY_ADOPTED", count: 1 },
      { disposition: "NOT_ADOPTED", count: 3 },
      { disposition: "REFERRED", count: 1 },
    ]);
    expect(s!.articles.map((a) => [a.label, a.opinions, a.undisposed])).toEqual([
      [null, 1, 0],
      [first!.label, 1, 0],
      [third!.label, 5, 1],
    ]);
    expect(s!.articles[2]!.dispositions).toEqual([
      { disposition: "PARTLY_ADOPTED", count: 1, reasons: [{ reason: "已吸收其中关于束犬链的建议。", count: 1 }] },
      {
        disposition: "NOT_ADOPTED",
        count: 3,
        reasons: [
          { reason: "上位法已有规定。", count: 2 },
          { reason: "不宜在本条例中规定。", count: 1 },
        ],
      },
    ]);
    const json = JSON.stringify(s);
    for (const secret of ["王先生", "13800001234", "个人的意见原文"]) expect(json).not.toContain(secret);
  });

  test("a handful of reasons per disposition, the most frequent first, while the count covers all", async () => {
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant, { window: "published" });
    const specs = Array.from({ length: SUMMARY_REASONS + 3 }, (_, i) => ({
      disposition: "NOT_ADOPTED" as const,
      reason: `理由 ${i}`,
    }));
    await addOpinions(tenant, consultation, [...specs, { disposition: "NOT_ADOPTED", reason: "理由 7" }]);
    const [whole] = (await getPublicSummary(tenant.id, consultation.id))!.articles;
    expect(whole!.dispositions[0]!.count).toBe(SUMMARY_REASONS + 4);
    expect(whole!.dispositions[0]!.reasons).toHaveLength(SUMMARY_REASONS);
    expect(whole!.dispositions[0]!.reasons[0]).toEqual({ reason: "理由 7", count: 2 });
  });
});

describe("countdown", () => {
  const now = new Date("2026-11-22T08:00:00+08:00");
  const t = (key: string, v?: Record<string, number>) => `${key}${v ? JSON.stringify(v) : ""}`;
  test("whole days and hours left, rounded down; null once passed", () => {
    expect(timeLeft(new Date("2026-11-27T11:30:00+08:00"), now)).toEqual({ days: 5, hours: 3 });
    expect(timeLeft(now, now)).toBeNull();
    expect(countdownText(t, new Date("2026-11-27T11:30:00+08:00"), now)).toBe('remaining{"days":5,"hours":3}');
    expect(countdownText(t, new Date("2026-11-22T11:59:00+08:00"), now)).toBe('remainingHours{"hours":3}');
    expect(countdownText(t, new Date("2026-11-22T08:59:00+08:00"), now)).toBe("remainingUnderHour");
    expect(countdownText(t, new Date("2026-11-21T08:00:00+08:00"), now)).toBe("ended");
  });
});
