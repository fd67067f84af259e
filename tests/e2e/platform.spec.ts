import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, unique } from "./helpers";

test("a platform operator opens a new city whose admin can sign in at once", async ({ page }) => {
  const slug = unique("city").slice(0, 20);
  await page.goto("/platform");
  await expect(page).toHaveURL(/\/platform\/login$/);
  await page.getByLabel("用户名").fill("platform");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "城市管理" })).toBeVisible();
  await page.getByLabel("网址标识").fill(slug);
  await page.getByLabel("简称（如 辽源）").fill("鞍山");
  await page.getByLabel("全称（如 辽源市人大常委会）").fill("鞍山市人大常委会");
  await page.getByLabel("省份").fill("辽宁省");
  await page.getByLabel("管理员用户名").fill("admin");
  await page.getByLabel("管理员姓名").fill("鞍山管理员");
  await page.getByLabel("管理员初始密码").fill("Anshan-pass-2026");
  await page.getByRole("button", { name: "开通", exact: true }).click();
  await expect(page.getByText(`已开通：/${slug}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "鞍山市人大常委会" })).toBeVisible();

  // A reserved slug is refused with a clear message.
  await page.getByLabel("网址标识").fill("api");
  await page.getByRole("button", { name: "开通", exact: true }).click();
  await expect(page.getByText("该网址标识为系统保留，请换一个。")).toBeVisible();

  const ctx = await page.context().browser()!.newContext();
  const p = await ctx.newPage();
  await p.goto(`/${slug}/login`);
  await p.getByLabel("用户名").fill("admin");
  await p.getByLabel("密码").fill("Anshan-pass-2026");
  await p.getByRole("button", { name: "登录" }).click();
  await expect(p.getByRole("heading", { name: "鞍山管理员，您好" })).toBeVisible();
  await ctx.close();
});

test("a tenant user's session cannot reach the platform admin", async ({ page }) => {
  await page.goto("/liaoyuan/login");
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/liaoyuan\/console$/);
  await page.goto("/platform");
  await expect(page).toHaveURL(/\/platform\/login$/);
  expect((await page.request.get("/api/platform/tenants")).status()).toBe(404);
});
