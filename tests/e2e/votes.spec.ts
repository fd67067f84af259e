import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// A named vote (电子表决) at a meeting, on the clerk's phone: the roll call marks two of three members absent, the
// vote opens, the one present votes 赞成, it closes, and under "more than half of those present" it passes; the big
// screen shows 应到 / 出席 / 已投 and the decision.
test.use({ actionTimeout: 30_000 });

test("roll call on a phone → named vote → passes by those present → big screen", async ({ page }) => {
  const title = unique("关于批准2026年市级预算调整方案的决议草案");
  const [poll] = await sql<{ id: string }>(
    `WITH t AS (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan'),
     p AS (INSERT INTO "Poll" ("id", "tenantId", "kind", "secrecy", "title", "optionSet", "status", "passRule", "memberTotal", "meeting")
           SELECT gen_random_uuid(), t."id", 'NAMED', 'NAMED', $1, 'YES_NO_ABSTAIN', 'DRAFT', 'MAJORITY_OF_PRESENT', 3, '常委会第三十次会议' FROM t
           RETURNING "id", "tenantId"),
     i AS (INSERT INTO "PollItem" ("id", "tenantId", "pollId", "label", "sortOrder")
           SELECT gen_random_uuid(), p."tenantId", p."id", $1, 0 FROM p)
     INSERT INTO "PollVoter" ("id", "tenantId", "pollId", "userId")
     SELECT gen_random_uuid(), p."tenantId", p."id", u."id" FROM p
     JOIN "User" u ON u."tenantId" = p."tenantId" AND u."username" IN ('admin', 'leader', 'committee')
     RETURNING "pollId"::text AS id`,
    [title],
  );
  if (!poll) throw new Error("could not make the poll");
  const names = await sql<{ username: string; displayName: string }>(
    `SELECT u."username", u."displayName" FROM "User" u JOIN "Tenant" t ON t."id" = u."tenantId"
     WHERE t."slug" = 'liaoyuan' AND u."username" IN ('leader', 'committee')`,
  );

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "liaoyuan", "admin");
  await page.goto(`/liaoyuan/console/polls/${poll.id}`);
  const roll = page.getByRole("region", { name: "出席登记（点名）" });
  await expect(roll.getByText("出席 3 / 应到 3")).toBeVisible();
  for (const n of names) {
    await roll.getByRole("checkbox", { name: new RegExp(n.displayName) }).uncheck();
    await expect(roll.getByRole("checkbox", { name: new RegExp(n.displayName) })).not.toBeChecked();
  }
  await expect(roll.getByText("出席 1 / 应到 3")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "开始表决" }).click();
  await page.getByRole("button", { name: "赞成", exact: true }).click();
  await page.getByRole("button", { name: "提交投票" }).click();
  await expect(page.getByText("您的投票已记录")).toBeVisible();
  await page.getByRole("button", { name: "结束表决" }).click();
  await expect(roll.getByText("表决已结束，出席名单不可再改。")).toBeVisible();

  await page.goto(`/liaoyuan/console/polls/${poll.id}/screen`);
  await expect(page.getByText("应到 3 · 出席 1 · 已投 1")).toBeVisible();
  await expect(page.getByText("通过", { exact: true }).first()).toBeVisible();
  const [tally] = await sql<{ present: number }>(
    `SELECT count(*) FILTER (WHERE "present")::int AS present FROM "PollVoter" WHERE "pollId" = $1::uuid`,
    [poll.id],
  );
  expect(tally?.present).toBe(1);
});
