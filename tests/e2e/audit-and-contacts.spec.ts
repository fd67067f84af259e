// Issue #9 items 7 and 6e in a browser: contacts masked with an audited reveal, the contact-point coordinator's
// scoped role surviving a save of the user form, the audit log in words on a 360 px phone, and the dispose form's
// required-result message in its own column.
import { expect, test } from "@playwright/test";
import { signIn, sql } from "./helpers";

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

test("an admin saves the contact-point coordinator unchanged, reveals the phone, and reads both in the audit log on a phone", async ({
  page,
}) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)");
  const [coordinator] = await sql<{ id: string; phone: string }>(
    `SELECT u.id, u.phone FROM "User" u JOIN "Tenant" t ON t.id = u."tenantId" WHERE t.slug = 'liaoyuan' AND u.username = 'contact-point'`,
  );
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, "liaoyuan", "admin");
  await page.goto(`/liaoyuan/console/users/${coordinator!.id}`);

  // The whole number is not on the page until asked for.
  expect(await page.content()).not.toContain(coordinator!.phone);
  await expect(page.getByText(`${coordinator!.phone.slice(0, 3)}****${coordinator!.phone.slice(7)}`)).toBeVisible();
  await page.getByRole("button", { name: "查看完整号码：手机号码" }).click();
  await expect(page.getByText(coordinator!.phone)).toBeVisible();

  // Saving the form as it is keeps the scoped role and the phone.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存。")).toBeVisible();
  const [after] = await sql<{ phone: string; scope: string | null }>(
    `SELECT u.phone, r."scopeId"::text AS scope FROM "User" u JOIN "RoleAssignment" r ON r."userId" = u.id AND r.role = 'contactPoint' WHERE u.id = $1`,
    [coordinator!.id],
  );
  expect(after!.phone).toBe(coordinator!.phone);
  expect(after!.scope).not.toBeNull();

  // The audit log in words: who did what to whom, phones masked, no sideways scrolling at 360 px.
  await page.goto("/liaoyuan/console/audit?entityType=User");
  const reveal = page.getByRole("listitem").filter({ hasText: "查看完整联系方式" }).first();
  await expect(reveal).toContainText("孙联络 · contact-point");
  await expect(reveal).toContainText("手机号码");
  const text = await page.getByRole("main").innerText();
  expect(text).not.toMatch(MOBILE);
  expect(text).not.toMatch(/User · [0-9a-f]{8}/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a proposal's citizen contact is masked for a leader and revealed, audited, for legislative staff", async ({
  page,
}) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)");
  // A citizen's proposal with a mobile number, sent through the public API to Liaoyuan's open call.
  const [call] = await sql<{ id: string }>(
    `SELECT c.id FROM "ProposalCall" c JOIN "Tenant" t ON t.id = c."tenantId"
     WHERE t.slug = 'liaoyuan' AND c."opensOn" <= current_date AND c."closesOn" >= current_date LIMIT 1`,
  );
  expect(call, "Liaoyuan's seeded open call").toBeDefined();
  const contact = `139${String(Date.now()).slice(-8)}`;
  const sent = await page.request.post("/api/v1/liaoyuan/proposals", {
    data: {
      callId: call!.id,
      title: "关于制定停车管理条例的建议",
      necessity: "停车难。",
      mainContent: "规范停车。",
      proposerContact: contact,
    },
  });
  expect(sent.status()).toBe(201);
  const { receiptCode } = (await sent.json()).data as { receiptCode: string };
  const [p] = await sql<{ id: string; contact: string }>(
    `SELECT p.id, p."proposerContact" AS contact FROM "LegislativeProposal" p JOIN "Tenant" t ON t.id = p."tenantId"
     WHERE t.slug = 'liaoyuan' AND p."receiptCode" = $1`,
    [receiptCode],
  );
  await signIn(page, "liaoyuan", "leader");
  await page.goto(`/liaoyuan/console/legislation/proposals/${p!.id}`);
  expect(await page.content()).not.toContain(p!.contact);
  await expect(page.getByRole("button", { name: /查看完整/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "liaoyuan", "legislative");
  await page.goto(`/liaoyuan/console/legislation/proposals/${p!.id}`);
  expect(await page.content()).not.toContain(p!.contact);
  await page.getByRole("button", { name: /查看完整/ }).click();
  await expect(page.getByText(p!.contact)).toBeVisible();
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'contact.reveal' AND "entityId" = $1`,
    [p!.id],
  );
  expect(row!.n).toBeGreaterThan(0);
});

test("the dispose form without a result says so in words, inside its own column", async ({ page }) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)");
  const [c] = await sql<{ id: string }>(
    `SELECT c.id FROM "Consultation" c JOIN "Tenant" t ON t.id = c."tenantId" WHERE t.slug = 'chengdu'
       AND EXISTS (SELECT 1 FROM "Opinion" o WHERE o."consultationId" = c.id AND o."tenantId" = c."tenantId") LIMIT 1`,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "chengdu", "legislative");
  await page.goto(`/chengdu/console/consultations/${c!.id}/opinions`);
  await page.locator('input[name="opinionIds"]').first().check();
  const dispose = page.getByRole("form", { name: "处理所选意见" });
  await dispose.getByRole("button", { name: "处理所选意见" }).click();
  const message = dispose.getByText("此项为必填项。");
  await expect(message).toBeVisible();
  await expect(dispose).not.toContainText("ADOPTED");
  // The message stays left of the reason's column.
  const [box, reason] = await Promise.all([message.boundingBox(), dispose.getByLabel("理由").boundingBox()]);
  expect(box!.x + box!.width).toBeLessThanOrEqual(reason!.x);
});
