import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// Issue #12 end to end in Liaoyuan: the demo deputy, on a phone, drafts a suggestion with a co-signer, who
// confirms from their own account; the deputy submits it; the office registers it and assigns a lead and an
// assisting unit; the assisting unit sends its view; the lead unit records a 三见面 contact and replies B; the
// deputy is not satisfied, which sends it back for re-handling; the lead unit replies A; the deputy is satisfied
// and it is closed — and the city's rates (GET /api/v1/liaoyuan/suggestions/stats) move with it.
const PHONE = { width: 360, height: 740 };
// A missing control fails the step in seconds, not at the test's end.
test.use({ actionTimeout: 30_000 });

// A small PDF, a real one by its content: the reply letter (答复函).
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

type Cast = { cosigner: string; cosignerName: string; leadUnit: string; assistAccount: string; assistUnit: string };

/** The people of the story: a co-signing deputy gets an account of their own (the demo has one deputy account a
 *  city), the `unit` account's unit leads, another unit's demo account assists. */
async function cast(): Promise<Cast> {
  const username = unique("cosigner-");
  const [co] = await sql<{ name: string }>(
    `WITH t AS (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan'),
     d AS (SELECT d."id", d."name" FROM "Deputy" d, t WHERE d."tenantId" = t."id" AND d."userId" IS NULL
             AND d."status" = 'IN_OFFICE'
             AND (SELECT count(*) FROM "Deputy" x WHERE x."tenantId" = t."id" AND x."name" = d."name") = 1
           ORDER BY d."name" LIMIT 1),
     u AS (INSERT INTO "User" ("id", "tenantId", "username", "displayName", "passwordHash")
           SELECT gen_random_uuid(), t."id", $1, d."name", p."passwordHash" FROM t, d,
             (SELECT "passwordHash" FROM "User" WHERE "tenantId" = (SELECT "id" FROM t) AND "username" = 'deputy') p
           RETURNING "id", "tenantId"),
     r AS (INSERT INTO "RoleAssignment" ("id", "tenantId", "userId", "role") SELECT gen_random_uuid(), u."tenantId", u."id", 'deputy' FROM u)
     UPDATE "Deputy" SET "userId" = (SELECT "id" FROM u) FROM d WHERE "Deputy"."id" = d."id" RETURNING d."name"`,
    [username],
  );
  const [units] = await sql<{ lead: string; assistAccount: string; assist: string }>(
    `WITH t AS (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan'),
     scoped AS (SELECT u."username", n."name" FROM t
       JOIN "User" u ON u."tenantId" = t."id"
       JOIN "RoleAssignment" r ON r."tenantId" = t."id" AND r."userId" = u."id" AND r."role" = 'unit'
       JOIN "Unit" n ON n."tenantId" = t."id" AND n."id" = r."scopeId")
     SELECT (SELECT "name" FROM scoped WHERE "username" = 'unit') AS lead,
       a."username" AS "assistAccount", a."name" AS assist
     FROM scoped a WHERE a."username" LIKE 'unit-%' AND a."name" <> (SELECT "name" FROM scoped WHERE "username" = 'unit')
     ORDER BY a."username" LIMIT 1`,
  );
  if (!co || !units?.lead || !units.assist)
    throw new Error("the Liaoyuan demo lacks a free deputy or two unit accounts");
  return {
    cosigner: username,
    cosignerName: co.name,
    leadUnit: units.lead,
    assistAccount: units.assistAccount,
    assistUnit: units.assist,
  };
}

async function asAccount(browser: Browser, username: string, viewport = PHONE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, "liaoyuan", username);
  return { context, page };
}

type Rates = Record<string, unknown>;
async function rates(request: { get: (url: string) => Promise<{ json: () => Promise<unknown> }> }, year: number) {
  return (await (await request.get(`/api/v1/liaoyuan/suggestions/stats?year=${year}`)).json()) as Rates;
}

