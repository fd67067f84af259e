// Each page has its own <title> (issue #9, 6f): "page · city · 连心", so a browser's tabs tell the console's parts
// apart. Detail pages name their object, but only to a member who may see it: anyone else reads the section's name
// (or the sign-in page's). tests/unit/page-titles.test.ts makes sure no page lacks a title.
import { expect, test, type Page } from "@playwright/test";
import { signIn, sql } from "./helpers";

const CITY = "辽源市人大常委会 · 连心";

/** Opens each path and checks its title; then that no two of them read the same. */
async function expectTitles(page: Page, titles: Record<string, string>) {
  for (const [path, title] of Object.entries(titles)) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
  const all = Object.values(titles);
  expect(new Set(all).size, all.join(" | ")).toBe(all.length);
}

/** Liaoyuan's seeded regulation 辽源市城市绿化条例. */
async function greening(): Promise<{ id: string; title: string }> {
  const [row] = await sql<{ id: string; title: string }>(
    `SELECT r."id"::text AS id, r."title" FROM "Regulation" r JOIN "Tenant" t ON t."id" = r."tenantId"
      WHERE t."slug" = 'liaoyuan' AND r."title" = '辽源市城市绿化条例' LIMIT 1`,
  );
  expect(row).toBeDefined();
  return row!;
}

test("the console's pages each have their own title: page · city · 连心", async ({ page }) => {
  await signIn(page, "liaoyuan", "admin");
  await expect(page).toHaveURL(/\/liaoyuan\/console$/);
  await expectTitles(page, {
    "/liaoyuan/console": `工作台 · ${CITY}`,
    "/liaoyuan/console/users": `用户管理 · ${CITY}`,
    "/liaoyuan/console/users/new": `新建用户 · ${CITY}`,
    "/liaoyuan/console/audit": `审计日志 · ${CITY}`,
    "/liaoyuan/console/reference": `基础数据 · ${CITY}`,
    "/liaoyuan/console/legislation": `法规项目 · ${CITY}`,
    "/liaoyuan/console/legislation/in-force": `现行有效法规 · ${CITY}`,
    "/liaoyuan/console/legislation/calls": `立法项目征集 · ${CITY}`,
    "/liaoyuan/console/legislation/plans": `立法规划计划 · ${CITY}`,
    "/liaoyuan/console/legislation/fields": `立法领域 · ${CITY}`,
    "/liaoyuan/console/consultations": `征求意见 · ${CITY}`,
    "/liaoyuan/console/contact-points": `基层立法联系点 · ${CITY}`,
    "/liaoyuan/console/account": `修改密码 · ${CITY}`,
  });
});

test("the portal's pages each have their own title; the home page is the city's name", async ({ page }) => {
  await expectTitles(page, {
    "/liaoyuan": CITY,
    "/liaoyuan/login": `工作人员登录 · ${CITY}`,
    "/liaoyuan/plans": `立法规划与计划 · ${CITY}`,
    "/liaoyuan/drafts": `法规草案 · ${CITY}`,
    "/liaoyuan/consultations": `公开征求意见 · ${CITY}`,
    "/liaoyuan/track": `办理查询 · ${CITY}`,
  });
  await page.goto("/");
  await expect(page).toHaveTitle("选择您所在的城市 · 连心");
  await page.goto("/platform/login");
  await expect(page).toHaveTitle("平台运维登录 · 连心");
});

test.describe("a regulation's pages", () => {
  test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

  test("name the regulation, in the console with its section", async ({ page }) => {
    const reg = await greening();
    await page.goto(`/liaoyuan/regulations/${reg.id}`);
    await expect(page).toHaveTitle(`${reg.title} · ${CITY}`);

    await signIn(page, "liaoyuan", "legislative");
    await page.goto(`/liaoyuan/console/legislation/regulations/${reg.id}`);
    await expect(page.getByRole("heading", { level: 1, name: reg.title })).toBeVisible();
    await expect(page).toHaveTitle(`${reg.title} · 法规项目 · ${CITY}`);
    // The board and the regulation do not read the same.
    await page.goto("/liaoyuan/console/legislation");
    await expect(page).toHaveTitle(`法规项目 · ${CITY}`);
  });

  test("tell a member without access, or a visitor, nothing of the regulation", async ({ page, browser }) => {
    const reg = await greening();
    const here = `/liaoyuan/console/legislation/regulations/${reg.id}`;

    // Signed out: the sign-in page, titled as such.
    await page.goto(here);
    await expect(page).toHaveURL(/\/liaoyuan\/login\?from=/);
    await expect(page).toHaveTitle(`工作人员登录 · ${CITY}`);

    // A deputy may not open regulation projects: the notice, under the section's name alone.
    const deputy = await (await browser.newContext()).newPage();
    await signIn(deputy, "liaoyuan", "deputy");
    await deputy.goto(here);
    await expect(deputy.getByRole("main").getByText("无权访问", { exact: true })).toBeVisible();
    await expect(deputy).toHaveTitle(`法规项目 · ${CITY}`);
    expect(await deputy.title()).not.toContain("绿化");
    await deputy.context().close();
  });
});
