// The consultation's whole loop on a 390×844 phone: staff open a consultation on a published draft, a citizen
// comments on 第五条 and keeps the receipt code, the window closes, staff adopt the opinion with a reason and
// publish, and the citizen sees 采纳 and the reason by the receipt code.
import { expect, test } from "@playwright/test";
import { signIn, sql, unique } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("a citizen comments on 第五条; staff adopt it with a reason and publish; the citizen sees 采纳 and the reason", async ({
  page,
  browser,
}) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)");
  const [draft] = await sql<{ id: string }>(
    `SELECT d.id FROM "DraftVersion" d JOIN "Tenant" t ON t.id = d."tenantId"
     WHERE t.slug = 'liaoyuan' AND d."publishedAt" IS NOT NULL
       AND (SELECT count(*) FROM "DraftArticle" a WHERE a."tenantId" = d."tenantId" AND a."draftVersionId" = d.id) >= 5
     ORDER BY d."createdAt" LIMIT 1`,
  );
  const title = unique("e2e 征求意见 ");

  // Staff open the consultation, from midnight today (Beijing time) for 30 days as the form proposes.
  await signIn(page, "liaoyuan", "legislative");
  await page.goto("/liaoyuan/console/consultations/new");
  await page.getByLabel("草案版本").selectOption(draft!.id);
  await page.getByLabel("标题").fill(title);
  const today = new Date().toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);
  await page.getByLabel("开始时间").fill(`${today}T00:00`);
  await page.getByRole("button", { name: "发起征求意见" }).click();
  await page.waitForURL(/\/liaoyuan\/console\/consultations\/[0-9a-f-]{36}(\?|$)/);
  const consultationId = new URL(page.url()).pathname.split("/").at(-1)!;

  // A citizen, on their own phone, comments on 第五条.
  const citizenContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`/liaoyuan/consultations/${consultationId}`);
  await expect(citizen.getByRole("heading", { name: title })).toBeVisible();
  await citizen.getByRole("button", { name: /对本条提意见\s*（第五条）/ }).click();
  const opinion = `建议第五条明确养护责任的分工。${unique("")}`;
  await citizen.getByLabel("您的意见").fill(opinion);
  await citizen.getByRole("button", { name: "提交意见" }).click();
  await expect(citizen.getByText("意见已提交，谢谢您！")).toBeVisible();
  const code = (await citizen.getByTestId("opinion-receipt-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await citizen.goto(`/liaoyuan/track/${code}`);
  await expect(citizen.getByRole("main")).toContainText("已收到");

  // The window closes (the clock is simulated: the end moves into the past).
  await sql(
    `UPDATE "Consultation" SET "startsAt" = now() - interval '2 days', "endsAt" = now() - interval '1 minute' WHERE id = $1`,
    [consultationId],
  );

  // Staff adopt it with a reason, then publish.
  await page.goto(`/liaoyuan/console/consultations/${consultationId}/opinions`);
  await page.locator("li, tr").filter({ hasText: opinion }).getByRole("checkbox").check();
  const dispose = page.getByRole("form", { name: "处理所选意见" });
  await dispose.getByLabel("处理结果").selectOption({ label: "采纳" });
  const reason = "已在修改稿第五条中明确市、区两级的养护责任。";
  await dispose.getByLabel("理由").fill(reason);
  await dispose.getByRole("button", { name: "处理所选意见" }).click();
  await expect(page.getByText("已处理 1 条意见。")).toBeVisible();

  await page.goto(`/liaoyuan/console/consultations/${consultationId}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "公布处理情况" }).click();
  await expect(page.getByText(/处理情况已于.*公布/)).toBeVisible();

  // The citizen looks the receipt code up again: adopted, with the reason.
  await citizen.goto(`/liaoyuan/track/${code}`);
  await expect(citizen.getByRole("main")).toContainText("采纳");
  await expect(citizen.getByRole("main")).toContainText(reason);
  await citizen.goto(`/liaoyuan/consultations/${consultationId}/summary`);
  await expect(citizen.getByRole("main")).toContainText(reason);
  await citizenContext.close();
});
