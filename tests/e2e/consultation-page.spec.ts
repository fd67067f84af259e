// The public draft page as citizens use it on a phone. It ships no React (issue #4's 120 KB budget): its forms are
// plain HTML that a small inline script enhances, so both ways are tried — with script (forms open in place, the
// JSON API, a double click stores one opinion) and without (GET to open a form, POST to send it) — together with
// the language switch, sign-in when a city requires it, the window closing while a form is open, and the states
// of a consultation.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });
test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

/** Liaoyuan's open demo consultation. */
async function liaoyuanOpen(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT c.id FROM "Consultation" c JOIN "Tenant" t ON t.id = c."tenantId"
     WHERE t.slug = 'liaoyuan' AND c."startsAt" <= now() AND c."endsAt" > now() AND c."dispositionsPublishedAt" IS NULL ORDER BY c."createdAt" LIMIT 1`,
  );
  return row!.id;
}

/** A new consultation, open from yesterday for ten days, on the city's first published draft. */
async function newConsultation(city: string, title: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Consultation" (id, "tenantId", "regulationId", "draftVersionId", title, introduction, "startsAt", "endsAt", channels)
     SELECT gen_random_uuid(), d."tenantId", d."regulationId", d.id, $2, '', now() - interval '1 day', now() + interval '10 days', '{PUBLIC}'
     FROM "DraftVersion" d JOIN "Tenant" t ON t.id = d."tenantId" WHERE t.slug = $1 AND d."publishedAt" IS NOT NULL ORDER BY d."createdAt" LIMIT 1
     RETURNING id`,
    [city, title],
  );
  return row!.id;
}

const storedWith = async (content: string) =>
  sql<{ submitterKey: string | null; articleId: string | null }>(
    `SELECT "submitterKey", "articleId" FROM "Opinion" WHERE content = $1`,
    [content],
  );

async function noJsPage(page: Page) {
  // Not even the inline script runs: the page must work as plain HTML.
  const context = await page
    .context()
    .browser()!
    .newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: "zh-CN" });
  return { context, page: await context.newPage() };
}

