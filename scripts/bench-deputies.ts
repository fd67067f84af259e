// Issue #10 speed targets, measured (not a timed test): the deputies directory and the stations list answer in
// < 150 ms p95 at 20 concurrent clients — the public API (with district and name filters), the public pages and
// the deputy-affairs console pages — for Taiyuan as the demo seeds it (4,906 deputies, 546 stations) and for a
// generated city ten times larger (50,000 deputies, 5,500 stations, from the same generators), each page with
// the page cache on and off (PAGE_CACHE=0: a second server in the same run). Production build, loopback, this
// machine's 2 cores shared by the server, PostgreSQL and the load generator.
// Usage: npx tsx --conditions=react-server scripts/bench-deputies.ts   (prints Markdown for docs/benchmarks.md)
//   BENCH_BUILD=0 skips `npm run build` (uses the existing .next); BENCH_ONLY=taiyuan|benchx10 one city;
//   BENCH_SEED_ONLY=1 seeds and prints how long that took.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { DEMO_DEPUTIES } from "@/lib/modules/deputies/demo-deputies";
import { MANIFESTS } from "@/lib/modules/registry";
import { seedDeputiesFor } from "@/lib/modules/deputies/seed";
import { DEMO_STATIONS } from "@/lib/modules/stations/demo-stations";
import { seedStationsFor } from "@/lib/modules/stations/seed";
import { hashPassword } from "@/lib/password";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { demoTenants, type DemoArea } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";
import { runLoad } from "./lib/load";

const BIG = "benchx10";
/** The paths the page cache serves (scripts/server.mjs, lib/cache/page-cache.ts): the manifests' `cacheable`. */
const CACHEABLE = MANIFESTS.flatMap((m) =>
  (m.cacheable ?? []).map(
    (r) => new RegExp(`^${r.scope === "public" ? "/api/v1" : ""}/[a-z][a-z0-9-]{1,39}${r.path}/?(?:\\?.*)?$`),
  ),
);
const COPIES = 10;
const BENCH_PASSWORD = "Bench-pass-2026";
/** Twenty deputy-affairs staff per city, one per client: the console page cache is per user. */
const STAFF = Array.from({ length: 19 }, (_, i) => `affairs${String(i + 1).padStart(2, "0")}`);

const timings: string[] = [];
async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  timings.push(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

async function addStaff(tenantId: string) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (const [i, username] of STAFF.entries()) {
    if (await unsafePrisma.user.findFirst({ where: { tenantId, username } })) continue;
    const user = await unsafePrisma.user.create({
      data: { tenantId, username, displayName: `代工${i + 1}`, passwordHash },
    });
    await unsafePrisma.roleAssignment.create({ data: { tenantId, userId: user.id, role: "deputyAffairs" } });
  }
}

/** Taiyuan's districts ten times over ("小店区", "小店区2" …), their streets and townships with them. */
async function seedBigCity(): Promise<string> {
  const existing = await unsafePrisma.tenant.findUnique({ where: { slug: BIG } });
  if (existing) return existing.id;
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: BIG, shortName: "十倍", fullName: "十倍市人大常委会", province: "测试省" },
  });
  const taiyuan = demoTenants.find((t) => t.slug === "taiyuan")!;
  const create = async (areas: DemoArea[], parentId: string | null, level: "DISTRICT" | "STREET" | "COMMUNITY") => {
    for (const [i, a] of areas.entries()) {
      const row = await unsafePrisma.area.create({
        data: { tenantId: tenant.id, parentId, name: a.name, level, sortOrder: i },
      });
      if (a.children?.length) await create(a.children, row.id, level === "DISTRICT" ? "STREET" : "COMMUNITY");
    }
  };
  const copies = Array.from({ length: COPIES }, (_, k) =>
    taiyuan.areas.map((d) => ({ ...d, name: k ? `${d.name}${k + 1}` : d.name })),
  ).flat();
  await create(copies, null, "DISTRICT");
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (const [username, role] of [
    ["deputy-affairs", "deputyAffairs"],
    ["deputy", "deputy"],
    ["station", "station"],
  ] as const) {
    const user = await unsafePrisma.user.create({
      data: { tenantId: tenant.id, username, displayName: username, passwordHash },
    });
    await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role } });
  }
  const top = DEMO_DEPUTIES.taiyuan!.top;
  await timed("seed 50,000 deputies (benchx10)", () =>
    seedDeputiesFor(tenant.id, BIG, {
      ...DEMO_DEPUTIES.taiyuan!,
      total: 50_000,
      top: { NATIONAL: top.NATIONAL * 10, PROVINCIAL: top.PROVINCIAL * 10, CITY: top.CITY * 10 },
      districts: { 杏花岭区: 400 },
    }),
  );
  await timed("seed 5,500 stations with their days and records (benchx10)", () =>
    seedStationsFor(tenant.id, BIG, { ...DEMO_STATIONS.taiyuan!, total: 5_500 }),
  );
  return tenant.id;
}

