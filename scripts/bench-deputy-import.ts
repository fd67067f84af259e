// Issue #10 targets, measured (not a timed test):
//  1. importing 5,000 deputies from .xlsx < 10 s with peak RSS < 400 MB — the real path: the file read with exceljs,
//     every row checked, stored by the one importDeputies action (one transaction, one INSERT … unnest, one audit
//     row);
//     run in a child process of its own, so its maxRSS is the import's and not the file generator's;
//  2. a 5,000-row file with 50 bad rows reports all 50 errors (and stores nothing);
//  3. the registry's list read at 50,000 deputies, 20 concurrent callers: the console list (what its page reads: the
//     area tree, the filters' choices, a page of 50 and the total) and the public directory (loadPublicDeputies with the stations' face), random filters and
//     pages — module functions against PostgreSQL, not HTTP through Next (no production build here).
// The database is a throwaway embedded PostgreSQL (fsync on), on this machine's cores with the script.
// Usage: npx tsx --conditions=react-server scripts/bench-deputy-import.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS } from "@/lib/modules/deputies/import-columns";
import { startBenchDatabase } from "./lib/bench-server";

const SLUG = "benchdeputies";
const ROWS = 5_000;
const REGISTRY = 50_000;
const CONCURRENCY = 20;
const READS = 2_000;
const HEADERS = IMPORT_COLUMNS.map((c) => c.header);
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志国庆文斌晓东海燕春雷鹏";
const LEVELS = ["全国", "省", "市", "县", "乡"];
const DISTRICTS = ["杏花岭区", "小店区", "迎泽区", "尖草坪区", "万柏林区", "晋源区"];
const STREETS = [
  "鼓楼街道",
  "三桥街道",
  "巨轮街道",
  "中涧河乡",
  "大东关街道",
  "敦化坊街道",
  "杨家峪街道",
  "坝陵桥街道",
];

const nameOf = (i: number) =>
  SURNAMES[i % SURNAMES.length]! +
  GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]! +
  GIVEN[(i * 7) % GIVEN.length]!;

async function writeFile(file: string, bad: number) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("代表名册");
  sheet.addRow(HEADERS);
  const badEvery = bad ? Math.floor(ROWS / bad) : 0;
  for (let i = 0; i < ROWS; i++) {
    const wrong = badEvery && i % badEvery === 0;
    sheet.addRow([
      nameOf(i),
      i % 2 ? "男" : "女",
      i % 9 ? "汉族" : "回族",
      1955 + (i % 45),
      i % 3 ? "中共党员" : "群众",
      "教师",
      `太原市第${(i % 40) + 1}中学`,
      wrong ? "国家级" : LEVELS[i % 5],
      "第十四届",
      `${DISTRICTS[i % DISTRICTS.length]}代表团`,
      `${DISTRICTS[i % DISTRICTS.length]}/${STREETS[i % STREETS.length]}`,
      `139${String(i).padStart(8, "0")}`,
    ]);
  }
  await workbook.xlsx.writeFile(file);
}

