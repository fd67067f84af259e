// Issue #3 speed targets, measured (not a timed test):
// - the pipeline board of a tenant with 2,000 regulations, and the public regulations API list, answer in
//   < 150 ms p95 at 20 concurrent clients (production build, loopback, this machine's 2 cores shared by the
//   server, PostgreSQL and the load generator);
// Usage: npx tsx scripts/bench-legislation.ts   (prints a Markdown table for docs/benchmarks.md)
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { STAGES } from "@/lib/modules/legislation";
import { hashPassword } from "@/lib/password";
import { runLoad } from "./lib/load";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";

const SLUG = "benchcity";
const REGULATIONS = 2000;

async function seedBenchTenant() {
  const existing = await unsafePrisma.tenant.findUnique({ where: { slug: SLUG } });
  const tenant = existing ?? (await unsafePrisma.tenant.create({ data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" } }));
  if ((await unsafePrisma.regulation.count({ where: { tenantId: tenant.id } })) >= REGULATIONS) return tenant;
  const committees = await Promise.all(
    ["法制委", "财经委", "教科文卫委", "城环委", "农委"].map((n, i) => unsafePrisma.committee.create({ data: { tenantId: tenant.id, code: `c${i}`, name: `${n}员会`, shortName: n } })),
  );
  const fields = await Promise.all(["城乡建设与管理", "环境保护", "历史文化保护"].map((n, i) => unsafePrisma.legalField.create({ data: { tenantId: tenant.id, code: `f${i}`, name: n } })));
  const user = await unsafePrisma.user.create({ data: { tenantId: tenant.id, username: "legislative", displayName: "基准", passwordHash: await hashPassword("Bench-pass-2026") } });
  await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role: "legislative" } });
  const rows = Array.from({ length: REGULATIONS }, (_, i) => ({
    tenantId: tenant.id, title: `基准市第${i + 1}号管理条例`, stage: STAGES[i % STAGES.length]!, year: 2015 + (i % 12),
    committeeId: committees[i % committees.length]!.id, fieldId: fields[i % fields.length]!.id, stageChangedOn: dayToDate(`20${15 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`),
  }));
  for (let i = 0; i < rows.length; i += 500) await unsafePrisma.regulation.createMany({ data: rows.slice(i, i + 500) });
  const regs = await unsafePrisma.regulation.findMany({ where: { tenantId: tenant.id }, select: { id: true, stage: true, stageChangedOn: true } });
  for (let i = 0; i < regs.length; i += 500) {
    await unsafePrisma.regulationEvent.createMany({ data: regs.slice(i, i + 500).flatMap((r) => [{ tenantId: tenant.id, regulationId: r.id, toStage: "PLANNED" as const, occurredOn: r.stageChangedOn }, { tenantId: tenant.id, regulationId: r.id, fromStage: "PLANNED" as const, toStage: r.stage, occurredOn: r.stageChangedOn }]) });
  }
  return tenant;
}

const db = await startBenchDatabase();
await seedBenchTenant();
await unsafePrisma.$disconnect();
const server = await startBenchServer();
try {
  const cookie = await signInCookie(server.baseURL, SLUG, "legislative", "Bench-pass-2026");
  const targets: [string, string, Record<string, string>][] = [
    // The floor: the signed-in console shell with almost nothing in it — what any console page costs here.
    ["console home (the signed-in shell alone)", `${server.baseURL}/${SLUG}/console`, { cookie }],
    ["pipeline board, all 2,000 (console page, signed in)", `${server.baseURL}/${SLUG}/console/legislation`, { cookie }],
    ["pipeline board filtered by year (console page)", `${server.baseURL}/${SLUG}/console/legislation?year=2020`, { cookie }],
    ["GET /api/v1/{tenant}/regulations (first 200)", `${server.baseURL}/api/v1/${SLUG}/regulations`, {}],
    ["GET /api/v1/{tenant}/regulations?stage=FIRST_READING", `${server.baseURL}/api/v1/${SLUG}/regulations?stage=FIRST_READING`, {}],
  ];
  console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`);
  console.log("| target | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, url, headers] of targets) {
    await runLoad(url, { concurrency: 20, total: 100, headers }); // warm-up: compile caches, pool
    // One client: the request's own latency. Twenty: the load, where queueing on 2 cores adds the rest.
    for (const concurrency of [1, 20]) {
      const r = await runLoad(url, { concurrency, total: concurrency === 1 ? 200 : 1000, headers });
      console.log(`| ${name} | ${concurrency} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    }
  }
} finally {
  server.stop();
  await db.stop();
}