test("deputy on a phone with a co-signer → office assigns lead and assisting unit → view → 三见面 and B → 不满意 → re-handled → A → 满意, closed; the rates move", async ({
  browser,
  page,
}) => {
  // Five people, a dozen pages and forms on a loaded 2-core machine.
  test.setTimeout(240_000);
  const c = await cast();
  const title = unique("关于在老旧小区加装电梯的建议");
  const year = Number(new Date().toLocaleString("en-CA", { timeZone: "Asia/Shanghai" }).slice(0, 4));
  const before = await rates(page.request, year);

  // The deputy drafts it on a phone and invites the co-signer.
  const deputy = await asAccount(browser, "deputy");
  await deputy.page.goto("/liaoyuan/console/suggestions/new");
  await deputy.page.getByLabel("建议、批评和意见").check();
  await deputy.page.getByLabel("闭会期间").check();
  await deputy.page.getByLabel("标题").fill(title);
  await deputy.page
    .getByLabel("正文")
    .fill("我市老旧小区多为六层以下住宅，没有电梯，老年人上下楼困难。建议政府出台加装电梯补贴办法，简化审批流程。");
  await deputy.page.getByLabel("分类").selectOption({ index: 1 });
  await deputy.page.getByLabel("按姓名查找附议代表").fill(c.cosignerName);
  await deputy.page.getByRole("button", { name: "查找附议代表" }).click();
  await deputy.page.getByRole("button", { name: "添加", exact: true }).first().click();
  await expectNoSeriousA11yViolations(deputy.page);
  expect(await deputy.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await deputy.page.getByRole("button", { name: "保存草稿" }).click();
  await expect(deputy.page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  const url = new URL(deputy.page.url()).pathname;

  // The co-signer confirms from their own account.
  const co = await asAccount(browser, c.cosigner);
  await co.page.goto(url);
  await co.page.getByRole("button", { name: "确认附议" }).click();
  await expect(co.page.getByText("您已附议这件建议。")).toBeVisible();
  await co.context.close();

  // The deputy submits it.
  await deputy.page.reload();
  await deputy.page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(deputy.page.getByText("已提交").first()).toBeVisible();

  // The office registers it and assigns a lead and an assisting unit.
  const office = await asAccount(browser, "deputy-affairs", { width: 1366, height: 900 });
  await office.page.goto(url);
  await office.page.getByRole("button", { name: "立案并编号" }).click();
  await expect(office.page.getByText("已立案").first()).toBeVisible();
  await office.page.getByLabel("主办单位").selectOption({ label: c.leadUnit });
  await office.page.getByRole("checkbox", { name: c.assistUnit }).check();
  await office.page.getByRole("button", { name: "交办", exact: true }).click();
  await expect(office.page.getByText("办理中").first()).toBeVisible();

  // The assisting unit sends its view to the lead unit.
  const assist = await asAccount(browser, c.assistAccount);
  await assist.page.goto(url);
  await assist.page
    .getByRole("textbox", { name: "协办意见" })
    .fill("我单位可安排老旧小区改造资金，对加装电梯给予配套支持。");
  await assist.page.getByRole("button", { name: "报送主办单位" }).click();
  await expect(assist.page.getByText("已报送主办单位。")).toBeVisible();
  await assist.context.close();

  // The lead unit records a 三见面 contact and replies B, with its letter and a promised day.
  const unit = await asAccount(browser, "unit");
  await unit.page.goto(url);
  await unit.page.getByRole("textbox", { name: "沟通内容" }).fill("上门听取代表意见，介绍加装电梯补贴的初步方案。");
  await unit.page.getByRole("button", { name: "保存记录" }).click();
  await expect(unit.page.getByText("已记录。")).toBeVisible();
  await unit.page.getByRole("radio", { name: /B类/ }).check();
  await unit.page.getByRole("textbox", { name: "答复内容" }).fill("已将加装电梯补贴列入明年计划，年内出台办法。");
  const promised = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  await unit.page.getByLabel("承诺解决时间").fill(promised);
  await unit.page
    .locator('input[type="file"][name="letter"]')
    .setInputFiles({ name: "答复函.pdf", mimeType: "application/pdf", buffer: PDF });
  await unit.page.getByRole("button", { name: "答复代表" }).click();
  // The reply is listed (the form, no longer the unit's to fill, gives way to it).
  await expect(unit.page.locator("p", { hasText: "已将加装电梯补贴列入明年计划" })).toBeVisible({ timeout: 20_000 });

  // The deputy is not satisfied: it goes back to the units.
  await deputy.page.reload();
  await deputy.page.getByRole("radio", { name: "不满意", exact: true }).check();
  await deputy.page.getByRole("textbox", { name: "评价意见（可选）" }).fill("补贴标准偏低，希望再研究。");
  await deputy.page.getByRole("button", { name: "提交评价" }).click();
  await expect(deputy.page.getByText("办理中").first()).toBeVisible();

  // Re-handled: the lead unit replies A.
  await unit.page.reload();
  await unit.page.getByRole("radio", { name: /A类/ }).check();
  await unit.page.getByRole("textbox", { name: "答复内容" }).fill("经再次研究，已提高补贴标准，办法已印发施行。");
  await unit.page.getByRole("button", { name: "答复代表" }).click();
  await expect(unit.page.locator("p", { hasText: "已提高补贴标准" })).toBeVisible({ timeout: 20_000 });
  await unit.context.close();

  // The deputy is satisfied: closed.
  await deputy.page.reload();
  await deputy.page.getByRole("radio", { name: "满意", exact: true }).check();
  await deputy.page.getByRole("button", { name: "提交评价" }).click();
  await expect(deputy.page.getByText("已办结").first()).toBeVisible();
  await expectNoSeriousA11yViolations(deputy.page);
  expect(await deputy.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await deputy.context.close();
  await office.context.close();

  const [stored] = await sql<{ status: string; replies: number; rehandled: number; cosigned: number }>(
    `SELECT s."status"::text, s."rehandleCount" AS rehandled,
       (SELECT count(*)::int FROM "SuggestionReply" r WHERE r."tenantId" = s."tenantId" AND r."suggestionId" = s."id") AS replies,
       (SELECT count(*)::int FROM "SuggestionSigner" g WHERE g."tenantId" = s."tenantId" AND g."suggestionId" = s."id"
          AND g."role" = 'COSIGNER' AND g."confirmedAt" IS NOT NULL) AS cosigned
     FROM "Suggestion" s WHERE s."title" = $1`,
    [title],
  );
  expect(stored).toEqual({ status: "CLOSED", replies: 2, rehandled: 1, cosigned: 1 });

  // The rates count it (they are kept per city for a few seconds after an action).
  await expect
    .poll(async () => JSON.stringify(await rates(page.request, year)), { timeout: 30_000 })
    .not.toBe(JSON.stringify(before));
});

test("at 360 px the public page, a deputy's list, a unit's inbox and a suggestion pass axe and do not scroll sideways; the rates and the leaders' board at a desk", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const fits = async (p: typeof page) =>
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // A citizen from a WeChat link: Shenyang publishes its answered suggestions.
  await page.setViewportSize(PHONE);
  await page.goto("/shenyang/suggestions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("96.7%").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fits(page);

  for (const username of ["deputy", "unit"]) {
    const who = await asAccount(browser, username);
    await who.page.goto("/liaoyuan/console/suggestions");
    await expect(who.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(who.page);
    await fits(who.page);
    await who.page.locator('a[href*="/console/suggestions/0"]').first().click();
    await expect(who.page.getByRole("heading", { level: 2, name: "办理过程" })).toBeVisible();
    await expectNoSeriousA11yViolations(who.page);
    await fits(who.page);
    await who.context.close();
  }

  const leader = await asAccount(browser, "leader", { width: 1366, height: 900 });
  for (const path of ["/liaoyuan/console/suggestions/stats", "/liaoyuan/console/suggestions/key"]) {
    await leader.page.goto(path);
    await expect(leader.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(leader.page);
  }
  await leader.context.close();
});
