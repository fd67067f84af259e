// The consultation module's public API and pages as an integrator and a citizen meet them: listing open
// consultations, posting an opinion with an Idempotency-Key (a replay answers the same receipt), the receipt,
// clear refusals for bad input, and 404 for everything asked of another city.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoSeriousA11yViolations } from "./helpers";

type Ids = { open: string; closed: string; article: string; otherArticle: string };

async function ids(): Promise<Ids> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query(sql)).rows[0];
    const ly = (await one(`SELECT id FROM "Tenant" WHERE slug = 'liaoyuan'`)).id;
    const cd = (await one(`SELECT id FROM "Tenant" WHERE slug = 'chengdu'`)).id;
    const open = await one(
      `SELECT id, "draftVersionId" FROM "Consultation" WHERE "tenantId" = '${ly}' AND "endsAt" > now() AND "startsAt" <= now() ORDER BY "createdAt" LIMIT 1`,
    );
    const closed = await one(`SELECT id FROM "Consultation" WHERE "tenantId" = '${cd}' AND "endsAt" < now() LIMIT 1`);
    const article = await one(
      `SELECT id FROM "DraftArticle" WHERE "tenantId" = '${ly}' AND "draftVersionId" = '${open.draftVersionId}' ORDER BY ordinal OFFSET 4 LIMIT 1`,
    );
    const otherArticle = await one(
      `SELECT id FROM "DraftArticle" WHERE "tenantId" = '${ly}' AND "draftVersionId" <> '${open.draftVersionId}' LIMIT 1`,
    );
    return { open: open.id, closed: closed.id, article: article.id, otherArticle: otherArticle.id };
  } finally {
    await client.end();
  }
}

test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

test("an integrator lists open consultations, posts an opinion twice with one key, and tracks it", async ({
  request,
}) => {
  const { open, article } = await ids();
  const list = await request.get("/api/v1/liaoyuan/consultations?status=open");
  expect(list.status()).toBe(200);
  const items = (await list.json()).data as { id: string; state: string; opinionCount: number; peopleCount: number }[];
  expect(items.find((c) => c.id === open)).toMatchObject({
    state: "OPEN",
    opinionCount: expect.any(Number),
    peopleCount: expect.any(Number),
  });
  expect(items.every((c) => c.state === "OPEN")).toBe(true);

  const key = randomUUID();
  const body = { articleId: article, content: "建议第五条增加“古树名木保护”的具体措施。", contact: "13800001234" };
  const first = await request.post(`/api/v1/liaoyuan/consultations/${open}/opinions`, {
    data: body,
    headers: { "Idempotency-Key": key },
  });
  expect(first.status()).toBe(201);
  const { receiptCode } = (await first.json()).data;
  expect(receiptCode).toMatch(/^[A-Z2-9]{10}$/);
  const replay = await request.post(`/api/v1/liaoyuan/consultations/${open}/opinions`, {
    data: body,
    headers: { "Idempotency-Key": key },
  });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect((await replay.json()).data.receiptCode).toBe(receiptCode);
  const reused = await request.post(`/api/v1/liaoyuan/consultations/${open}/opinions`, {
    data: { ...body, content: "另一条" },
    headers: { "Idempotency-Key": key },
  });
  expect(reused.status()).toBe(422);

  const receipt = await request.get(`/api/v1/liaoyuan/receipts/${receiptCode.toLowerCase()}`);
  expect(receipt.status()).toBe(200);
  const data = (await receipt.json()).data;
  expect(data).toMatchObject({
    kind: "opinion",
    code: receiptCode,
    consultationId: open,
    status: "RECEIVED",
    disposition: null,
    reason: null,
  });
  expect(JSON.stringify(data)).not.toContain("13800001234");
});

test("bad opinions get clear answers and store nothing", async ({ request }) => {
  const { open, closed, otherArticle } = await ids();
  const url = `/api/v1/liaoyuan/consultations/${open}/opinions`;
  const empty = await request.post(url, { data: { content: "" } });
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error.fieldErrors.content).toEqual(["此项为必填项。"]);
  const long = await request.post(url, { data: { content: "长".repeat(5001) } });
  expect((await long.json()).error.fieldErrors.content).toEqual(["内容过长。"]);
  const types = await request.post(url, { data: { content: 42, articleId: 7 } });
  expect(Object.keys((await types.json()).error.fieldErrors).sort()).toEqual(["articleId", "content"]);
  const wrongDraft = await request.post(url, { data: { content: "意见", articleId: otherArticle } });
  expect((await wrongDraft.json()).error.fieldErrors.articleId).toEqual(["所选条文不属于本次征求意见的草案。"]);
  const notJson = await request.post(url, {
    data: Buffer.from("content=x"),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(notJson.status()).toBe(415);
  const malformed = await request.post(url, {
    data: Buffer.from("{nope"),
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);
  const late = await request.post(`/api/v1/chengdu/consultations/${closed}/opinions`, {
    data: { content: "晚到的意见" },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.message).toMatch(/^征求意见已于.*截止，不再接收新的意见/);
  const english = await request.post(url, { data: { content: "" }, headers: { cookie: "NEXT_LOCALE=en" } });
  expect((await english.json()).error.fieldErrors.content).toEqual(["This field is required."]);
});

test("one city's consultations are 404 in another — pages and API", async ({ page, request }) => {
  const { open, closed, article } = await ids();
  for (const path of [
    `/jining/consultations/${open}`,
    `/jining/consultations/${open}/summary`,
    `/jining/consultations/not-a-uuid`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const post = await request.post(`/api/v1/jining/consultations/${open}/opinions`, {
    data: { articleId: article, content: "跨市" },
  });
  expect(post.status()).toBe(404);
  expect((await post.json()).error.code).toBe("NOT_FOUND");
  const list = (await (await request.get("/api/v1/jining/consultations")).json()).data as { id: string }[];
  expect(list.map((c) => c.id)).not.toContain(open);
  expect(list.map((c) => c.id)).not.toContain(closed);
  expect((await request.get("/api/v1/nowhere/consultations")).status()).toBe(404);
});

test("the consultations list and an open draft page work on a phone without serious a11y violations", async ({
  page,
}) => {
  const { open } = await ids();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/liaoyuan/consultations");
  await expect(page.getByRole("heading", { name: "公开征求意见", level: 1 })).toBeVisible();
  await expect(page.getByText(/还剩 \d+ 天/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/liaoyuan/consultations/${open}`);
  await expect(page.getByRole("button", { name: /对草案整体提意见/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
});
