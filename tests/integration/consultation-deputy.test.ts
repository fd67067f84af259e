// The deputy channel, a regulation's consultations and the citizen's last step, against real PostgreSQL: a deputy
// comments on an open consultation that takes deputies (stored once as a DEPUTY opinion under the deputy's name,
// counted as one person, trackable by its receipt code — which now repeats the opinion's text); a consultation
// without the channel, a closed one, another draft's article and another city's id are refused; a non-deputy may
// not; the regulation lists its consultations; before publication the summary says when results are expected.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import {
  consultationsOfRegulation,
  deputyConsultation,
  findOpinionReceipt,
  openDeputyConsultations,
  resultsExpectedBy,
  submitDeputyOpinion,
} from "@/lib/modules/consultation";
import { createTenant, createUser, sessionFor, type TestTenant, type TestUser } from "../factories";
import { createConsultation } from "../factories/consultation";
import { deputyWithAccount } from "../factories/stations";

vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

const run = (tenant: TestTenant, user: TestUser, input: unknown) =>
  executeAction(submitDeputyOpinion, tenant.slug, input, sessionFor(user)) as Promise<
    Result<{ receiptCode: string; created: boolean }>
  >;

let city: TestTenant;
let other: TestTenant;
let deputy: Awaited<ReturnType<typeof deputyWithAccount>>;
let clerk: TestUser;

beforeAll(async () => {
  city = await createTenant();
  other = await createTenant();
  deputy = await deputyWithAccount(city);
  clerk = await createUser(city, { roles: ["legislative"] });
});

describe("the deputy channel", () => {
  test("a deputy's opinion is stored once, under their name, and reads back on the receipt with its text", async () => {
    const { consultation, articles } = await createConsultation(city, { channels: ["PUBLIC", "DEPUTY"] });
    const article = articles[1]!;
    const input = {
      consultationId: consultation.id,
      articleId: article.id,
      content: "建议明确街道在犬只登记中的职责。",
    };
    const first = await run(city, deputy.user, input);
    expect(first.ok).toBe(true);
    const again = await run(city, deputy.user, { ...input, content: `  ${input.content}  ` });
    expect(again.ok && again.data).toEqual({ receiptCode: first.ok ? first.data.receiptCode : "", created: false });
    const rows = await unsafePrisma.opinion.findMany({ where: { tenantId: city.id, consultationId: consultation.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: "DEPUTY",
      name: deputy.deputy.name,
      articleId: article.id,
      submittedById: deputy.user.id,
      submitterKey: `deputy:${deputy.user.id}`,
    });
    const receipt = await findOpinionReceipt(city.id, rows[0]!.receiptCode);
    expect(receipt?.content).toBe(input.content);
    // The deputy's lists.
    expect((await openDeputyConsultations(city.id, deputy.user.id)).find((c) => c.id === consultation.id)?.mine).toBe(
      1,
    );
    const view = await deputyConsultation(city.id, deputy.user.id, consultation.id);
    expect(view?.mine.map((m) => m.articleLabel)).toEqual([article.label]);
    expect(await deputyConsultation(other.id, deputy.user.id, consultation.id)).toBeNull();
  });

  test("refused: no deputy channel, closed, another draft's article, a non-deputy, another city", async () => {
    const noChannel = await createConsultation(city, { channels: ["PUBLIC"] });
    const closed = await createConsultation(city, { window: "closed", channels: ["DEPUTY"] });
    const open = await createConsultation(city, { channels: ["DEPUTY"] });
    const text = "建议增加对流浪犬收容的规定。";
    const a = await run(city, deputy.user, { consultationId: noChannel.consultation.id, content: text });
    expect(!a.ok && a.error.code).toBe("CONFLICT");
    expect(!a.ok && a.error.message).toContain("代表渠道");
    const b = await run(city, deputy.user, { consultationId: closed.consultation.id, content: text });
    expect(!b.ok && b.error.code).toBe("CONFLICT");
    const c = await run(city, deputy.user, {
      consultationId: open.consultation.id,
      articleId: noChannel.articles[0]!.id,
      content: text,
    });
    expect(!c.ok && c.error.fieldErrors?.articleId?.[0]).toContain("条文");
    const d = await run(city, clerk, { consultationId: open.consultation.id, content: text });
    expect(!d.ok && d.error.code).toBe("FORBIDDEN");
    const foreign = await deputyWithAccount(other);
    const e = await run(other, foreign.user, { consultationId: open.consultation.id, content: text });
    expect(!e.ok && e.error.code).toBe("NOT_FOUND");
    const f = await run(city, deputy.user, { consultationId: open.consultation.id, content: "" });
    expect(!f.ok && f.error.code).toBe("VALIDATION");
    expect(
      await unsafePrisma.opinion.count({ where: { tenantId: city.id, consultationId: open.consultation.id } }),
    ).toBe(0);
  });
});

describe("a regulation's consultations and the summary before publication", () => {
  test("the regulation lists its consultations, oldest first, with their counts; none from another city", async () => {
    const first = await createConsultation(city, { window: "closed" });
    const draft = first.draft;
    const second = await createConsultation(city, { draft });
    await run(city, deputy.user, { consultationId: second.consultation.id, content: "意见" });
    const list = await consultationsOfRegulation(city.id, draft.regulationId);
    expect(list.map((c) => c.id)).toEqual([first.consultation.id, second.consultation.id]);
    expect(list.map((c) => c.state)).toEqual(["CLOSED", "OPEN"]);
    expect(await consultationsOfRegulation(other.id, draft.regulationId)).toEqual([]);
  });

  test("results are expected 30 days after the close, never on a day gone, and not once published", () => {
    const now = new Date("2026-12-03T02:00:00Z");
    const endsAt = new Date("2026-11-20T16:00:00Z");
    expect(resultsExpectedBy({ startsAt: new Date(0), endsAt, dispositionsPublishedAt: null }, now)).toEqual(
      new Date("2026-12-20T16:00:00Z"),
    );
    expect(
      resultsExpectedBy(
        { startsAt: new Date(0), endsAt: new Date("2026-10-01T00:00:00Z"), dispositionsPublishedAt: null },
        now,
      ),
    ).toBeNull();
    expect(resultsExpectedBy({ startsAt: new Date(0), endsAt, dispositionsPublishedAt: now }, now)).toBeNull();
  });
});
