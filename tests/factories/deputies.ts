// Test data for the deputies registry: deputies written through `unsafePrisma` with an explicit tenantId (never
// through the actions under test), and .xlsx files built with exceljs as an office would fill the template in.
import ExcelJS from "exceljs";
import { unsafePrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPORT_COLUMNS } from "@/lib/modules/deputies";
import { uniqueSuffix } from "./index";

type TenantRef = { id: string };

/** A deputy in office (a fresh name unless told), 城市 level, 第九届. */
export function createDeputy(tenant: TenantRef, overrides: Partial<Prisma.DeputyUncheckedCreateInput> = {}) {
  return unsafePrisma.deputy.create({
    data: {
      tenantId: tenant.id,
      name: `代表${uniqueSuffix(6)}`,
      gender: "FEMALE",
      birthYear: 1975,
      level: "CITY",
      term: "第九届",
      ...overrides,
    },
  });
}

/** `count` deputies at once (createMany), named 代表0001 …, for paging tests. */
export async function createDeputies(
  tenant: TenantRef,
  count: number,
  row: (i: number) => Partial<Prisma.DeputyCreateManyInput> = () => ({}),
) {
  await unsafePrisma.deputy.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      tenantId: tenant.id,
      name: `代表${String(i + 1).padStart(4, "0")}`,
      gender: i % 2 ? ("MALE" as const) : ("FEMALE" as const),
      birthYear: 1960 + (i % 40),
      level: "COUNTY" as const,
      term: "第十届",
      ...row(i),
    })),
  });
}

export type ImportCells = Partial<Record<(typeof IMPORT_COLUMNS)[number]["key"], string | number>>;

/** A valid template row (override any cell). */
export function importRow(i: number, cells: ImportCells = {}): ImportCells {
  return {
    name: `导入代表${String(i).padStart(5, "0")}`,
    gender: i % 2 ? "男" : "女",
    ethnicity: "汉族",
    birthYear: 1960 + (i % 40),
    party: "中共党员",
    occupation: "教师",
    workUnit: "第一中学",
    level: "市",
    term: "第九届",
    delegation: "第一代表小组",
    constituency: "",
    phone: `139${String(i).padStart(8, "0")}`,
    ...cells,
  };
}

/** The template's sheet filled with `rows` (header row in Chinese), as the bytes of an .xlsx. */
export async function importXlsx(rows: ImportCells[], headers = IMPORT_COLUMNS.map((c) => c.header)): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("代表名册");
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => r[c.key] ?? ""));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The upload route's request: a multipart body with the file and the mode. */
export function importRequest(
  bytes: Uint8Array,
  mode: "check" | "all" | "valid",
  opts: { expected?: number; name?: string } = {},
) {
  const form = new FormData();
  form.set(
    "file",
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    opts.name ?? "代表名册.xlsx",
  );
  form.set("mode", mode);
  if (opts.expected !== undefined) form.set("expected", String(opts.expected));
  return new Request("http://localhost/import", { method: "POST", body: form });
}
