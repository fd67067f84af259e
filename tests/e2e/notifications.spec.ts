// Notifications in the console (issue #9 item 6c): a notification shows in the bell's count and in the list, in
// the reader's language; "mark as read" and opening one both clear it from the count; "mark all as read" empties
// it. Harbin's deputy account is used by no other spec, and the rows are this run's own.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

async function notifyDeputy(title: string, href: string) {
  await sql(
    `INSERT INTO "Notification" ("tenantId", "userId", "kind", "messageKey", "values", "href", "dedupeKey")
     SELECT u."tenantId", u."id", 'e2e', 'contactPoints.reminders.dueToday', jsonb_build_object('title', $1::text), $2, $3
       FROM "User" u JOIN "Tenant" t ON t."id" = u."tenantId" WHERE t."slug" = 'harbin' AND u."username" = 'deputy'`,
    [title, href, unique("e2e:")],
  );
  // As the notifier does: cached console pages key on the city's action version.
  await sql(`UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "slug" = 'harbin'`);
}

test("the bell counts unread notifications; the list marks them read, one by one, on opening, and all at once", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const first = `《${unique("哈尔滨市测试条例")}》公开征求意见`;
  const second = `《${unique("哈尔滨市测试条例")}》公开征求意见`;
  await notifyDeputy(first, "/console/notifications");
  await notifyDeputy(second, "/console/account");

  await signIn(page, "harbin", "deputy");
  await page.goto("/harbin/console");
  const bell = page.getByRole("link", { name: /条未读通知$/ });
  const label = (await bell.getAttribute("aria-label")) ?? "";
  const unread = Number(/^(\d+) 条未读通知$/.exec(label)?.[1]);
  expect(unread).toBeGreaterThanOrEqual(2);

  await bell.click();
  await expect(page.getByRole("heading", { name: "通知", level: 1 })).toBeVisible();
  const list = page.getByRole("list", { name: "通知列表" });
  const firstItem = list.getByRole("listitem").filter({ hasText: first });
  await expect(firstItem).toContainText(`${first}：你点的汇总意见今天到期，请尽快报送`);
  await expect(firstItem).toContainText("未读");
  await expectNoSeriousA11yViolations(page);

  await firstItem.getByRole("button", { name: /标为已读/ }).click();
  await expect(page.getByRole("link", { name: `${unread - 1} 条未读通知` })).toBeVisible();
  await expect(firstItem.getByRole("button", { name: /标为已读/ })).toHaveCount(0);

  // Opening one marks it read and follows its link.
  await list.getByRole("link", { name: new RegExp(second.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).click();
  await page.waitForURL("**/harbin/console/account");
  await expect(
    page.getByRole("link", { name: unread - 2 === 0 ? "没有未读通知" : `${unread - 2} 条未读通知` }),
  ).toBeVisible();

  if (unread - 2 > 0) {
    await page.goto("/harbin/console/notifications");
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByText(`已将 ${unread - 2} 条通知标为已读。`)).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "没有未读通知" })).toBeVisible();

  // English: the same rows in the reader's language.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/harbin/console/notifications");
  await expect(page.getByRole("link", { name: "No unread notifications" })).toBeVisible();
  await expect(page.getByText(`${first}: your point's consolidated opinions are due today`)).toBeVisible();
});
