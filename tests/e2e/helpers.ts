import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "Lianxin@2026";

/** Whether this run's server answers cached pages itself (scripts/e2e.ts's second pass sets PAGE_CACHE=0). */
export const CACHE_ON = process.env.PAGE_CACHE !== "0";

export async function signIn(page: Page, tenant: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`/${tenant}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  // Done when we have left the sign-in page, or it shows why not.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 15_000 }),
    page.getByRole("main").getByRole("alert").waitFor({ timeout: 15_000 }),
  ]);
}

/** axe on the current page: no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams a page's <title> in with its metadata, and re-renders it after a server action's refresh: axe
  // judges the settled page (every page has a title, tests/unit/page-titles.test.ts), not that moment.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A query against the e2e run's database (DATABASE_URL, set by scripts/e2e.ts), for what no page can do quickly:
 *  moving a consultation's window, reading what was stored. */
export async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
