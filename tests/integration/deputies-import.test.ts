// Importing deputies from .xlsx (issue #10 item 1) against real PostgreSQL, through the upload's module function
// (the route handler only calls it): every kind of row error named by row and column, all of them reported,
// nothing half-stored (all-or-nothing, or the valid rows only when told N of M), duplicates of the registry,
// files that are not .xlsx or too large, the one summary audit row, and the template read back.
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { importTemplateXlsx, importUpload } from "@/lib/modules/deputies";
import { auditRows, createArea, createTenant, createUser, sessionFor, type TestTenant } from "../factories";
import { createDeputy, importRequest, importRow, importXlsx } from "../factories/deputies";

const count = (tenant: { id: string }) => unsafePrisma.deputy.count({ where: { tenantId: tenant.id } });

async function cityWithOffice(): Promise<{ tenant: TestTenant; ctx: ReturnType<typeof sessionFor> }> {
  const tenant = await createTenant();
  const district = await createArea(tenant, undefined, "杏花岭区");
  await createArea(tenant, district, "鼓楼街道");
  return { tenant, ctx: sessionFor(await createUser(tenant, { roles: ["deputyAffairs"] })) };
}

describe("the check", () => {
  test("every kind of error is reported by row and column, and nothing is stored", async () => {
    const { tenant, ctx } = await cityWithOffice();
    await createDeputy(tenant, { name: "已在册", birthYear: 1970, level: "CITY", term: "第九届" });
    const file = await importXlsx([
      importRow(1, { constituency: "杏花岭区/鼓楼街道" }), // row 2: valid
      importRow(2, { level: "国家级" }), // 3
      importRow(3, { gender: "未知" }), // 4
      importRow(4, { name: "" }), // 5
      importRow(5, { birthYear: "一九七〇" }), // 6
      importRow(1), // 7: the same person as row 2
      importRow(6, { name: "已在册", birthYear: 1970 }), // 8: already in the registry
      importRow(7, { constituency: "杏花岭区/不存在街道" }), // 9
      importRow(8, { workUnit: "单".repeat(120) }), // 10
      importRow(9, { phone: "5551234" }), // 11
      importRow(10, { term: "" }), // 12
    ]);
    const r = await importUpload(tenant.slug, importRequest(file, "check"), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok || r.data.kind !== "report") return;
    expect(r.data).toMatchObject({ total: 11, valid: 1, invalidRows: 10, fileName: "代表名册.xlsx" });
    expect(r.data.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "level", "badLevel"],
      [4, "gender", "badGender"],
      [5, "name", "required"],
      [6, "birthYear", "badBirthYear"],
      [7, "name", "duplicateInFile"],
      [8, "name", "duplicateInRegistry"],
      [9, "constituency", "unknownArea"],
      [10, "workUnit", "tooLong"],
      [11, "phone", "badPhone"],
      [12, "term", "required"],
    ]);
    expect(r.data.errors.find((e) => e.code === "duplicateInFile")).toMatchObject({ firstRow: 2 });
    expect(await count(tenant)).toBe(1);
  });

  test("a file with 50 bad rows reports all 50", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const rows = Array.from({ length: 200 }, (_, i) => importRow(i, i % 4 === 0 ? { gender: "M" } : {}));
    const r = await importUpload(tenant.slug, importRequest(await importXlsx(rows), "check"), ctx);
    expect(r).toMatchObject({ ok: true, data: { kind: "report", total: 200, valid: 150, invalidRows: 50 } });
    if (r.ok && r.data.kind === "report") expect(r.data.errors).toHaveLength(50);
  });
});

