import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// Issue #10 on a phone: a citizen goes from the portal to the deputies, on to their street's station, fetches its
// poster and opens the address its QR code holds; the station's staffer records a reception with two deputies;
// one of them, the demo deputy, finds it in their own area. Shantou's demo accounts: the `station` account runs
// the station the `deputy` account's deputy is grouped into (lib/modules/stations/seed.ts).
test.use({ viewport: { width: 390, height: 844 } });

type Demo = { id: string; name: string; district: string; deputy: string; other: string };

async function demoStation(): Promise<Demo> {
  const [row] = await sql<Demo>(
    `SELECT s."id"::text AS id, s."name",
       CASE a."level" WHEN 'DISTRICT' THEN a."name" WHEN 'STREET' THEN pd."name" ELSE gd."name" END AS district,
       (SELECT d."name" FROM "Deputy" d JOIN "User" du ON du."id" = d."userId"
         WHERE du."username" = 'deputy' AND du."tenantId" = t."id" AND d."tenantId" = t."id") AS deputy,
       (SELECT d."name" FROM "StationDeputy" sd JOIN "Deputy" d ON d."id" = sd."deputyId" AND d."tenantId" = t."id"
         WHERE sd."tenantId" = t."id" AND sd."stationId" = s."id" AND d."userId" IS NULL AND d."status" = 'IN_OFFICE'
         ORDER BY d."name" LIMIT 1) AS other
     FROM "Tenant" t
     JOIN "User" u ON u."tenantId" = t."id" AND u."username" = 'station'
     JOIN "RoleAssignment" ra ON ra."tenantId" = t."id" AND ra."userId" = u."id" AND ra."role" = 'station'
     JOIN "LiaisonStation" s ON s."tenantId" = t."id" AND s."id" = ra."scopeId"
     LEFT JOIN "Area" a ON a."tenantId" = t."id" AND a."id" = s."areaId"
     LEFT JOIN "Area" pd ON pd."tenantId" = t."id" AND pd."id" = a."parentId"
     LEFT JOIN "Area" gd ON gd."tenantId" = t."id" AND gd."id" = pd."parentId"
     WHERE t."slug" = 'shantou'`,
  );
  if (!row) throw new Error("the demo seed has no station account scoped to a station in Shantou");
  return row;
}

async function asAccount(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, "shantou", username);
  return { context, page };
}

