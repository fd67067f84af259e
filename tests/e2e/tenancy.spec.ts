import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the landing page lists the cities and links to their portals", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "选择您所在的城市" })).toBeVisible();
  for (const name of [
    "辽源市人大常委会",
    "济宁市人大常委会",
    "成都市人大常委会",
    "汕头市人大常委会",
    "太原市人大常委会",
  ]) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole("link", { name: /辽源市人大常委会/ }).click();
  await expect(page).toHaveURL(/\/liaoyuan$/);
  await expect(page.getByRole("heading", { level: 1, name: "辽源市人大常委会" })).toBeVisible();
  await expect(page.getByText("吉林省")).toBeVisible();
});

test("an unknown, reserved or malformed tenant answers the 404 page", async ({ page }) => {
  for (const path of ["/nowhere", "/nowhere/console", "/api", "/platformx/login", "/LIAOYUAN"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});

test("Liaoyuan staff see their console; the same browser at /jining/console is refused", async ({ page }) => {
  await signIn(page, "liaoyuan", "legislative");
  await expect(page).toHaveURL(/\/liaoyuan\/console$/);
  await expect(page.getByRole("heading", { level: 1, name: "李法宁，您好" })).toBeVisible();
  await expect(page.getByText("法工委工作人员")).toBeVisible();
  // Navigation shows only what the role permits: no user management, no audit log for legislative staff.
  const nav = page.getByRole("navigation", { name: "工作台导航" }).first();
  await expect(nav.getByRole("link", { name: "基础数据" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "审计日志" })).toHaveCount(0);

  const other = await page.goto("/jining/console");
  expect(other?.status()).toBe(404);
  // Nothing of Jining's console on the page. (Next may stream the city layout's <title> into the body before the
  // 404 replaces it; the city's name is public anyway, on the landing page.)
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.locator("body :not(title)").getByText("济宁")).toHaveCount(0);
  const api = await page.request.get("/api/v1/jining/users");
  expect(api.status()).toBe(404);
});

test("a signed-out visitor to the console is sent to that city's sign-in page", async ({ page }) => {
  await page.goto("/dalian/console/users");
  await expect(page).toHaveURL(/\/dalian\/login\?from=%2Fdalian%2Fconsole%2Fusers$/);
  await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
});

test("reference data shows the city's districts, committees and handling units", async ({ page }) => {
  await signIn(page, "shantou", "leader");
  await page.goto("/shantou/console/reference");
  for (const d of ["金平区", "龙湖区", "澄海区", "濠江区", "潮阳区", "潮南区", "南澳县"])
    await expect(page.getByText(d, { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: /法制委员会/ }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "汕头市中级人民法院" })).toBeVisible();
});
