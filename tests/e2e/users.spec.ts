import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("an admin creates a user with a scoped role, finds them (phone masked), audits it, then disables them", async ({
  page,
  browser,
}) => {
  const username = unique("clerk");
  await signIn(page, "jining", "admin");
  await page.goto("/jining/console/users/new");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("孔书记员");
  await page.getByLabel("手机号码").fill("13912345678");
  await page.getByLabel("初始密码").fill("Clerk-pass-2026");
  await page.getByLabel("专门委员会工作人员").check();
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText("用户已创建。")).toBeVisible();

  await page.goto(`/jining/console/users?q=${username}`);
  const row = page.getByRole("row", { name: new RegExp(username) });
  await expect(row).toContainText("139****5678");
  await expect(row).not.toContainText("13912345678");
  await expect(row).toContainText("专门委员会工作人员");

  // The audit log names the action and the new user, and shows the phone masked.
  await page.goto("/jining/console/audit?action=user.create");
  const event = page.getByRole("listitem").filter({ hasText: `孔书记员 · ${username}` });
  await expect(event).toContainText("新建用户");
  await expect(event).toContainText("手机号码：139****5678");
  await expect(event).not.toContainText("13912345678");

  // The new user can sign in …
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await signIn(other, "jining", username, "Clerk-pass-2026");
  await expect(other.getByRole("heading", { name: "孔书记员，您好" })).toBeVisible();

  // … until the admin disables them: the open session ends at once.
  await page.goto(`/jining/console/users?q=${username}`);
  await page.getByRole("link", { name: "孔书记员" }).click();
  await page.getByLabel(/账号在用/).uncheck();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存。")).toBeVisible();
  await other.goto("/jining/console");
  await expect(other).toHaveURL(/\/jining\/login/);
  await signIn(other, "jining", username, "Clerk-pass-2026");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("该账号已停用");
  await ctx.close();
});

test("bad input in the user form gets field messages in Chinese and stores nothing", async ({ page }) => {
  await signIn(page, "jining", "admin");
  await page.goto("/jining/console/users/new");
  await page.getByLabel("用户名").fill("X");
  await page.getByLabel("姓名").fill("");
  await page.getByLabel("手机号码").fill("12345");
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText("请按提示修改标红的项目。")).toBeVisible();
  await expect(page.getByText("用户名为 3–32 位小写字母")).toBeVisible();
  await expect(page.getByText("请输入 11 位手机号码。")).toBeVisible();
  await expect(page.getByText("密码长度为 10–128 位。")).toBeVisible();
  await expect(page.getByText("请至少选择一个角色。")).toBeVisible();
  await expect(page).toHaveURL(/\/users\/new$/);
});

test("five wrong passwords lock the account for 15 minutes", async ({ page }) => {
  const username = unique("lock");
  await signIn(page, "dalian", "admin");
  const created = await page.request.post("/api/v1/dalian/users", {
    data: { username, displayName: "锁定测试", password: "Right-pass-2026", roles: [{ role: "leader" }] },
  });
  expect(created.status()).toBe(201);
  const ctx = await page.context().browser()!.newContext();
  const p = await ctx.newPage();
  for (let i = 0; i < 4; i++) {
    await signIn(p, "dalian", username, "wrong-pass-1");
    await expect(p.getByRole("main").getByRole("alert")).toContainText("用户名或密码错误");
  }
  // The fifth answers like the others (an unknown username never locks, so nothing may tell them apart) …
  await signIn(p, "dalian", username, "wrong-pass-1");
  await expect(p.getByRole("main").getByRole("alert")).toContainText("用户名或密码错误");
  // … and while it is locked, the right password is refused the same way (the message states the rule).
  await signIn(p, "dalian", username, "Right-pass-2026");
  await expect(p.getByRole("main").getByRole("alert")).toContainText("锁定 15 分钟，期间无法登录");
  await expect(p).toHaveURL(/\/dalian\/login/);
  await ctx.close();
});

test("a user changes their password and signs in again with it", async ({ page }) => {
  const username = unique("pw");
  await signIn(page, "shenyang", "admin");
  const created = await page.request.post("/api/v1/shenyang/users", {
    data: { username, displayName: "改密测试", password: "Old-pass-2026", roles: [{ role: "deputy" }] },
  });
  expect(created.status()).toBe(201);
  const ctx = await page.context().browser()!.newContext();
  const p = await ctx.newPage();
  await signIn(p, "shenyang", username, "Old-pass-2026");
  await p.getByRole("link", { name: "修改密码" }).first().click();
  await p.getByLabel("当前密码").fill("Old-pass-2026");
  await p.getByLabel(/^新密码/).fill("New-pass-2027");
  await p.getByLabel("再次输入新密码").fill("New-pass-2027");
  await p.getByRole("button", { name: "修改密码" }).click();
  await expect(p.getByText("密码已修改，请使用新密码重新登录。")).toBeVisible();
  await p.getByLabel("用户名").fill(username);
  await p.getByLabel("密码").fill("New-pass-2027");
  await p.getByRole("button", { name: "登录" }).click();
  await expect(p.getByRole("heading", { name: "改密测试，您好" })).toBeVisible();
  await ctx.close();
});
