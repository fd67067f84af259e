import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

const PUBLIC_PAGES = ["/", "/liaoyuan", "/liaoyuan/login", "/platform/login", "/nowhere"];
const CONSOLE_PAGES = [
  "/liaoyuan/console",
  "/liaoyuan/console/users",
  "/liaoyuan/console/users/new",
  "/liaoyuan/console/audit",
  "/liaoyuan/console/reference",
  "/liaoyuan/console/account",
];

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("public pages: no serious axe violation and no sideways scrolling", async ({ page }) => {
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    });

    test("console pages: no serious axe violation", async ({ page }) => {
      await signIn(page, "liaoyuan", "admin");
      await expect(page).toHaveURL(/\/liaoyuan\/console$/);
      for (const path of CONSOLE_PAGES) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
    });
  });
}

test("on a phone the console menu opens from the menu button", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "liaoyuan", "admin");
  const button = page.getByRole("button", { name: "打开菜单" });
  await expect(button).toBeVisible();
  await button.click();
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
});
