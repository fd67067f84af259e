// Every page and API route of the legislation module, asked in Jining about Liaoyuan's rows: 404, never data.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers";

type Ids = {
  regulation: string;
  draft: string;
  plan: string;
  call: string;
  proposal: string;
  receipt: string;
  title: string;
};

async function liaoyuanIds(): Promise<Ids> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query(sql)).rows[0];
    const t = (await one(`SELECT id FROM "Tenant" WHERE slug = 'liaoyuan'`)).id;
    const draft = await one(
      `SELECT d.id, d."regulationId", r.title FROM "DraftVersion" d JOIN "Regulation" r ON r.id = d."regulationId" WHERE d."tenantId" = '${t}' AND d."publishedAt" IS NOT NULL LIMIT 1`,
    );
    const plan = await one(
      `SELECT id FROM "LegislativePlan" WHERE "tenantId" = '${t}' AND "publishedAt" IS NOT NULL LIMIT 1`,
    );
    const proposal = await one(
      `SELECT id, "callId", "receiptCode" FROM "LegislativeProposal" WHERE "tenantId" = '${t}' LIMIT 1`,
    );
    return {
      regulation: draft.regulationId,
      draft: draft.id,
      plan: plan.id,
      call: proposal.callId,
      proposal: proposal.id,
      receipt: proposal.receiptCode,
      title: draft.title,
    };
  } finally {
    await client.end();
  }
}

test("Liaoyuan's plans, regulations, drafts, calls, proposals and receipts are 404 in Jining — pages and API", async ({
  page,
}) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)");
  const ids = await liaoyuanIds();
  // Sanity: in Liaoyuan they exist.
  expect((await page.request.get(`/api/v1/liaoyuan/regulations/${ids.regulation}`)).status()).toBe(200);
  expect((await page.request.get(`/api/v1/liaoyuan/receipts/${ids.receipt}`)).status()).toBe(200);

  const publicPaths = [
    `/jining/plans/${ids.plan}`,
    `/jining/regulations/${ids.regulation}`,
    `/jining/drafts/${ids.draft}`,
  ];
  for (const path of publicPaths) expect((await page.request.get(path)).status(), path).toBe(404);
  const track = await page.goto(`/jining/track/${ids.receipt}`);
  expect([200, 404]).toContain(track?.status());
  await expect(page.getByText(ids.title)).toHaveCount(0);

  const apiPaths = [
    `/api/v1/jining/plans/${ids.plan}`,
    `/api/v1/jining/regulations/${ids.regulation}`,
    `/api/v1/jining/drafts/${ids.draft}`,
    `/api/v1/jining/receipts/${ids.receipt}`,
  ];
  for (const path of apiPaths) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
  }
  const post = await page.request.post("/api/v1/jining/proposals", {
    data: { callId: ids.call, title: "跨市提交", necessity: "测试", mainContent: "测试" },
  });
  expect(post.status()).toBe(404);

  await signIn(page, "jining", "legislative");
  const consolePaths = [
    `/jining/console/legislation/regulations/${ids.regulation}`,
    `/jining/console/legislation/drafts/${ids.draft}`,
    `/jining/console/legislation/drafts/compare?from=${ids.draft}&to=${ids.draft}`,
    `/jining/console/legislation/plans/${ids.plan}`,
    `/jining/console/legislation/calls/${ids.call}`,
    `/jining/console/legislation/proposals/${ids.proposal}`,
  ];
  for (const path of consolePaths) expect((await page.goto(path))?.status(), path).toBe(404);
  // Lists hold only the city's own rows: Jining's in-force list never shows Liaoyuan's regulation.
  await page.goto("/jining/console/legislation/in-force");
  await expect(page.getByRole("heading", { name: "现行有效法规" })).toBeVisible();
  await expect(page.getByText("辽源市柞蚕产业发展条例")).toHaveCount(0);
  // And Liaoyuan's own staff see them.
  const ctx = await page.context().browser()!.newContext();
  const ly = await ctx.newPage();
  await signIn(ly, "liaoyuan", "legislative");
  for (const path of consolePaths.map((p) => p.replace("/jining/", "/liaoyuan/")))
    expect((await ly.goto(path))?.status(), path).toBe(200);
  await ly.goto("/liaoyuan/console/legislation/in-force");
  await expect(ly.getByRole("link", { name: "辽源市柞蚕产业发展条例" })).toBeVisible();
  await ctx.close();
});

test("malformed ids are 404, not errors", async ({ page }) => {
  for (const path of [
    "/api/v1/liaoyuan/regulations/------------------------------------",
    "/api/v1/liaoyuan/drafts/not-a-uuid",
    "/api/v1/liaoyuan/plans/00000000000000000000000000000000abcd",
    "/liaoyuan/regulations/x'%20OR%201=1",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
