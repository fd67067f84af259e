// Issue #4 budget, measured from the production build: the public draft page with its comment form ships at most
// 120 KB of JavaScript (gzip) to a phone. Seeds the demo data into a throwaway database, runs the production
// server, and measures Liaoyuan's open consultation page with scripts/measure-page-js.ts (every script the page
// loads, gzip, plus the inline scripts and page data), also with the whole-draft form open as the server renders it
// for a visitor without script (?comment=whole), and two App Router pages for comparison.
// Usage: npx tsx --conditions=react-server scripts/bench-page-js.ts   (builds first if there is no build)
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
await unsafePrisma.$disconnect();
const server = await startBenchServer();
try {
  // The budget is the draft page's; the App Router pages are measured for comparison.
  const draftPage = `/liaoyuan/consultations/${open.id}`;
  for (const path of [draftPage, `${draftPage}?comment=whole`, "/liaoyuan/consultations", "/liaoyuan"]) {
    const budget = path.startsWith(draftPage) ? ["--budget", "120"] : [];
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