const db = await startBenchDatabase();
const only = process.env.BENCH_ONLY;
const cities = [only !== BIG && "taiyuan", only !== "taiyuan" && BIG].filter((c): c is string => !!c);
if (cities.includes("taiyuan")) await timed("seedDemo taiyuan (every module)", () => seedDemo(() => {}, ["taiyuan"]));
if (cities.includes(BIG)) await seedBigCity();
const ids: Record<string, string> = {};
for (const slug of cities) {
  ids[slug] = (await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug } })).id;
  await addStaff(ids[slug]);
}
if (process.env.BENCH_SEED_ONLY === "1") {
  for (const t of timings) console.log(`- ${t}`);
  await unsafePrisma.$disconnect();
  await db.stop();
  process.exit(0);
}
if (process.env.BENCH_BUILD !== "0") {
  const built = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("npm run build failed");
}
const server = await startBenchServer();
const uncached = await startBenchServer({ PAGE_CACHE: "0" });
try {
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
  );
  for (const t of timings) console.log(`- ${t}`);
  console.log(
    `load average at the start (1, 5, 15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  console.log("| city | target | cache | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const slug of cities) {
    const tenantId = ids[slug]!;
    const district = await unsafePrisma.area.findFirstOrThrow({ where: { tenantId, name: "小店区", parentId: null } });
    const users = ["deputy-affairs", ...STAFF];
    const password = (u: string) => (u === "deputy-affairs" && slug !== BIG ? DEMO_PASSWORD : BENCH_PASSWORD);
    const sessions = async (baseURL: string) =>
      Promise.all(users.map((u) => signInCookie(baseURL, slug, u, password(u))));
    const cookies = { on: await sessions(server.baseURL), off: await sessions(uncached.baseURL) };
    const targets: { name: string; path: string; console?: true }[] = [
      { name: "GET /api/v1/{city}/deputies?limit=20", path: `/api/v1/${slug}/deputies?limit=20` },
      {
        name: "GET /api/v1/{city}/deputies?limit=20&district=小店区",
        path: `/api/v1/${slug}/deputies?limit=20&district=${district.id}`,
      },
      {
        name: "GET /api/v1/{city}/deputies?limit=20&q=王",
        path: `/api/v1/${slug}/deputies?limit=20&q=${encodeURIComponent("王")}`,
      },
      { name: "GET /api/v1/{city}/stations", path: `/api/v1/${slug}/stations` },
      { name: "public page /{city}/deputies", path: `/${slug}/deputies` },
      { name: "public page /{city}/stations", path: `/${slug}/stations` },
      {
        name: "console /{city}/console/deputies (20 deputy-affairs users)",
        path: `/${slug}/console/deputies`,
        console: true,
      },
      {
        name: "console /{city}/console/stations (20 deputy-affairs users)",
        path: `/${slug}/console/stations`,
        console: true,
      },
    ];
    for (const t of targets) {
      // Only what a manifest declares cacheable goes through the page cache; the rest renders in Next either way,
      // so it is measured once.
      const cached = CACHEABLE.some((re) => re.test(t.path));
      for (const [cache, base] of cached
        ? ([
            ["on", server.baseURL],
            ["off", uncached.baseURL],
          ] as const)
        : ([["n/a", server.baseURL]] as const)) {
        const jar = cookies[cache === "off" ? "off" : "on"];
        const headers = t.console ? (client: number) => ({ cookie: jar[client % users.length]! }) : {};
        const t0 = performance.now();
        const first = await fetch(`${base}${t.path}`, {
          redirect: "manual",
          headers: t.console ? { cookie: jar[0]! } : {},
        });
        await first.arrayBuffer();
        const firstMs = performance.now() - t0;
        if (first.status !== 200) {
          console.log(`| ${slug} | ${t.name} | ${cache} | – | – | answers ${first.status} | – | – | – | – |`);
          continue;
        }
        await runLoad(`${base}${t.path}`, { concurrency: 20, total: firstMs > 500 ? 20 : 40, headers }); // warm-up
        const one = await runLoad(`${base}${t.path}`, { concurrency: 1, total: firstMs > 500 ? 10 : 50, headers });
        // About 20 s at 20 clients for a slow page (at least 60 requests), 600 for a fast one.
        const total = Math.max(60, Math.min(600, Math.round(20 * one.rps * 1.5)));
        const many = await runLoad(`${base}${t.path}`, { concurrency: 20, total, headers });
        for (const [concurrency, r] of [
          [1, one],
          [20, many],
        ] as const)
          console.log(
            `| ${slug} | ${t.name} | ${cache} | ${concurrency} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`,
          );
      }
    }
  }
  console.log(
    `load average at the end (1, 5, 15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
} finally {
  await unsafePrisma.$disconnect();
  server.stop();
  uncached.stop();
  await db.stop();
}