/** The child: read, check and store one file as the office would; prints one JSON line. */
async function child(file: string, tenantId: string, userId: string, mode: "all" | "check") {
  const { executeAction } = await import("@/lib/action");
  const { forTenant } = await import("@/lib/db");
  const { checkImportRows, importDeputies, readImportFile } = await import("@/lib/modules/deputies");
  const t0 = performance.now();
  const read = await readImportFile(new Uint8Array(readFileSync(file)));
  if (!read.ok) throw new Error(read.problem);
  const tRead = performance.now();
  let out: Record<string, unknown>;
  if (mode === "check") {
    const { errors } = await checkImportRows(forTenant(tenantId), read.rows);
    out = { errors: errors.length };
  } else {
    const ctx = {
      identity: { kind: "tenant" as const, userId, tenantId, authAt: Date.now() },
      locale: "zh-CN" as const,
      requestId: null,
      ip: null,
    };
    const r = await executeAction(importDeputies, SLUG, { fileName: path.basename(file), mode, rows: read.rows }, ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    out = r.data;
  }
  const t1 = performance.now();
  console.log(
    JSON.stringify({
      ...out,
      readSeconds: (tRead - t0) / 1000,
      totalSeconds: (t1 - t0) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function load(label: string, read: () => Promise<unknown>) {
  for (let i = 0; i < 40; i++) await read(); // warm-up
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < READS) {
        const s = performance.now();
        await read();
        times.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  return `${label}: ${READS} reads at ${CONCURRENCY} concurrent, ${(READS / secs).toFixed(0)}/s, p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, p99 ${pct(times, 0.99).toFixed(1)} ms`;
}

async function main() {
  const db = await startBenchDatabase({ durable: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-bench-deputies-"));
  try {
    const { unsafePrisma } = await import("@/lib/db");
    const tenant = await unsafePrisma.tenant.create({
      data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
    });
    const areaIds: string[] = [];
    for (const [i, d] of DISTRICTS.entries()) {
      const district = await unsafePrisma.area.create({
        data: { tenantId: tenant.id, level: "DISTRICT", name: d, sortOrder: i },
      });
      areaIds.push(district.id);
      for (const s of STREETS) {
        const street = await unsafePrisma.area.create({
          data: { tenantId: tenant.id, level: "STREET", name: s, parentId: district.id },
        });
        areaIds.push(street.id);
      }
    }
    const user = await unsafePrisma.user.create({
      data: { tenantId: tenant.id, username: "office", displayName: "代表工作室", passwordHash: "x", active: true },
    });
    await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role: "deputyAffairs" } });

    const good = path.join(tmp, "deputies-5000.xlsx");
    const bad = path.join(tmp, "deputies-5000-50-bad.xlsx");
    await writeFile(good, 0);
    await writeFile(bad, 50);
    const run = (file: string, mode: string) => {
      const r = spawnSync(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "scripts/bench-deputy-import.ts",
          "--child",
          file,
          tenant.id,
          user.id,
          mode,
        ],
        { encoding: "utf8", env: process.env },
      );
      const line = r.stdout.trim().split("\n").at(-1);
      if (r.status !== 0 || !line) throw new Error(r.stderr);
      return JSON.parse(line) as Record<string, number>;
    };
    const badReport = run(bad, "check");
    const imported = run(good, "all");
    const stored = await unsafePrisma.deputy.count({ where: { tenantId: tenant.id } });

    // The registry at 50,000: the 5,000 imported plus 45,000 more, across the districts and streets.
    const BATCH = 5_000;
    for (let b = 0; b < (REGISTRY - stored) / BATCH; b++)
      await unsafePrisma.deputy.createMany({
        data: Array.from({ length: BATCH }, (_, k) => {
          const i = ROWS + b * BATCH + k;
          return {
            tenantId: tenant.id,
            name: nameOf(i) + (i % 97),
            gender: i % 2 ? ("MALE" as const) : ("FEMALE" as const),
            birthYear: 1955 + (i % 45),
            level: (["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"] as const)[i % 5]!,
            term: i % 4 ? "第十四届" : "第十三届",
            delegation: `${DISTRICTS[i % DISTRICTS.length]}代表团`,
            constituencyId: areaIds[i % areaIds.length]!,
            phone: `138${String(i).padStart(8, "0")}`,
            status: i % 50 ? ("IN_OFFICE" as const) : ("RESIGNED" as const),
            statusOn: i % 50 ? null : new Date("2025-06-01"),
          };
        }),
      });
    await unsafePrisma.$executeRawUnsafe(`ANALYZE "Deputy"`);
    const total = await unsafePrisma.deputy.count({ where: { tenantId: tenant.id } });
    const { deputyAreas, deputyFilterChoices, listDeputies, loadPublicDeputies } =
      await import("@/lib/modules/deputies");
    const { stationNamesByDeputy } = await import("@/lib/modules/stations");
    const districts = [...(await deputyAreas(tenant.id)).values()].filter((a) => a.depth === 0).map((a) => a.id);
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const filter = () => {
      const f: Record<string, string> = {};
      if (rand(2)) f.district = districts[rand(districts.length)]!;
      if (rand(3) === 0) f.level = ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"][rand(5)]!;
      if (rand(4) === 0) f.q = SURNAMES[rand(SURNAMES.length)]!;
      return f;
    };
    // What the console page reads: the area tree, the filters' choices, a page of 50 and the total.
    const consoleLine = await load("console list (areas + filter choices + page of 50 + total)", async () => {
      const areas = await deputyAreas(tenant.id);
      await Promise.all([
        deputyFilterChoices(tenant.id),
        listDeputies(tenant.id, filter(), { limit: 50, offset: 50 * rand(40) }, areas),
      ]);
    });
    const publicLine = await load("public directory (page of 20 + total + stations)", () =>
      loadPublicDeputies(tenant.id, { ...filter(), limit: 20, offset: 20 * rand(50) }, stationNamesByDeputy),
    );

    console.log(
      `\nmachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}`,
    );
    console.log(
      `import 5,000 rows: ${imported.totalSeconds!.toFixed(2)} s (of which reading the .xlsx ${imported.readSeconds!.toFixed(2)} s), peak RSS ${imported.maxRssMb!.toFixed(0)} MB, ${imported.imported} stored (registry ${stored})`,
    );
    console.log(
      `5,000 rows with 50 bad: ${badReport.errors} errors reported in ${badReport.totalSeconds!.toFixed(2)} s, peak RSS ${badReport.maxRssMb!.toFixed(0)} MB`,
    );
    console.log(`registry of ${total} deputies:`);
    console.log(`  ${consoleLine}`);
    console.log(`  ${publicLine}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await db.stop();
  }
}

if (process.argv[2] === "--child") {
  const [file, tenantId, userId, mode] = process.argv.slice(3);
  await child(file!, tenantId!, userId!, mode as "all" | "check");
} else {
  await main();
  process.exit(0);
}
