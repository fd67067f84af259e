// Issue #4 budget, measured from the production build: the public draft page with its comment form ships at most
// 120 KB of JavaScript (gzip) to a phone. Seeds the demo data into a throwaway database, runs the production
// server, and measures Liaoyuan's open consultation page with scripts/measure-page-js.ts (every script the page
// loads, gzip, plus the inline scripts and page data), also with the whole-draft form open as the server renders it
// for a visitor without script (?comment=whole), and two App Router pages for comparison.
// Also issue #10's: the public station page (Taiyuan's station with the most deputies) within 50 KB, with the App
// Router's stations directory for comparison; `--stations` measures those two only.
// Usage: npx tsx --conditions=react-server scripts/bench-page-js.ts [--stations]   (builds first if there is no build)
import { spawnSync } from "node:child_process";
import { applyMigrations } from "@/lib/migrations";
import { startBenchDatabase, startBenchServer } from "./lib/bench-server";

const db = await startBenchDatabase();
await applyMigrations(process.env.DATABASE_URL!);
const { seedDemo } = await import("@/lib/seed/seed-demo");
await seedDemo();
const { unsafePrisma } = await import("@/lib/db");
const tenant = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: "liaoyuan" } });
const open = await unsafePrisma.consultation.findFirstOrThrow({
  where: { tenantId: tenant.id, endsAt: { gt: new Date() } },
});
// Issue #10 budget (50 KB): the public station page, taken at Taiyuan's station with the most deputies grouped in it.
const taiyuan = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: "taiyuan" } });
const [busiest] = await unsafePrisma.stationDeputy.groupBy({
  by: ["stationId"],
  where: { tenantId: taiyuan.id },
  _count: { _all: true },
  orderBy: { _count: { stationId: "desc" } },
  take: 1,
});
await unsafePrisma.$disconnect();
const server = await startBenchServer();
try {
  // The budget is the draft page's; the App Router pages are measured for comparison.
  const draftPage = `/liaoyuan/consultations/${open.id}`;
  const stationPage = `/taiyuan/stations/${busiest!.stationId}`;
  const only = process.argv.includes("--stations");
  const paths = only ? [] : [draftPage, `${draftPage}?comment=whole`, "/liaoyuan/consultations", "/liaoyuan"];
  for (const path of [...paths, stationPage, "/taiyuan/stations"]) {
    const budget = path.startsWith(draftPage) ? ["--budget", "120"] : path === stationPage ? ["--budget", "50"] : [];
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/measure-page-js.ts", `${server.baseURL}${path}`, ...budget],
      { encoding: "utf8", env: process.env },
    );
    console.log(`## ${path}\n${r.stdout}${r.stderr}`);
  }
} finally {
  server.stop();
  await db.stop();
}