test("with script: a form opens under the article, counts, refuses empty text, and a double click stores one opinion", async ({
  page,
}) => {
  const id = await liaoyuanOpen();
  await page.goto(`/liaoyuan/consultations/${id}`);
  await expect(page).toHaveTitle(/ · 辽源市人大常委会 · 连心$/);
  const fifth = page.getByRole("article", { name: "第五条" });
  await fifth.getByRole("button", { name: /对本条提意见\s*（第五条）/ }).click();
  // The form's section is named by its heading: the form's, then the receipt's.
  const form = fifth.getByRole("region");
  await expect(form).toHaveAccessibleName("对第五条提意见");
  await expect(form.getByLabel("您的意见")).toBeFocused();

  await form.getByRole("button", { name: "提交意见" }).click();
  await expect(form.getByRole("alert")).toHaveText("请按提示修改后再提交。");
  await expect(form.getByText("请填写您的意见。")).toBeVisible();
  await expect(form.getByLabel("您的意见")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  const opinion = `第五条的养护责任应当写明到区。${unique("")}`;
  await form.getByLabel("您的意见").fill(opinion);
  await expect(form.getByText(`已输入 ${opinion.length} / 5000 字`)).toBeVisible();
  await form.getByLabel("电话或电子邮箱").fill("13800001234");
  await form.getByRole("button", { name: "提交意见" }).dblclick();
  await expect(form).toHaveAccessibleName("意见已提交，谢谢您！");
  await expect(form.getByRole("heading", { name: "意见已提交，谢谢您！" })).toBeFocused();
  const code = (await form.getByTestId("opinion-receipt-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await expect(form.getByRole("link", { name: "查询处理情况" })).toHaveAttribute("href", `/liaoyuan/track/${code}`);
  await expectNoSeriousA11yViolations(page);

  // One opinion for the double click, on 第五条, counted as this browser's person (the lx_sid cookie).
  const stored = await storedWith(opinion);
  expect(stored).toHaveLength(1);
  const cookie = (await page.context().cookies()).find((c) => c.name === "lx_sid");
  expect(cookie?.httpOnly).toBe(true);
  expect(stored[0]!.submitterKey).toBe(cookie!.value);

  // Another one from the same reader: a fresh form, the same person.
  await form.getByRole("link", { name: "再提一条意见" }).click();
  const second = `${opinion}（补充）`;
  await form.getByLabel("您的意见").fill(second);
  await form.getByRole("button", { name: "提交意见" }).click();
  await expect(form.getByTestId("opinion-receipt-code")).not.toHaveText(code);
  expect((await storedWith(second))[0]!.submitterKey).toBe(cookie!.value);
  await form.getByRole("link", { name: "收起" }).click();
  await expect(fifth.getByRole("button", { name: /对本条提意见/ })).toBeFocused();

  // The whole draft has its own form, and several can be open at once.
  await page.getByRole("button", { name: "对草案整体提意见" }).click();
  await fifth.getByRole("button", { name: /对本条提意见/ }).click();
  await expect(page.getByRole("region", { name: "对草案整体提意见" })).toBeVisible();
  await expect(fifth.getByRole("region", { name: "对第五条提意见" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("without script: the button opens the form by GET, the post is checked and answered with a receipt", async ({
  page,
}) => {
  const id = await liaoyuanOpen();
  const { context, page: bare } = await noJsPage(page);
  try {
    await bare.goto(`/liaoyuan/consultations/${id}`);
    await bare.getByRole("button", { name: /对本条提意见\s*（第三条）/ }).click();
    await expect(bare).toHaveURL(/\?comment=[0-9a-f-]{36}#opinion-form$/);
    const form = bare.getByRole("article", { name: "第三条" }).getByRole("region");
    await expect(form).toHaveAccessibleName("对第三条提意见");
    await form.getByLabel("电话或电子邮箱").fill("not a phone");
    await form.getByRole("button", { name: "提交意见" }).click();
    await expect(form.getByRole("alert")).toHaveText("请按提示修改后再提交。");
    await expect(form.getByText("此项为必填项。")).toBeVisible();
    await expect(form.getByText("请填写手机号码、固定电话或电子邮箱。")).toBeVisible();
    await expect(form.getByLabel("电话或电子邮箱")).toHaveValue("not a phone");
    expect(await bare.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const opinion = `第三条的用语应当统一。${unique("")}`;
    await form.getByLabel("您的意见").fill(opinion);
    await form.getByLabel("电话或电子邮箱").fill("");
    await form.getByRole("button", { name: "提交意见" }).click();
    await expect(bare).toHaveURL(/\?comment=[0-9a-f-]{36}&receipt=[A-Z2-9]{10}#opinion-form$/);
    await expect(form.getByText("意见已提交，谢谢您！")).toBeVisible();
    const code = (await form.getByTestId("opinion-receipt-code").textContent())!.trim();
    // Reloading the receipt posts nothing again.
    await bare.reload();
    const stored = await storedWith(opinion);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.submitterKey).toBe((await context.cookies()).find((c) => c.name === "lx_sid")?.value);
    await form.getByRole("link", { name: "查询处理情况" }).click();
    await expect(bare).toHaveURL(`/liaoyuan/track/${code}`);
  } finally {
    await context.close();
  }
});

test("in English: the page, the form and the server's refusals speak English", async ({ page }) => {
  const id = await liaoyuanOpen();
  await page.goto(`/liaoyuan/consultations/${id}`);
  await page.getByRole("button", { name: "切换语言为English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Comment on the whole draft" }).click();
  const form = page.getByRole("region", { name: "Your comment on the whole draft" });
  await form.getByLabel("Your opinion").fill("A clear opinion.");
  await form.getByLabel("Phone or e-mail").fill("nope");
  await form.getByRole("button", { name: "Send opinion" }).click();
  // The field check is the server's (the JSON API), in the page's language.
  await expect(form.getByRole("alert")).toHaveText("Please correct the fields marked below.");
  await expect(form.getByText("Enter a mobile or landline number, or an e-mail address.")).toBeVisible();
  await page.getByRole("button", { name: "Switch language to 中文" }).click();
  await expect(page.getByRole("button", { name: "对草案整体提意见" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a city that requires sign-in: the form appears once signed in, and the opinion is stored", async ({ page }) => {
  const title = unique("e2e 需登录 ");
  const id = await newConsultation("jining", title);
  await sql(`UPDATE "Tenant" SET settings = settings || '{"commentsRequireSignIn": true}' WHERE slug = 'jining'`);
  try {
    await page.goto(`/jining/consultations/${id}`);
    await expect(page.getByText("登录后才能发表意见")).toBeVisible();
    await expect(page.getByRole("button", { name: /提意见/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "登录后发表意见" })).toHaveAttribute(
      "href",
      `/jining/login?from=${encodeURIComponent(`/jining/consultations/${id}`)}`,
    );

    await signIn(page, "jining", "legislative");
    await page.goto(`/jining/consultations/${id}`);
    await page.getByRole("button", { name: "对草案整体提意见" }).click();
    const opinion = `登录后提交的意见。${unique("")}`;
    await page.getByLabel("您的意见").fill(opinion);
    await page.getByRole("button", { name: "提交意见" }).click();
    await expect(page.getByText("意见已提交，谢谢您！")).toBeVisible();
    expect(await storedWith(opinion)).toHaveLength(1);
  } finally {
    await sql(`UPDATE "Tenant" SET settings = settings - 'commentsRequireSignIn' WHERE slug = 'jining'`);
    await sql(`UPDATE "Consultation" SET "endsAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  }
});

test("the window closing while a form is open gets a clear refusal; the states read as they should", async ({
  page,
}) => {
  const title = unique("e2e 状态 ");
  const id = await newConsultation("chengdu", title);
  const here = `/chengdu/consultations/${id}`;
  await page.goto(here);
  await expect(page).toHaveTitle(`${title} · 成都市人大常委会 · 连心`);
  await page.getByRole("button", { name: "对草案整体提意见" }).click();
  await page.getByLabel("您的意见").fill("截止前写好的意见。");
  await sql(`UPDATE "Consultation" SET "endsAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  await page.getByRole("button", { name: "提交意见" }).click();
  await expect(page.getByRole("region", { name: "对草案整体提意见" }).getByRole("alert")).toContainText(
    /^征求意见已于.*截止/,
  );

  await page.goto(here);
  await expect(page.getByText(/征求意见已于.*截止，感谢您的关注/)).toBeVisible();
  await expect(page.getByRole("button", { name: /提意见/ })).toHaveCount(0);

  await sql(
    `UPDATE "Consultation" SET "startsAt" = now() + interval '2 days', "endsAt" = now() + interval '12 days' WHERE id = $1`,
    [id],
  );
  await page.goto(here);
  await expect(page.getByText(/征求意见将于.*开始/)).toBeVisible();

  await sql(
    `UPDATE "Consultation" SET "startsAt" = now() - interval '12 days', "endsAt" = now() - interval '2 days', "dispositionsPublishedAt" = now() WHERE id = $1`,
    [id],
  );
  await page.goto(here);
  await page.getByRole("link", { name: "查看意见采纳情况" }).click();
  await expect(page).toHaveURL(`${here}/summary`);
  await expect(page.getByRole("heading", { name: "意见采纳情况", level: 1 })).toBeVisible();
});

test("an unknown consultation or city is the portal's 404 page", async ({ page }) => {
  for (const path of [
    "/liaoyuan/consultations/01a20282-0000-7000-8000-000000000000",
    "/nowhere/consultations/01a20282-0000-7000-8000-000000000000",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page).toHaveTitle("页面不存在 · 连心");
  }
});
