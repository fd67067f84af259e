/* eslint-disable no-irregular-whitespace -- the draft text uses full-width spaces (U+3000), as Chinese legal texts do */
import { expect, test } from "@playwright/test";
import { CACHE_ON, expectNoSeriousA11yViolations, signIn } from "./helpers";

const DRAFT = `辽源市市政公用设施管理条例（草案）

第一章　总　则

第一条　为了加强市政公用设施管理，保障市政公用设施安全运行，根据有关法律、法规，结合本市实际，制定本条例。

第二条　本条例适用于本市城市规划区内道路、桥梁、排水、照明、公共停车场等市政公用设施的规划、建设、养护和管理。

第二章　照明与停车

第三条　城市照明设施应当节能、安全、美观。禁止擅自迁移、拆除城市照明设施。

第四条　公共停车场的设置应当符合城市规划，鼓励建设立体停车设施。

第五条　本条例自　年　月　日起施行。`;

test("staff move a regulation from drafting to first reading and the public timeline shows it", async ({
  page,
  browser,
}) => {
  await signIn(page, "liaoyuan", "legislative");
  // The board comes from the per-user page cache once rendered (scripts/server.mjs, lib/cache) — unless the run
  // turned it off (the suite's second pass, PAGE_CACHE=0): then Next renders every request and says nothing.
  const board = async () => (await page.request.get("/liaoyuan/console/legislation")).headers()["x-page-cache"];
  if (CACHE_ON) {
    expect(await board()).toMatch(/^(hit|miss)$/); // another spec may have rendered it for this user already
    expect(await board()).toBe("hit");
  } else {
    expect(await board()).toBeUndefined();
  }
  await page.goto("/liaoyuan/console/legislation");
  const column = (name: string) =>
    page.getByRole("region", { name: "各阶段的法规项目" }).getByRole("region", { name: new RegExp(`^${name}`) });
  await expect(column("起草").getByRole("link", { name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  await page
    .getByRole("link", { name: /辽源市市政公用设施管理条例/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  // Back to the board by the navigation (flight data, cached per user as well), then on to the project again.
  await page.getByRole("link", { name: "法规项目", exact: true }).first().click();
  await expect(column("起草").getByRole("link", { name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  await column("起草")
    .getByRole("link", { name: /辽源市市政公用设施管理条例/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  const regulationUrl = page.url();
  const id = regulationUrl.split("/").pop()!;
  // The public API answer is cached too (shared by every reader) until the next action.
  const before = [
    await page.request.get(`/api/v1/liaoyuan/regulations/${id}`),
    await page.request.get(`/api/v1/liaoyuan/regulations/${id}`),
  ];
  expect(before[1]!.headers()["x-page-cache"]).toBe(CACHE_ON ? "hit" : undefined);
  expect((await before[1]!.json()).data.stage).toBe("DRAFTING");

  // A draft version, parsed into articles.
  await page.getByLabel("版本名称").fill("一审稿");
  await page.getByLabel("草案全文").fill(DRAFT);
  await page.getByRole("button", { name: "添加并解析" }).click();
  await expect(page.getByText(/已添加第\d+版「一审稿」，识别出 5 条。/)).toBeVisible();

  // A move not allowed from here is not even offered: no 公布施行 from 起草.
  const to = page.getByLabel("转入阶段");
  await expect(to.locator("option", { hasText: "公布施行" })).toHaveCount(0);

  await to.selectOption({ label: "提请审议" });
  await page.getByRole("button", { name: "转入「提请审议」" }).click();
  await expect(page.getByText("已转入「提请审议」。")).toBeVisible();

  await page.getByLabel("转入阶段").selectOption({ label: "一审" });
  await page.getByLabel("会议").fill("市九届人大常委会第十次会议");
  await page.getByLabel("草案版本").selectOption({ label: "一审稿" });
  await page.getByLabel("相关文件（选填）").fill("关于《辽源市市政公用设施管理条例（草案）》的说明");
  await page.getByRole("button", { name: "转入「一审」" }).click();
  await expect(page.getByText("已转入「一审」。")).toBeVisible();
  await expect(page.getByText("关于《辽源市市政公用设施管理条例（草案）》的说明")).toBeVisible();

  // Each move invalidated the cached board: it shows the project under 一审 at once, whether loaded in full or
  // reached by a client-side navigation (whose flight data is cached too).
  expect(await board()).toBe(CACHE_ON ? "miss" : undefined);
  await page.goto("/liaoyuan/console/legislation");
  await expect(column("一审").getByRole("link", { name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  await expect(column("起草").getByRole("link", { name: /辽源市市政公用设施管理条例/ })).toHaveCount(0);
  await page.goto(regulationUrl);
  await page.getByRole("link", { name: "法规项目", exact: true }).first().click();
  await expect(column("一审").getByRole("link", { name: /辽源市市政公用设施管理条例/ })).toBeVisible();

  // The public timeline, seen by a citizen on a phone with no account.
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const citizen = await ctx.newPage();
  await citizen.goto(`/liaoyuan/regulations/${id}`);
  await expect(citizen.getByRole("heading", { level: 1, name: /辽源市市政公用设施管理条例/ })).toBeVisible();
  await expect(citizen.getByText("市九届人大常委会第十次会议")).toBeVisible();
  await expect(citizen.getByText("一审").first()).toBeVisible();
  await expectNoSeriousA11yViolations(citizen);
  // The same through the public API.
  const api = await citizen.request.get(`/api/v1/liaoyuan/regulations/${id}`);
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(JSON.stringify(body)).toContain("FIRST_READING");
  await ctx.close();
});

test("a citizen proposes a regulation on a phone and tracks it by receipt code", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto("/liaoyuan/propose");
  await page.getByLabel("建议的法规名称").fill("辽源市二手车交易市场管理条例");
  await page.getByLabel("立法的必要性").fill("二手车交易纠纷多，车况信息不透明，需要规范交易市场。");
  await page.getByLabel("主要内容").fill("建立车况信息公开制度，规范交易市场经营者责任。");
  await page.getByLabel("姓名").fill("王先生");
  await page.getByRole("button", { name: "提交建议" }).click();
  await expect(page.getByText("建议已提交，谢谢您！")).toBeVisible();
  const code = (await page.getByTestId("receipt-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/liaoyuan/track");
  await page.getByLabel("回执码").fill(code.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("我们已收到您的建议，将进行研究论证。")).toBeVisible();
  await expect(page.getByText("辽源市二手车交易市场管理条例")).toBeVisible();
  await expect(page.getByText("王先生")).toHaveCount(0);
  const receipt = await page.request.get(`/api/v1/liaoyuan/receipts/${code}`);
  expect(receipt.status()).toBe(200);
  await ctx.close();
});

test("legislation pages and API of one city answer 404 in another", async ({ page }) => {
  const liaoyuan = await (await page.request.get("/api/v1/liaoyuan/regulations")).json();
  const regId = liaoyuan.data.regulations[0].id as string;
  for (const path of [`/jining/regulations/${regId}`, `/api/v1/jining/regulations/${regId}`]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await signIn(page, "jining", "legislative");
  expect((await page.goto(`/jining/console/legislation/regulations/${regId}`))?.status()).toBe(404);
});
