// The workbench as three people meet it: legislative staff find the opinions waiting in the open consultation and
// land on the filtered list; a contact point's coordinator finds the consultation handed to their point with its
// deadline in working days; a deputy proposes a regulation and finds it under 我的立法建议.
import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("legislative staff follow a work item to the opinions still to dispose", async ({ page }) => {
  await signIn(page, "liaoyuan", "legislative");
  const work = page.getByRole("region", { name: "待办事项" });
  await expect(work).toBeVisible();
  const item = work.getByRole("link", { name: /征求意见：\d+ 条意见待处理/ }).first();
  await expect(item).toBeVisible();
  await expect(item).toContainText(/还剩 \d+ 个工作日|今天到期/);
  await item.click();
  await expect(page).toHaveURL(/\/liaoyuan\/console\/consultations\/[0-9a-f-]{36}\/opinions\?status=RECEIVED$/);
});

test("a coordinator sees the consultation handed to their point, due in working days", async ({ page }) => {
  await signIn(page, "liaoyuan", "contact-point");
  const work = page.getByRole("region", { name: "待办事项" });
  const item = work.getByRole("link", { name: /交办给.*联系点，请报送汇总意见/ }).first();
  await expect(item).toBeVisible();
  await expect(item).toContainText(/还剩 \d+ 个工作日|今天到期|已逾期 \d+ 个工作日/);
  await item.click();
  await expect(page).toHaveURL(/\/liaoyuan\/console\/my-point\/[0-9a-f-]{36}$/);
});

test("a deputy proposes a regulation and finds it, with its receipt code, under my proposals", async ({ page }) => {
  const title = unique("辽源市电动自行车管理条例");
  await signIn(page, "liaoyuan", "deputy");
  await page.goto("/liaoyuan/console/legislation/propose");
  await page.getByLabel("建议项目名称").fill(title);
  await page.getByLabel("立法的必要性").fill("电动自行车停放充电引发火灾隐患，现行规定不够具体。");
  await page.getByLabel("主要内容").fill("规范登记、停放、充电和通行管理。");
  await page.getByRole("button", { name: "提交建议" }).click();
  await expect(page.getByText("建议已提交")).toBeVisible();
  await page.goto("/liaoyuan/console");
  await page
    .getByRole("region", { name: "待办事项" })
    .getByRole("link", { name: /你提出的立法建议/ })
    .click();
  await expect(page).toHaveURL(/\/liaoyuan\/console\/legislation\/my-proposals$/);
  const card = page.getByRole("listitem").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByText("已提交")).toBeVisible();
  await expect(card.getByText(/回执码 [A-Z2-9]{10}/)).toBeVisible();
});
