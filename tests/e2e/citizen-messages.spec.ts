import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// Issue #11 on a phone, end to end: a citizen opens the address a station's QR poster holds, writes to the
// station with a photo and gets a receipt code; the station's deputy accepts the message; the office classifies
// it and transfers it to a handling unit; the unit finds it in its inbox and replies; the office releases the
// reply; the citizen rates it 满意 by receipt code. Shantou's demo accounts (lib/modules/citizen-messages/seed.ts):
// `deputy` is grouped into the station `station` runs, `unit` holds 汕头市生态环境局.
test.use({ viewport: { width: 390, height: 844 } });

// A 1×1 PNG: a real image by its content.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function demoStation(): Promise<{ id: string; name: string; unit: string }> {
  const [row] = await sql<{ id: string; name: string; unit: string }>(
    `SELECT s."id"::text AS id, s."name",
       (SELECT hu."name" FROM "User" uu
          JOIN "RoleAssignment" ur ON ur."tenantId" = t."id" AND ur."userId" = uu."id" AND ur."role" = 'unit'
          JOIN "Unit" hu ON hu."tenantId" = t."id" AND hu."id" = ur."scopeId"
         WHERE uu."tenantId" = t."id" AND uu."username" = 'unit') AS unit
     FROM "Tenant" t
     JOIN "User" u ON u."tenantId" = t."id" AND u."username" = 'station'
     JOIN "RoleAssignment" ra ON ra."tenantId" = t."id" AND ra."userId" = u."id" AND ra."role" = 'station'
     JOIN "LiaisonStation" s ON s."tenantId" = t."id" AND s."id" = ra."scopeId"
     WHERE t."slug" = 'shantou'`,
  );
  if (!row?.unit) throw new Error("the demo seed has no station account and unit account in Shantou");
  return row;
}

async function asAccount(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, "shantou", username);
  return { context, page };
}

