import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

test("staff withdraw a consultation from a contact point assigned by mistake, in two steps", async ({ page }) => {
  await signIn(page, "liaoyuan", "legislative");
  await page.goto("/liaoyuan/console/consultations");
  await page
    .getByRole("link", { name: /辽源市城市绿化条例/ })
    .first()
    .click();
  const assigned = page.getByRole("list", { name: "已交办的联系点" });
  await expect(assigned).toBeVisible();
  const rows = assigned.getByRole("listitem");
  const before = await rows.count();
  // Points that have sent opinions cannot be withdrawn: only the others offer it.
  const withdraw = assigned.getByRole("button", { name: /^撤回交办\s*：/ }).first();
  const name = ((await withdraw.textContent()) ?? "").replace(/^撤回交办\s*：/, "");
  const label = `撤回交给${name}的征求意见`;
  await withdraw.click();
  // The first click only asks; cancelling leaves everything as it was.
  await page.getByRole("group", { name: label }).getByRole("button", { name: "取消" }).click();
  await expect(rows).toHaveCount(before);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await assigned.getByRole("button", { name: new RegExp(`^撤回交办\\s*：${escaped}$`) }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("group", { name: label }).getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByText(`已撤回交给${name}的征求意见。`)).toBeVisible();
  await expect(rows).toHaveCount(before - 1);
  await expect(assigned.getByText(name, { exact: true })).toHaveCount(0);
});