test("portal → deputies → the street's station → the poster's QR address → a reception recorded → the deputy sees it", async ({
  page,
  browser,
}) => {
  // Three people, two sign-ins and four axe-free pages: longer than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  const station = await demoStation();

  // A citizen on the portal: 人大代表, then on to the stations, their district, their station.
  await page.goto("/shantou");
  await page.getByRole("link", { name: "人大代表", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "人大代表" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "网站导航" })
    .getByRole("link", { name: "代表联络站", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "代表联络站" })).toBeVisible();
  await page.getByLabel("区县").selectOption({ label: station.district });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("heading", { level: 2, name: station.district, exact: true })).toBeVisible();
  await page.getByRole("link", { name: station.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: station.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: /进站代表/ })).toBeVisible();
  await expect(page.getByText(station.deputy, { exact: true })).toBeVisible();
  // No private contact of any deputy on the public page.
  expect(await page.content()).not.toMatch(/(?<![\d-])1[3-9]\d{9}(?!\d)/);
  // The station page ships no framework: at most the language switch's inline script.
  expect(await page.locator("script[src]").count()).toBe(0);
  await expectNoSeriousA11yViolations(page);

  // The poster: an SVG image that may run nothing, its QR address printed under the code.
  const posterHref = await page.getByRole("link", { name: "打印二维码海报" }).getAttribute("href");
  const poster = await page.request.get(posterHref!);
  expect(poster.status()).toBe(200);
  expect(poster.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(poster.headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'");
  const svg = await poster.text();
  expect(svg).toContain("汕头市人大常委会");
  expect(svg).not.toMatch(/<script/i);
  const url = svg.match(/data-url="([^"]+)"/)?.[1];
  expect(url).toMatch(new RegExp(`/shantou/stations/${station.id}$`));
  await page.goto(url!);
  await expect(page.getByRole("heading", { level: 1, name: station.name })).toBeVisible();

  // The .ics feed a phone subscribes to.
  const ics = await page.request.get(`/api/v1/shantou/stations/${station.id}/calendar.ics`);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);

  // The station's staffer records a reception with two deputies, the demo deputy among them.
  const summary = unique("接待记录");
  const staff = await asAccount(browser, "station");
  await staff.page.goto(`/shantou/console/stations/${station.id}/records/new`);
  await staff.page.getByRole("checkbox", { name: station.deputy, exact: true }).check();
  await staff.page.getByRole("checkbox", { name: station.other, exact: true }).check();
  await staff.page.getByLabel("接待群众人数").fill("17");
  await staff.page.getByLabel("接待情况").fill(summary);
  await staff.page.getByRole("button", { name: "保存记录" }).click();
  await staff.page.waitForURL(new RegExp(`/console/stations/${station.id}/records/[0-9a-f-]{36}$`));
  await staff.context.close();

  // The demo deputy finds it in their own area.
  const deputy = await asAccount(browser, "deputy");
  await deputy.page.goto("/shantou/console/my-deputy");
  await expect(deputy.page.getByRole("heading", { level: 1, name: "我的代表工作" })).toBeVisible();
  const receptions = deputy.page.getByRole("region", { name: "我参加的接待" });
  await expect(receptions.getByText(summary)).toBeVisible();
  await expect(receptions.getByText(/接待群众 17 人次/).first()).toBeVisible();
  await expect(deputy.page.getByRole("region", { name: "我进站的联络站" }).getByText(station.name)).toBeVisible();
  await deputy.page.setViewportSize({ width: 360, height: 800 });
  await expectNoSeriousA11yViolations(deputy.page);
  const overflow = await deputy.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await deputy.context.close();
});

test("at 360 px the deputies and stations directories, the city calendar and a station page pass axe and do not scroll sideways", async ({
  page,
}) => {
  test.slow(); // axe on five pages
  const station = await demoStation();
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [
    "/shantou/deputies",
    "/taiyuan/deputies?level=CITY",
    "/shantou/stations",
    "/shantou/stations/calendar",
    `/shantou/stations/${station.id}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  // Shantou's station is not found under another city's name.
  const other = await page.goto(`/liaoyuan/stations/${station.id}`);
  expect(other?.status()).toBe(404);
});

test("statistics on a phone: the office sees the city by street with its chart and .xlsx; station staff their own", async ({
  browser,
}) => {
  test.slow();
  const office = await asAccount(browser, "deputy-affairs");
  await office.page.setViewportSize({ width: 360, height: 800 });
  await office.page.goto("/shantou/console/stations/stats?view=street");
  await expect(office.page.getByRole("heading", { level: 1, name: "联络站统计" })).toBeVisible();
  await expect(office.page.getByRole("img", { name: /接待群众人次/ })).toBeVisible();
  await expect(office.page.getByRole("region", { name: "统计表（按街道（乡镇））" })).toBeVisible();
  await expectNoSeriousA11yViolations(office.page);
  const href = await office.page.getByRole("link", { name: "导出 Excel" }).getAttribute("href");
  const xlsx = await office.page.request.get(href!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  await office.context.close();

  const station = await demoStation();
  const staff = await asAccount(browser, "station");
  await staff.page.goto("/shantou/console/stations/stats?view=station");
  await expect(staff.page.getByText("您负责的联络站", { exact: false })).toBeVisible();
  const rows = staff.page.getByRole("region", { name: "统计表（按联络站）" }).getByRole("row");
  await expect(rows).toHaveCount(2); // the header and the one station (a per-station view has no total row)
  await expect(rows.nth(1)).toContainText(station.name);
  await staff.context.close();
});
