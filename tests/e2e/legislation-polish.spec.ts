import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// Issue #14 in the browser: the board's every stage in view at a desk (1366 px) and on a phone (390 px) — a stage
// strip with counts that jumps to its column; the plan's progress table readable on a phone; the public summary
// before publication saying the results are pending; a deputy commenting on a consultation from the console.
test.use({ actionTimeout: 30_000 });

for (const width of [1366, 390]) {
  test(`the board at ${width} px: every stage in the strip, a stage jumps to its column, axe`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "liaoyuan", "legislative");
    await page.goto("/liaoyuan/console/legislation");
    const strip = page.getByRole("navigation", { name: "各阶段" });
    for (const stage of [
      "立项",
      "起草",
      "论证",
      "提请审议",
      "一审",
      "二审",
      "三审",
      "表决通过",
      "报省批准",
      "公布施行",
    ])
      await expect(strip.getByRole("link", { name: new RegExp(`^${stage}\\s*\\d+$`) })).toBeVisible();
    await strip.getByRole("link", { name: /^公布施行/ }).click();
    await expect(page).toHaveURL(/#col-PROMULGATED$/);
    await expect(page.getByRole("heading", { level: 2, name: /^公布施行/ })).toBeInViewport();
    await expect(page.getByText(/共 \d+ 个阶段，左右滑动查看/)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });
}

test("the plan's progress table on a phone: a scroll hint, names not crushed, axe", async ({ page }) => {
  const [plan] = await sql<{ id: string }>(
    `SELECT p."id"::text AS id FROM "LegislativePlan" p JOIN "Tenant" t ON t."id" = p."tenantId"
     WHERE t."slug" = 'liaoyuan' ORDER BY p."createdAt" LIMIT 1`,
  );
  if (!plan) throw new Error("the Liaoyuan demo lacks a plan");
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "liaoyuan", "legislative");
  await page.goto(`/liaoyuan/console/legislation/plans/${plan.id}`);
  await expect(page.getByText("表格较宽，可左右滑动查看各列。")).toBeVisible();
  const title = page.getByRole("region").locator("tbody tr").first().locator("td").nth(1);
  expect((await title.boundingBox())!.width).toBeGreaterThan(200);
  await expectNoSeriousA11yViolations(page);
});

test("the public summary before publication says the results are pending, on a phone", async ({ page }) => {
  const [c] = await sql<{ id: string }>(
    `SELECT c."id"::text AS id FROM "Consultation" c JOIN "Tenant" t ON t."id" = c."tenantId"
     WHERE t."slug" = 'liaoyuan' AND c."dispositionsPublishedAt" IS NULL ORDER BY c."createdAt" LIMIT 1`,
  );
  if (!c) throw new Error("the Liaoyuan demo lacks an unpublished consultation");
  await page.setViewportSize({ width: 390, height: 844 });
  const res = await page.goto(`/liaoyuan/consultations/${c.id}/summary`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText("处理结果尚未公布")).toBeVisible();
  await expect(page.getByText(/征求意见(进行中|已于)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a deputy comments on a consultation from the console and tracks it by its receipt", async ({ page }) => {
  const [c] = await sql<{ id: string; title: string }>(
    `UPDATE "Consultation" c SET "channels" = array_append(c."channels", 'DEPUTY')
     FROM "Tenant" t WHERE t."id" = c."tenantId" AND t."slug" = 'liaoyuan'
       AND c."startsAt" <= now() AND c."endsAt" > now() AND c."dispositionsPublishedAt" IS NULL
       AND NOT ('DEPUTY' = ANY(c."channels"))
     RETURNING c."id"::text AS id, c."title"`,
  );
  const [open] = c
    ? [c]
    : await sql<{ id: string; title: string }>(
        `SELECT c."id"::text AS id, c."title" FROM "Consultation" c JOIN "Tenant" t ON t."id" = c."tenantId"
         WHERE t."slug" = 'liaoyuan' AND c."startsAt" <= now() AND c."endsAt" > now()
           AND 'DEPUTY' = ANY(c."channels") LIMIT 1`,
      );
  if (!open) throw new Error("the Liaoyuan demo lacks an open consultation");
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "liaoyuan", "deputy");
  await page.goto("/liaoyuan/console/consultations/deputy");
  await page.getByRole("listitem").filter({ hasText: open.title }).getByRole("link", { name: "提意见" }).click();
  await page.waitForURL(new RegExp(`/console/consultations/deputy/${open.id}$`));
  const text = unique("建议进一步明确有关部门的职责分工。");
  await page.getByLabel(/^意见内容/).fill(text);
  await page.getByRole("button", { name: "提交意见" }).click();
  await expect(page.getByRole("status").filter({ hasText: "意见已提交，回执编号" })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole("link", { name: /^[A-Z0-9]{8,}$/ })
    .first()
    .click();
  await expect(page.getByText("您的意见原文")).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
});
