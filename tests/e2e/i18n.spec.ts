import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the language switch turns the portal English and back to Chinese", async ({ page }) => {
  await page.goto("/chengdu");
  await expect(page.getByRole("heading", { name: "栏目" })).toBeVisible();
  await page.getByRole("button", { name: "切换语言为English" }).click();
  await expect(page.getByRole("heading", { name: "Sections" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The choice sticks across pages.
  await page.goto("/chengdu/login");
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Switch language to 中文" }).click();
  await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("dates are shown in Asia/Shanghai as 2026年11月22日", async ({ page }) => {
  await signIn(page, "taiyuan", "admin");
  await page.goto("/taiyuan/console/audit");
  // The sign-in just now is the newest audit row; its date is today's in Shanghai, written the Chinese way.
  const today = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date());
  expect(today).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(
    page
      .locator("time")
      .filter({ hasText: new RegExp(`^${today}`) })
      .first(),
  ).toBeVisible();
});
