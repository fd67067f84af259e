// The working-day calendar in a browser: the admin enters 2027's National Day (days off and a make-up Saturday,
// a weekday refused with its reason) and removes an entry in two steps; other staff read the calendar on a
// 360 px phone without any edit control.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql } from "./helpers";

test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

/** Leaves Liaoyuan's October 2027 as the seed has it (empty: the package does not know 2027), so reruns work. */
async function clearOctober2027() {
  await sql(
    `DELETE FROM "CalendarDay" WHERE "tenantId" = (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan')
        AND "day" BETWEEN '2027-10-01' AND '2027-10-31'`,
  );
}

test("the admin enters 2027's National Day, sees it counted, and removes an entry", async ({ page }) => {
  await clearOctober2027();
  await signIn(page, "liaoyuan", "admin");
  await page.goto("/liaoyuan/console");
  await page.getByRole("link", { name: "工作日历" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();
  // 2027 is not in the package yet: listed, flagged, weekends only.
  const card2027 = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "2027 年" }) });
  await expect(card2027.getByText("未确认")).toBeVisible();
  await expect(card2027.getByText("国务院尚未公布 — 仅按周末计算")).toBeVisible();
  await card2027.getByRole("link", { name: "2027 年" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2027 年工作日历" })).toBeVisible();
  await expect(page.getByText("本年度安排尚未确认")).toBeVisible();
  await expect(page.getByRole("button", { name: "确认 2027 年安排" })).toBeVisible();

  await page.getByLabel("节日名称").fill("国庆节");
  await page.getByLabel("放假开始").fill("2027-10-01");
  await page.getByLabel("放假结束").fill("2027-10-07");
  await page.getByRole("button", { name: "添加放假日期" }).click();
  await expect(page.getByText("已添加 7 天放假。")).toBeVisible();
  const october = page.getByRole("region", { name: "2027年10月" });
  await expect(october.getByRole("listitem")).toHaveCount(7);
  await expect(october.getByText("国庆节").first()).toBeVisible();

  // A make-up working day must be a Saturday or Sunday: Friday 8 October is refused, with the reason.
  await page.getByLabel("对应节日").fill("国庆节");
  await page.getByLabel("上班日期").fill("2027-10-08");
  await page.getByRole("button", { name: "添加调休上班日" }).click();
  await expect(page.getByText("调休上班日须为周六或周日：周一至周五本来就是工作日。")).toBeVisible();
  await page.getByLabel("上班日期").fill("2027-10-09");
  await page.getByRole("button", { name: "添加调休上班日" }).click();
  await expect(page.getByText("已添加调休上班日。")).toBeVisible();
  await expect(october.getByRole("listitem")).toHaveCount(8);
  await expect(october.getByText("调休上班")).toBeVisible();

  const stored = await sql<{ day: string; kind: string }>(
    `SELECT to_char("day", 'YYYY-MM-DD') AS day, "kind"::text AS kind FROM "CalendarDay"
      WHERE "tenantId" = (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan')
        AND "day" BETWEEN '2027-10-01' AND '2027-10-31' ORDER BY "day"`,
  );
  expect(stored.map((r) => `${r.day} ${r.kind}`)).toEqual([
    ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2027-10-${d} HOLIDAY`),
    "2027-10-09 WORKDAY",
  ]);
  await expectNoSeriousA11yViolations(page);

  // Removing asks first; cancelling keeps the entry.
  const remove = october.getByRole("button", { name: /^删除\s*：10月9日/ });
  await remove.click();
  await october.getByRole("button", { name: "取消" }).click();
  await expect(october.getByRole("listitem")).toHaveCount(8);
  await october.getByRole("button", { name: /^删除\s*：10月9日/ }).click();
  await october.getByRole("button", { name: "确定删除" }).click();
  await expect(october.getByRole("listitem")).toHaveCount(7);
  await expect(october.getByText("调休上班")).toHaveCount(0);
  await clearOctober2027();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("other staff read the calendar but see no edit controls", async ({ page }) => {
    await signIn(page, "liaoyuan", "legislative");
    await page.goto("/liaoyuan/console/calendar/2026");
    await expect(page.getByRole("heading", { level: 1, name: "2026 年工作日历" })).toBeVisible();
    await expect(page.getByText("已确认").first()).toBeVisible();
    const february = page.getByRole("region", { name: "2026年2月" });
    await expect(february.getByText("春节").first()).toBeVisible();
    await expect(february.getByText("调休上班").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^删除/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "添加放假日期" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "添加调休上班日" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "录入安排" })).toHaveCount(0);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);

    await page.goto("/liaoyuan/console/calendar/2027");
    await expect(page.getByText("本年度安排尚未确认")).toBeVisible();
    await expect(page.getByRole("button", { name: "确认 2027 年安排" })).toHaveCount(0);
  });
});
