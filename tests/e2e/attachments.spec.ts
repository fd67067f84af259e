// Attachments in a browser: a draft's original downloads from the console draft page with the safe headers, a
// .docx uploaded through the draft form comes back byte for byte, and nobody signed out gets either.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { strToU8, zipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { signIn, sql, unique } from "./helpers";

test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function docx(lines: string[]): Buffer {
  const body = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "word/document.xml": strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    }),
  );
}

test("a demo draft's original downloads from its console page, as a download nobody else can fetch", async ({
  page,
  browser,
}) => {
  const [row] = await sql<{ draft: string; text: string; fileName: string; attachment: string }>(
    `SELECT d."id"::text AS draft, d."sourceText" AS text, a."fileName", a."id"::text AS attachment
       FROM "DraftVersion" d JOIN "Tenant" t ON t."id" = d."tenantId"
       JOIN "Attachment" a ON a."tenantId" = d."tenantId" AND a."id" = d."sourceAttachmentId"
      WHERE t."slug" = 'liaoyuan' ORDER BY d."createdAt" LIMIT 1`,
  );
  expect(row, "a seeded draft with an original").toBeDefined();
  await signIn(page, "liaoyuan", "legislative");
  await page.goto(`/liaoyuan/console/legislation/drafts/${row!.draft}`);
  const link = page.getByRole("link", { name: "下载原件" });
  await expect(link).toBeVisible();
  await expect(page.getByText(row!.fileName, { exact: false })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(row!.fileName);
  expect(await readFile((await download.path())!, "utf8")).toBe(row!.text);

  const res = await page.request.get(`/api/v1/liaoyuan/attachments/${row!.attachment}`);
  expect(res.status()).toBe(200);
  expect(res.headers()).toMatchObject({
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox; default-src 'none'",
    "cache-control": "private, no-cache",
  });
  expect(res.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(row!.fileName)}`);

  const stranger = await browser.newContext();
  const signedOut = await stranger.request.get(`/api/v1/liaoyuan/attachments/${row!.attachment}`);
  expect(signedOut.status()).toBe(401);
  await stranger.close();
});

test("a .docx uploaded through the draft form is parsed and its original comes back byte for byte", async ({
  page,
}) => {
  const [reg] = await sql<{ id: string }>(
    `SELECT r."id"::text AS id FROM "Regulation" r JOIN "Tenant" t ON t."id" = r."tenantId"
      WHERE t."slug" = 'liaoyuan' AND r."title" LIKE '%城市绿化条例%' LIMIT 1`,
  );
  expect(reg).toBeDefined();
  const label = unique("附件稿");
  const bytes = docx([
    "辽源市城市绿化条例（草案）",
    "第一条　为了促进城市绿化，制定本条例。",
    "第二条　本条例自公布之日起施行。",
  ]);
  await signIn(page, "liaoyuan", "legislative");
  await page.goto(`/liaoyuan/console/legislation/regulations/${reg!.id}`);
  await page.getByLabel("版本名称").fill(label);
  await page.getByLabel("或上传文件").setInputFiles({
    name: "辽源市城市绿化条例（草案）.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: bytes,
  });
  await page.getByRole("button", { name: "添加并解析" }).click();
  await expect(page.getByText(new RegExp(`已添加第\\d+版「${label}」，识别出 2 条。`))).toBeVisible();
  await page.getByRole("link", { name: "查看逐条内容" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载原件" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("辽源市城市绿化条例（草案）.docx");
  expect(sha(await readFile((await download.path())!))).toBe(sha(bytes));
});
