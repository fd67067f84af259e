import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn, sql, unique } from "./helpers";

// Issue #13 end to end in Liaoyuan: the admin creates a special inquiry, names the unit answering and opens the
// session; on the session page two questions with their answers are recorded — the second while the network is
// down, kept as 待同步 and synced when it is back; closing the session opens the anonymous satisfaction vote;
// three members vote on phones (您的投票已记录); the admin closes it and the big screen shows the results; a
// problem found becomes the unit's rectification task, the unit reports with evidence and the admin accepts.
const PHONE = { width: 360, height: 740 };
test.use({ actionTimeout: 30_000 });

/** Three members (常委会组成人员) with accounts of their own, who take part in the activity and so vote. */
async function members(): Promise<string[]> {
  const names = [unique("member-a-"), unique("member-b-"), unique("member-c-")];
  for (const [i, username] of names.entries())
    await sql(
      `WITH t AS (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan'),
       p AS (SELECT "passwordHash" FROM "User" WHERE "tenantId" = (SELECT "id" FROM t) AND "username" = 'leader'),
       u AS (INSERT INTO "User" ("id", "tenantId", "username", "displayName", "passwordHash")
             SELECT gen_random_uuid(), t."id", $1, $2, p."passwordHash" FROM t, p RETURNING "id", "tenantId")
       INSERT INTO "RoleAssignment" ("id", "tenantId", "userId", "role")
       SELECT gen_random_uuid(), u."tenantId", u."id", 'leader' FROM u`,
      [username, `测试委员${"甲乙丙"[i]}`],
    );
  return names;
}

async function asAccount(browser: Browser, username: string, viewport = PHONE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, "liaoyuan", username);
  return { context, page };
}

