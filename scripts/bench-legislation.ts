// Issue #3 speed targets, measured (not a timed test):
// - the pipeline board of a tenant with 2,000 regulations, and the public regulations API list, answer in
//   < 150 ms p95 at 20 concurrent clients (production build, loopback, this machine's 2 cores shared by the
//   server, PostgreSQL and the load generator). The board is served through the console page cache
//   (lib/cache), measured with 20 distinct staff users and again while a change lands every second;
// Usage: npx tsx --conditions=react-server scripts/bench-legislation.ts   (prints a Markdown table for docs/benchmarks.md)
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { STAGES } from "@/lib/modules/legislation";
import { hashPassword } from "@/lib/password";
import { runLoad } from "./lib/load";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";

const SLUG = "benchcity";
const REGULATIONS = 2000;
/** Twenty staff, one per client: the console page cache is per user, so one shared cookie would flatter it. */
const STAFF = Array.from({ length: 20 }, (_, i) => (i === 0 ? "legislative" : `staff${String(i).padStart(2, "0")}`));

async function seedBenchTenant() {
  const existing = await unsafePrisma.tenant.findUnique({ where: { slug: SLUG } });
  const tenant =
    existing ??
    (await unsafePrisma.tenant.create({
      data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
    }));
  if ((await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })) >= REGULATIONS) return tenant;
  const committees = await Promise.all(
    ["法制委", "财经委", "教科文卫委", "城环委", "农委"].map((n, i) =>
      unsafePrisma.committee.create({ data: { tenantId: tenant.id, code: `c${i}`, name: `${n}员会`, shortName: n } }),
    ),
  );
  const fields = await Promise.all(
    ["城乡建设与管理", "环境保护", "历史文化保护"].map((n, i) =>
      unsafePrisma.legalField.create({ data: { tenantId: tenant.id, code: `f${i}`, name: n } }),
    ),
  );
  const passwordHash = await hashPassword("Bench-pass-2026");
  for (const [i, username] of STAFF.entries()) {
    const user = await unsafePrisma.user.create({
      data: { tenantId: tenant.id, username, displayName: `基准${i + 1}`, passwordHash },
    });
    await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role: "legislative" } });
  }
  const rows = Array.from({ length: REGULATIONS }, (_, i) => ({
    tenantId: tenant.id,
    title: `基准市第${i + 1}号管理条例`,
    stage: STAGES[i % STAGES.length]!,
    year: 2015 + (i % 12),
    committeeId: committees[i % committees.length]!.id,
    fieldId: fields[i % fields.length]!.id,
    stageChangedOn: dayToDate(`20${15 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`),
  }));
  for (let i = 0; i < rows.length; i += 500) await unsafePrisma.regulation.createMany({ data: rows.slice(i, i + 500) });
  const regs = await unsafePrisma.regulation.findMany({
    where: { tenantId: tenant.id },
    select: { id: true, stage: true, stageChangedOn: true },
  });
  for (let i = 0; i < regs.length; i += 500) {
    await unsafePrisma.regulationEvent.createMany({
      data: regs.slice(i, i + 500).flatMap((r) => [
        { tenantId: tenant.id, regulationId: r.id, toStage: "PLANNED" as const, occurredOn: r.stageChangedOn },
        {
          tenantId: tenant.id,
          regulationId: r.id,
          fromStage: "PLANNED" as const,
          toStage: r.stage,
          occurredOn: r.stageChangedOn,
        },
      ]),
    });
  }
  return tenant;
}

/** What a committed action does to cached pages (lib/action-version.ts), every `ms` until stopped. */
function changeEvery(ms: number) {
  let made = 0;
  const timer = setInterval(() => {
    made++;
    void unsafePrisma.$executeRaw`UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "slug" = ${SLUG}`;
  }, ms);
  return { stop: async () => (clearInterval(timer), made) };
}

const db = await startBenchDatabase();
await seedBenchTenant();
const server = await startBenchServer();
// The other side of the cache choice, measured in the same run: a second server that renders every request.
const uncached = await startBenchServer({ PAGE_CACHE: "0" });
try {
  const cookies = await Promise.all(STAFF.map((u) => signInCookie(server.baseURL, SLUG, u, "Bench-pass-2026")));
  const signedIn = (client: number) => ({ cookie: cookies[client % cookies.length]! });
  const uncachedCookies = await Promise.all(
    STAFF.map((u) => signInCookie(uncached.baseURL, SLUG, u, "Bench-pass-2026")),
  );
  const signedInUncached = (client: number) => ({ cookie: uncachedCookies[client % uncachedCookies.length]! });
  type Target = {
    name: string;
    url: string;
    headers: Record<string, string> | ((client: number) => Record<string, string>);
    changeEveryMs?: number;
  };
  const targets: Target[] = [
    // The floor: the signed-in console shell with almost nothing in it — what any uncached console page costs here.
    {
      name: "console home: the workbench (not cached; every module's items and the bell)",
      url: `${server.baseURL}/${SLUG}/console`,
      headers: signedIn,
    },
    {
      name: "pipeline board, all 2,000 (20 staff users)",
      url: `${server.baseURL}/${SLUG}/console/legislation`,
      headers: signedIn,
    },
    // Changes land during the run (a regulation moved, any staff action): each user's cached board misses once
    // after each, so every change costs 20 renders.
    {
      name: "pipeline board, a change every 10 s",
      url: `${server.baseURL}/${SLUG}/console/legislation`,
      headers: signedIn,
      changeEveryMs: 10_000,
    },
    {
      name: "pipeline board, a change every 2 s",
      url: `${server.baseURL}/${SLUG}/console/legislation`,
      headers: signedIn,
      changeEveryMs: 2_000,
    },
    {
      name: "pipeline board filtered by year",
      url: `${server.baseURL}/${SLUG}/console/legislation?year=2020`,
      headers: signedIn,
    },
    {
      name: "pipeline board, PAGE_CACHE=0 (Next renders every request)",
      url: `${uncached.baseURL}/${SLUG}/console/legislation`,
      headers: signedInUncached,
    },
    {
      name: "GET /api/v1/{tenant}/regulations, PAGE_CACHE=0",
      url: `${uncached.baseURL}/api/v1/${SLUG}/regulations`,
      headers: {},
    },
    {
      name: "GET /api/v1/{tenant}/regulations (first 200)",
      url: `${server.baseURL}/api/v1/${SLUG}/regulations`,
      headers: {},
    },
    {
      name: "GET /api/v1/{tenant}/regulations?stage=FIRST_READING",
      url: `${server.baseURL}/api/v1/${SLUG}/regulations?stage=FIRST_READING`,
      headers: {},
    },
  ];
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log("| target | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const { name, url, headers, changeEveryMs } of targets) {
    await runLoad(url, { concurrency: 20, total: 100, headers }); // warm-up: compile caches, pool
    // One client: the request's own latency. Twenty: the issue's load, where queueing on 2 cores adds the rest.
    for (const concurrency of changeEveryMs ? [20] : [1, 20]) {
      const changes = changeEveryMs ? changeEvery(changeEveryMs) : null;
      // With changes, long enough (about 30 s) for many of them.
      const r = await runLoad(url, {
        concurrency,
        total: changeEveryMs ? 12_000 : concurrency === 1 ? 200 : 1000,
        headers,
      });
      const made = await changes?.stop();
      console.log(
        `| ${name}${made ? ` (${made} changes)` : ""} | ${concurrency} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`,
      );
    }
  }
} finally {
  await unsafePrisma.$disconnect();
  server.stop();
  uncached.stop();
  await db.stop();
}