describe("storing", () => {
  test("all or nothing: a file with one bad row stores nothing; fixed, it stores every row in one audited import", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const rows = Array.from({ length: 30 }, (_, i) => importRow(i, { constituency: "杏花岭区/鼓楼街道" }));
    const bad = [...rows, importRow(99, { level: "" })];
    const refused = await importUpload(tenant.slug, importRequest(await importXlsx(bad), "all"), ctx);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { file: ["文件中有 1 行错误（1 处），未导入任何数据。"] } },
    });
    expect(await count(tenant)).toBe(0);
    const done = await importUpload(tenant.slug, importRequest(await importXlsx(rows), "all"), ctx);
    expect(done).toEqual({ ok: true, data: { kind: "imported", imported: 30, skipped: 0 } });
    expect(await count(tenant)).toBe(30);
    const stored = await unsafePrisma.deputy.findFirstOrThrow({
      where: { tenantId: tenant.id, name: "导入代表00003" },
    });
    expect(stored).toMatchObject({ gender: "MALE", level: "CITY", term: "第九届", status: "IN_OFFICE" });
    expect(stored.constituencyId).not.toBeNull();
    const audits = await auditRows(tenant.id, { action: "deputy.import" });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ fileName: "代表名册.xlsx", imported: 30, rows: 30, skipped: 0 });
    // The same file again: every row is now a duplicate of the registry, and nothing more is stored.
    const again = await importUpload(tenant.slug, importRequest(await importXlsx(rows), "check"), ctx);
    expect(again).toMatchObject({ ok: true, data: { valid: 0, invalidRows: 30 } });
    expect(
      again.ok && again.data.kind === "report" && again.data.errors.every((e) => e.code === "duplicateInRegistry"),
    ).toBe(true);
  });

  test("the valid rows only, when the user was told how many: N of M stored, and a changed count refused", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const rows = Array.from({ length: 20 }, (_, i) => importRow(i, i < 5 ? { birthYear: 2020 } : {}));
    const file = await importXlsx(rows);
    const wrong = await importUpload(tenant.slug, importRequest(file, "valid", { expected: 16 }), ctx);
    expect(wrong).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await count(tenant)).toBe(0);
    const done = await importUpload(tenant.slug, importRequest(file, "valid", { expected: 15 }), ctx);
    expect(done).toEqual({ ok: true, data: { kind: "imported", imported: 15, skipped: 5 } });
    expect(await count(tenant)).toBe(15);
    const [audit] = await auditRows(tenant.id, { action: "deputy.import" });
    expect(audit!.after).toMatchObject({ mode: "valid", imported: 15, rows: 20, skipped: 5 });
  });

  test("columns are found by their header, wherever they are; a file without the key columns is refused", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["届次", "代表层级", "出生年份", "性别", "姓名"]);
    sheet.addRow(["第九届", "全国", 1965, "女", "赵敏"]);
    const moved = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await importUpload(tenant.slug, importRequest(moved, "all"), ctx)).toMatchObject({
      ok: true,
      data: { imported: 1 },
    });
    expect(await unsafePrisma.deputy.findFirst({ where: { tenantId: tenant.id, name: "赵敏" } })).toMatchObject({
      level: "NATIONAL",
      gender: "FEMALE",
      birthYear: 1965,
    });
    const missing = await importXlsx([importRow(1)], ["姓名", "性别"]);
    expect(await importUpload(tenant.slug, importRequest(missing, "check"), ctx)).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: { file: ["文件缺少以下列：出生年份、代表层级、届次。请使用导入模板。"] },
      },
    });
  });
});

describe("refusals", () => {
  test("not an .xlsx by content (whatever its name), a broken zip, an empty or oversize upload: 4xx, nothing stored", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const text = new TextEncoder().encode("姓名,性别\n张三,男\n");
    expect(await importUpload(tenant.slug, importRequest(text, "all", { name: "名单.xlsx" }), ctx)).toMatchObject({
      ok: false,
      error: { code: "UNSUPPORTED_MEDIA_TYPE", fieldErrors: { file: ["这不是 Excel（.xlsx）文件，请使用导入模板。"] } },
    });
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(await importUpload(tenant.slug, importRequest(brokenZip, "check"), ctx)).toMatchObject({
      ok: false,
      error: { code: "UNSUPPORTED_MEDIA_TYPE" },
    });
    expect(await importUpload(tenant.slug, importRequest(new Uint8Array(), "check"), ctx)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { file: ["请选择要上传的 Excel 文件。"] } },
    });
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await importUpload(tenant.slug, importRequest(huge, "check"), ctx)).toMatchObject({
      ok: false,
      error: { code: "PAYLOAD_TOO_LARGE" },
    });
    const json = new Request("http://localhost/import", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await importUpload(tenant.slug, json, ctx)).toMatchObject({
      ok: false,
      error: { code: "UNSUPPORTED_MEDIA_TYPE" },
    });
    expect(await count(tenant)).toBe(0);
  });

  test("a leader may not import; another city's session answers NOT_FOUND", async () => {
    const { tenant } = await cityWithOffice();
    const other = await cityWithOffice();
    const file = await importXlsx([importRow(1)]);
    const leader = sessionFor(await createUser(tenant, { roles: ["leader"] }));
    expect(await importUpload(tenant.slug, importRequest(file, "all"), leader)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await importUpload(tenant.slug, importRequest(file, "all"), other.ctx)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await count(tenant)).toBe(0);
    expect(await count(other.tenant)).toBe(0);
  });
});

describe("the template", () => {
  test("has a Chinese header for every field and lists the allowed values and the city's constituencies; filled in, it imports", async () => {
    const { tenant, ctx } = await cityWithOffice();
    const bytes = await importTemplateXlsx(tenant.id);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const [sheet, values] = workbook.worksheets;
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual([
      "姓名",
      "性别",
      "民族",
      "出生年份",
      "党派",
      "职业",
      "工作单位",
      "代表层级",
      "届次",
      "代表团或代表小组",
      "选区",
      "手机号码",
    ]);
    const listed: string[] = [];
    values!.eachRow((r) => r.eachCell((c) => listed.push(String(c.value))));
    expect(listed).toEqual(expect.arrayContaining(["全国", "省", "市", "县", "乡", "男", "女", "杏花岭区/鼓楼街道"]));
    sheet!.addRow(["孙丽", "女", "回族", 1980, "", "医生", "市人民医院", "县", "第十届", "", "杏花岭区/鼓楼街道", ""]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await importUpload(tenant.slug, importRequest(filled, "all"), ctx)).toMatchObject({
      ok: true,
      data: { imported: 1 },
    });
    expect(await unsafePrisma.deputy.findFirst({ where: { tenantId: tenant.id, name: "孙丽" } })).toMatchObject({
      ethnicity: "回族",
      level: "COUNTY",
      phone: null,
    });
  });
});