test("inquiry session recorded live (one entry offline) → satisfaction vote on three phones → big screen → problem → unit task → report → accepted", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const voters = await members();
  const topic = unique("优化营商环境工作专题询问");
  const [unit] = await sql<{ name: string }>(
    `SELECT n."name" FROM "User" u JOIN "RoleAssignment" r ON r."userId" = u."id" AND r."role" = 'unit'
     JOIN "Unit" n ON n."id" = r."scopeId" JOIN "Tenant" t ON t."id" = u."tenantId"
     WHERE t."slug" = 'liaoyuan' AND u."username" = 'unit'`,
  );
  if (!unit) throw new Error("the Liaoyuan demo lacks its unit account");

  // The admin creates the inquiry (kind 专题询问, on the public plan).
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "liaoyuan", "admin");
  await page.goto("/liaoyuan/console/oversight/new");
  await page.getByLabel("类别").selectOption("SPECIAL_INQUIRY");
  await page.getByLabel("名称").fill(topic);
  await page.getByLabel("在公开的监督工作计划中显示").check();
  await page.getByRole("button", { name: "创建" }).click();
  await page.waitForURL(/\/console\/oversight\/[0-9a-f-]{36}$/);
  const activityId = page.url().split("/").at(-1)!;
  await sql(
    `INSERT INTO "OversightParticipant" ("id", "tenantId", "activityId", "kind", "userId", "role")
     SELECT gen_random_uuid(), u."tenantId", $1::uuid, 'MEMBER', u."id", '询问人' FROM "User" u
     WHERE u."username" = ANY($2) AND u."tenantId" = (SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan')`,
    [activityId, voters],
  );

  // The unit answering, then the session opens.
  const panel = page.getByRole("region", { name: "专题询问" });
  await panel.getByRole("combobox", { name: "应询部门" }).selectOption({ label: unit.name });
  await panel.getByLabel("应询人员（姓名、职务）").fill("局长 王某");
  await panel.getByRole("button", { name: "添加应询部门" }).click();
  await expect(panel.getByText("局长 王某")).toBeVisible();
  await panel.getByRole("button", { name: "开始询问会" }).click();
  await expect(panel.getByText("询问会进行中")).toBeVisible();
  await panel.getByRole("link", { name: "进入现场记录" }).click();
  await page.waitForURL(/\/session$/);
  await expect(page.getByRole("heading", { name: "询问会现场记录" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The first question, saved from the keyboard.
  await page.getByLabel("询问人").fill("测试委员甲");
  await page.getByRole("combobox", { name: "应询部门" }).selectOption({ label: unit.name });
  await page.getByLabel("回答人").fill("王某");
  await page.getByLabel(/^问题\*?$/).fill("企业开办时间还能否进一步压缩？");
  await page.getByLabel("回答", { exact: true }).fill("今年已压缩到一个工作日以内。");
  await page.getByLabel("回答", { exact: true }).press("Control+Enter");
  const entries = page.getByTestId("session-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first().getByText("已同步")).toBeVisible();
  // Who asks and who answers stay for the next entry; the question is cleared.
  await expect(page.getByLabel("询问人")).toHaveValue("测试委员甲");
  await expect(page.getByLabel(/^问题\*?$/)).toHaveValue("");

  // The network drops: the second question is kept on the laptop, 待同步, and survives until it is back.
  await page.context().setOffline(true);
  await expect(page.getByText("网络已断开")).toBeVisible();
  await page.getByLabel(/^问题\*?$/).fill("“一网通办”的覆盖率还有多少差距？");
  await page.getByLabel("回答", { exact: true }).fill("目前 92%，年底前达到 98%。");
  await page.getByRole("button", { name: "保存并记下一条" }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1).getByText("待同步")).toBeVisible();
  await expect(page.getByTestId("sync-state")).toHaveText("1 条待同步");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("lianxin.inquiry-session.")),
  );
  expect(kept).toHaveLength(1);
  await page.context().setOffline(false);
  await expect(entries.nth(1).getByText("已同步")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("sync-state")).toHaveText("全部已同步");
  // Stored once each, in order, on the server.
  await page.reload();
  await expect(entries).toHaveCount(2);
  const stored = await sql<{ question: string; seq: number }>(
    `SELECT q."question", q."seq" FROM "InquiryQuestion" q JOIN "Inquiry" i ON i."id" = q."inquiryId"
     WHERE i."activityId" = $1::uuid ORDER BY q."seq"`,
    [activityId],
  );
  expect(stored.map((s) => s.question)).toEqual(["企业开办时间还能否进一步压缩？", "“一网通办”的覆盖率还有多少差距？"]);

  // Closing the session opens the satisfaction vote.
  await page.goto(`/liaoyuan/console/oversight/${activityId}`);
  await panel.getByRole("button", { name: "结束询问并开始满意度测评" }).click();
  await expect(panel.getByText("满意度测评", { exact: true })).toBeVisible();
  const pollLink = page.getByRole("region", { name: "表决" }).getByRole("link", { name: `${topic}满意度测评` });
  const pollPath = (await pollLink.getAttribute("href"))!;

  // Three members vote on their phones.
  for (const [i, username] of voters.entries()) {
    const m = await asAccount(browser, username);
    await m.page.goto(pollPath);
    await m.page
      .getByRole("group", { name: unit.name })
      .getByRole("button", { name: i < 2 ? "满意" : "基本满意", exact: true })
      .click();
    await m.page.getByRole("button", { name: "提交投票" }).click();
    await expect(m.page.getByText("您的投票已记录")).toBeVisible();
    if (i === 0) await expectNoSeriousA11yViolations(m.page);
    await m.context.close();
  }

  // The admin closes it; the big screen shows the results.
  await page.goto(pollPath);
  await page.getByRole("button", { name: "结束表决" }).click();
  await page.goto(`${pollPath}/screen`);
  const results = page.getByRole("region", { name: `${topic}满意度测评` });
  await expect(results.getByRole("row", { name: new RegExp(unit.name) })).toContainText("2");
  await expect(results.getByRole("row", { name: new RegExp(unit.name) })).toContainText("1");

  // A problem found becomes the unit's task.
  await page.goto(`/liaoyuan/console/oversight/${activityId}`);
  const problem = unique("部分审批事项仍需线下跑腿");
  await page.getByLabel("问题描述").fill(problem);
  await page.getByLabel("涉及单位").selectOption({ label: unit.name });
  await page.getByRole("button", { name: "登记问题" }).click();
  await expect(page.getByText(problem)).toBeVisible();
  await page.goto(`/liaoyuan/console/oversight/${activityId}/board`);
  await page.getByLabel(new RegExp(problem)).check();
  await page.getByRole("button", { name: "交办所选问题" }).click();
  const taskLink = page.getByRole("link", { name: new RegExp(problem) });
  await expect(taskLink).toBeVisible();
  const taskPath = (await taskLink.getAttribute("href"))!;

  // The unit reports on a phone, with evidence; the admin accepts.
  const u = await asAccount(browser, "unit");
  await u.page.goto(taskPath);
  await u.page.getByRole("textbox", { name: "整改情况" }).fill("已将 12 项审批事项全部纳入“一网通办”。");
  await u.page.getByLabel("佐证材料（图片或文件）").setInputFiles({
    name: "evidence.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  });
  await u.page.getByLabel("这是最终报告（整改完成，提交验收）").check();
  await u.page.getByRole("button", { name: "提交报告" }).click();
  await expect(u.page.getByText("待验收").first()).toBeVisible();
  await u.context.close();
  await page.goto(taskPath);
  await page.getByRole("button", { name: "验收通过" }).click();
  await expect(page.getByText("已验收").first()).toBeVisible();
});

test("public oversight pages on a phone and the console's oversight pages at a desk: no serious axe violation", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [demo] = await sql<{ inquiry: string; activity: string; task: string }>(
    `SELECT i."id"::text AS inquiry, i."activityId"::text AS activity,
       (SELECT t."id"::text FROM "RectificationTask" t WHERE t."activityId" = i."activityId" LIMIT 1) AS task
     FROM "Inquiry" i JOIN "Tenant" c ON c."id" = i."tenantId"
     JOIN "OversightActivity" a ON a."id" = i."activityId" AND a."published"
     WHERE c."slug" = 'liaoyuan' AND i."status" IN ('RECTIFYING', 'REVIEW', 'CLOSED') LIMIT 1`,
  );
  if (!demo) throw new Error("the Liaoyuan demo lacks its finished inquiry");
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/liaoyuan/oversight",
    `/liaoyuan/oversight/inquiries/${demo.inquiry}`,
    "/liaoyuan/oversight/projects",
    "/liaoyuan/filings",
  ]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  // The finished inquiry's record: its questions and answers and the vote's results.
  await page.goto(`/liaoyuan/oversight/inquiries/${demo.inquiry}`);
  await expect(page.getByRole("heading", { name: "询问与回答" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "满意度测评结果" })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "liaoyuan", "admin");
  for (const path of [
    "/liaoyuan/console/oversight",
    `/liaoyuan/console/oversight/${demo.activity}`,
    `/liaoyuan/console/oversight/${demo.activity}/board`,
    `/liaoyuan/console/oversight/${demo.activity}/session`,
    "/liaoyuan/console/rectification",
    `/liaoyuan/console/rectification/${demo.task}`,
    "/liaoyuan/console/polls",
    "/liaoyuan/console/projects",
    "/liaoyuan/console/filings",
  ]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});