/** Opens the message from the console list, found by its title. */
async function openFromList(page: Page, title: string, tab?: string) {
  await page.goto(`/shantou/console/messages?q=${encodeURIComponent(title)}`);
  if (tab) await page.getByRole("link", { name: tab, exact: true }).first().click();
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("poster QR → a message with a photo → deputy accepts → office transfers → unit replies → office releases → citizen rates 满意", async ({
  page,
  browser,
}) => {
  // Four people, four sign-ins, a dozen pages on a loaded 2-core machine.
  test.setTimeout(180_000);
  const station = await demoStation();
  const title = unique("小区门口路灯不亮");

  // The citizen scans the poster: its QR address is the station's page, which links to the message form.
  const poster = await page.request.get(`/api/v1/shantou/stations/${station.id}/poster`);
  expect(poster.status()).toBe(200);
  const url = (await poster.text()).match(/data-url="([^"]+)"/)?.[1];
  expect(url).toMatch(new RegExp(`/shantou/stations/${station.id}$`));
  await page.goto(url!);
  await page.getByRole("link", { name: "给代表留言", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/shantou/messages/new\\?station=${station.id}`));
  await expect(page.getByText(station.name).first()).toBeVisible();

  // The form, phone first: the PIPL notice stands before the phone field.
  const notice = page.getByText("个人信息保护说明");
  await expect(notice).toBeVisible();
  await page.getByLabel("留言类别").selectOption({ index: 1 });
  await page.getByLabel("标题").fill(title);
  await page
    .getByLabel("留言内容")
    .fill("我家小区门口的三盏路灯已经一个多星期不亮了，晚上老人孩子出行很不方便，请有关部门尽快修复。");
  await page
    .locator('input[type="file"]')
    .last()
    .setInputFiles({ name: "路灯.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: /第 1 张照片预览/ })).toBeVisible();
  await page.getByLabel("姓名或称呼").fill("陈女士");
  await page.getByLabel("电话", { exact: true }).fill("13800138000");
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByRole("heading", { name: "留言已提交" })).toBeVisible({ timeout: 20_000 });
  const [stored] = await sql<{ receiptCode: string; photos: number }>(
    `SELECT m."receiptCode",
       (SELECT count(*)::int FROM "Attachment" a WHERE a."tenantId" = m."tenantId" AND a."ownerId" = m."id") AS photos
     FROM "CitizenMessage" m WHERE m."title" = $1`,
    [title],
  );
  expect(stored?.photos).toBe(1);
  const code = stored!.receiptCode;
  await expect(page.getByText(code).first()).toBeVisible();

  // The station's deputy accepts it.
  const deputy = await asAccount(browser, "deputy");
  await openFromList(deputy.page, title);
  await expect(deputy.page.getByText("138****8000").first()).toBeVisible();
  await expect(deputy.page.getByText("13800138000")).toHaveCount(0);
  await deputy.page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(deputy.page.getByText("已受理").first()).toBeVisible();
  await deputy.context.close();

  // The office classifies it and transfers it to the unit, with the city's working-day deadline.
  const office = await asAccount(browser, "deputy-affairs");
  await openFromList(office.page, title);
  await office.page.getByRole("button", { name: "审核分类" }).click();
  await expect(office.page.getByText("已审核分类").first()).toBeVisible();
  await office.page.getByRole("combobox", { name: "承办单位" }).selectOption({ label: station.unit });
  await office.page.getByRole("button", { name: "转交承办单位" }).click();
  await expect(office.page.getByText("承办中").first()).toBeVisible();

  // The unit finds it in its inbox and replies.
  const unit = await asAccount(browser, "unit");
  await openFromList(unit.page, title, "待办来件");
  await unit.page.getByLabel("答复内容").fill("经现场核查，路灯线路老化，已于本周更换线路并恢复照明。感谢您的反映。");
  await unit.page.getByRole("button", { name: "提交答复" }).click();
  await expect(unit.page.getByText("已答复待审核").first()).toBeVisible();
  await expectNoSeriousA11yViolations(unit.page);
  await unit.context.close();

  // The office checks the reply and releases it to the citizen.
  await office.page.reload();
  await office.page.getByRole("button", { name: "审核通过，答复群众" }).click();
  await expect(office.page.getByText("已答复", { exact: true }).first()).toBeVisible();
  await office.context.close();

  // The citizen tracks it by receipt code, reads the reply and rates it 满意.
  await page.goto(`/shantou/track/${code}`);
  await expect(page.getByText("路灯线路老化").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "满意", exact: true }).click();
  await expect(page.getByText("感谢您的评价！")).toBeVisible();
  const [closed] = await sql<{ status: string; rating: string }>(
    `SELECT "status"::text, "rating"::text FROM "CitizenMessage" WHERE "receiptCode" = $1`,
    [code],
  );
  expect(closed).toEqual({ status: "CLOSED", rating: "SATISFIED" });
});

test("at 360 px the message form, a receipt, the console's list, a message and the statistics pass axe and do not scroll sideways", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const station = await demoStation();
  const [released] = await sql<{ receiptCode: string; id: string }>(
    `SELECT m."receiptCode", m."id"::text AS id FROM "CitizenMessage" m JOIN "Tenant" t ON t."id" = m."tenantId"
     WHERE t."slug" = 'shantou' AND m."stationId" = $1 AND m."status" = 'RELEASED' ORDER BY m."createdAt" LIMIT 1`,
    [station.id],
  );
  expect(released).toBeDefined();
  const fits = async (page: Page) => {
    await expectNoSeriousA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  };
  const citizen = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await citizen.newPage();
  await page.goto(`/shantou/messages/new?station=${station.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "给代表联络站留言" })).toBeVisible();
  await fits(page);
  await page.goto(`/shantou/track/${released!.receiptCode}`);
  await expect(page.getByRole("button", { name: "满意", exact: true })).toBeVisible();
  await fits(page);
  await citizen.close();

  const office = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const staff = await office.newPage();
  await signIn(staff, "shantou", "deputy-affairs");
  await staff.goto("/shantou/console/messages?status=overdue");
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await fits(staff);
  await staff.goto(`/shantou/console/messages/${released!.id}`);
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await fits(staff);
  await staff.goto("/shantou/console/messages/stats?view=unit");
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await fits(staff);
  await office.close();
});
