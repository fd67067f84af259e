// Issue #11 intake target, measured (not a timed test): POST /api/v1/{tenant}/stations/{id}/messages sustains
// >= 500 accepted messages a second with p99 < 150 ms at 100 concurrent clients, and the rows stored equal the
// 201s. 100 clients against the message intake's fast path (lib/modules/citizen-messages/intake-http.ts, on
// node:http in a server process of its own, as scripts/server.mjs runs it before Next sees the request), and in
// the same run the same load against a bare node:http server that parses the JSON and does one INSERT through
// `pg` (no checks, no limits, no event, no audit): the ceiling this machine puts on any HTTP intake, for the
// ratio. After a warm-up of each: intake flat out, bare flat out, intake, bare (half the total each time, so a
// neighbour's load on this shared machine lands on both alike), then the intake paced at the target's 500 a
// second (the latency while sustaining it; latency counts from when a request was due).
// Next itself is not started: no production build is needed (or made), and no request of these reaches it.
// The database fsyncs (as in production); the load generator, the servers and PostgreSQL share this machine's
// cores. Each request is a different citizen (X-Forwarded-For, with TRUST_PROXY=1) with its own Idempotency-Key,
// writing to one of 200 stations (every third to the station's deputy, every second naming a street), with the
// default rate limits on (10 per client per 10 minutes, 600 per station per minute).
// Usage: npx tsx --conditions=react-server scripts/bench-message-intake.ts [total=20000]
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";
import os from "node:os";
import pg from "pg";
import { unsafePrisma } from "@/lib/db";
import { newReceiptCode } from "@/lib/receipt";
import { freePort } from "./lib/embedded-db";
import { runHttpLoad, type HttpLoadRequest, type HttpLoadResult } from "./lib/http-load";
import { startBenchDatabase } from "./lib/bench-server";

const SLUG = "benchmsg";
const CONCURRENCY = 100;
const STATIONS = 200;
const RATE = 500;
const TOPICS = [
  "路灯不亮",
  "垃圾清运不及时",
  "小区停车难",
  "噪声扰民",
  "人行道破损",
  "学校门口拥堵",
  "河道漂浮物",
  "公交班次少",
];

// ---- the two server processes (this file run again with --serve / --bare) ----
if (process.argv[2] === "--serve" || process.argv[2] === "--bare") {
  const port = Number(process.argv[3]);
  const server =
    process.argv[2] === "--serve"
      ? await intakeServer()
      : bareServer(new pg.Pool({ max: 10, connectionString: process.env.DATABASE_URL }));
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => process.send?.("ready"));
  process.on("SIGTERM", () => process.exit(0));
} else {
  await main();
}

async function intakeServer() {
  const { handleMessageIntake } = await import("@/lib/modules/citizen-messages");
  const { stampPeerAddress } = await import("@/lib/peer-address");
  return http.createServer((req, res) => {
    stampPeerAddress(req);
    if (!handleMessageIntake(req, res)) res.writeHead(404).end();
  });
}

/** Parse the JSON, one INSERT, answer 201 with the receipt code: what any intake must at least do. */
function bareServer(pool: pg.Pool) {
  const tenantId = process.env.BENCH_TENANT_ID!;
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const stationId = /\/stations\/([^/]+)\/messages/.exec(req.url ?? "")?.[1];
      const b = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { category: string; title: string; body: string };
      const receiptCode = newReceiptCode();
      pool
        .query(
          `INSERT INTO "CitizenMessage" ("tenantId", "stationId", "category", "title", "body", "receiptCode", "idempotencyKey") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [tenantId, stationId, b.category, b.title, b.body, receiptCode, req.headers["idempotency-key"] ?? null],
        )
        .then(
          () =>
            res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ data: { receiptCode } })),
          () => res.writeHead(500).end(),
        );
    });
  });
}

async function startServer(
  mode: "--serve" | "--bare",
  env: Record<string, string>,
): Promise<{ baseURL: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [...process.execArgv, process.argv[1]!, mode, String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", TRUST_PROXY: "1", ...env },
  });
  await new Promise<void>((resolve, reject) => {
    proc.once("message", () => resolve());
    proc.once("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
  return { baseURL: `http://localhost:${port}`, proc };
}

/** SIGTERM, and wait until it is gone: its connections must be closed before the database stops. */
function stopServer(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  const gone = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  proc.kill("SIGTERM");
  return gone;
}

// ---- the run ----
async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
  });
  const district = await unsafePrisma.area.create({ data: { tenantId: tenant.id, level: "DISTRICT", name: "基准区" } });
  const street = await unsafePrisma.area.create({
    data: { tenantId: tenant.id, level: "STREET", name: "基准街道", parentId: district.id },
  });
  await unsafePrisma.liaisonStation.createMany({
    data: Array.from({ length: STATIONS }, (_, i) => ({
      tenantId: tenant.id,
      name: `基准联络站 ${i + 1}`,
      kind: "COMMUNITY" as const,
      areaId: street.id,
    })),
  });
  const stations = await unsafePrisma.liaisonStation.findMany({
    where: { tenantId: tenant.id },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  await unsafePrisma.deputy.createMany({
    data: stations.map((_, i) => ({
      tenantId: tenant.id,
      name: `基准代表${i + 1}`,
      gender: "FEMALE" as const,
      birthYear: 1975,
      level: "COUNTY" as const,
      term: "第十届",
    })),
  });
  const deputies = await unsafePrisma.deputy.findMany({
    where: { tenantId: tenant.id },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  await unsafePrisma.stationDeputy.createMany({
    data: stations.map((s, i) => ({ tenantId: tenant.id, stationId: s.id, deputyId: deputies[i]!.id })),
  });
  return { tenant, street, pairs: stations.map((s, i) => ({ stationId: s.id, deputyId: deputies[i]!.id })) };
}

async function main() {
  const TOTAL = Number(process.argv[2] ?? 20_000);
  const db = await startBenchDatabase({ durable: true });
  const { tenant, street, pairs } = await seed();
  await unsafePrisma.$disconnect();
  const make =
    (run: string, offset: number) =>
    (i: number): HttpLoadRequest => {
      const n = offset + i;
      const pair = pairs[n % pairs.length]!;
      return {
        method: "POST",
        path: `/api/v1/${SLUG}/stations/${pair.stationId}/messages`,
        headers: {
          "content-type": "application/json",
          "idempotency-key": randomUUID(),
          "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        },
        body: JSON.stringify({
          category: "urban",
          title: `${run}${n} ${TOPICS[n % TOPICS.length]}`,
          body: `关于${TOPICS[n % TOPICS.length]}的留言（第${n}号）：已经持续一段时间，影响居民出行和休息，请代表帮助反映、协调解决。`,
          ...(n % 3 === 0 ? { deputyId: pair.deputyId } : {}),
          ...(n % 2 === 0 ? { areaId: street.id, phone: "13800138000", replyByPhone: true } : {}),
          publishConsent: n % 5 === 0,
        }),
      };
    };

  // Both servers up at once, and their runs interleaved (intake, bare, intake, bare): this machine is shared, and
  // a neighbour's load lands on both alike rather than on whichever happened to run then.
  const intake = await startServer("--serve", {});
  const bare = await startServer("--bare", { BENCH_TENANT_ID: tenant.id });
  const half = Math.ceil(TOTAL / 2);
  const runs: { what: string; load: string; r: HttpLoadResult }[] = [];
  const measure = async (what: string, go: () => Promise<HttpLoadResult>) => {
    const before = os.loadavg()[0]!.toFixed(1);
    const r = await go();
    runs.push({ what, load: `${before}→${os.loadavg()[0]!.toFixed(1)}`, r });
    return r;
  };
  let paced: HttpLoadResult;
  const flat: HttpLoadResult[] = [];
  const plain: HttpLoadResult[] = [];
  try {
    await runHttpLoad(intake.baseURL, { concurrency: CONCURRENCY, total: Math.min(3000, TOTAL), make: make("W", 0) });
    await runHttpLoad(bare.baseURL, {
      concurrency: CONCURRENCY,
      total: Math.min(3000, TOTAL),
      make: make("V", 100_000),
    });
    for (const round of [1, 2]) {
      const f = { concurrency: CONCURRENCY, total: half, make: make("F", round * 1_000_000) };
      flat.push(await measure(`POST …/messages, flat out (${round})`, () => runHttpLoad(intake.baseURL, f)));
      const b = { concurrency: CONCURRENCY, total: half, make: make("B", round * 1_000_000) };
      plain.push(await measure(`bare node:http + one INSERT, flat out (${round})`, () => runHttpLoad(bare.baseURL, b)));
    }
    paced = await measure(`POST …/messages, paced at ${RATE}/s`, () =>
      runHttpLoad(intake.baseURL, { concurrency: CONCURRENCY, total: TOTAL, rate: RATE, make: make("P", 5_000_000) }),
    );
  } finally {
    await Promise.all([stopServer(intake.proc), stopServer(bare.proc)]);
  }

  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const count = async (table: string, run: string) =>
    Number(
      (
        await pool.query<{ n: string }>(
          table === "CitizenMessage"
            ? `SELECT count(*) AS n FROM "CitizenMessage" WHERE "tenantId" = $1 AND "title" LIKE $2`
            : table === "CitizenMessageEvent"
              ? `SELECT count(*) AS n FROM "CitizenMessageEvent" e JOIN "CitizenMessage" m ON m."tenantId" = e."tenantId" AND m."id" = e."messageId" WHERE e."tenantId" = $1 AND m."title" LIKE $2`
              : `SELECT count(*) AS n FROM "AuditEvent" a JOIN "CitizenMessage" m ON m."tenantId" = a."tenantId" AND m."id" = a."entityId"::uuid WHERE a."tenantId" = $1 AND a."action" = 'message.submit' AND m."title" LIKE $2`,
          [tenant.id, `${run}%`],
        )
      ).rows[0]!.n,
    );
  const stored = { flat: await count("CitizenMessage", "F"), paced: await count("CitizenMessage", "P") };
  const events = await count("CitizenMessageEvent", "F");
  const audits = await count("AuditEvent", "F");
  await pool.end();

  const per = (r: { statuses: Record<number, number>; seconds: number }) =>
    Math.round(((r.statuses[201] ?? 0) / r.seconds) * 10) / 10;
  const sum = (rs: HttpLoadResult[]) => ({
    statuses: { 201: rs.reduce((n, r) => n + (r.statuses[201] ?? 0), 0) },
    seconds: rs.reduce((n, r) => n + r.seconds, 0),
  });
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString()}; fsync on`,
  );
  console.log("| what | load avg | clients | requests | statuses | accepted/s | p50 ms | p95 ms | p99 ms | max ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const { what, load, r } of runs)
    console.log(
      `| ${what} | ${load} | ${CONCURRENCY} | ${r.requests} | ${JSON.stringify(r.statuses)} | ${per(r)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} |`,
    );
  const flat201 = flat.reduce((n, r) => n + (r.statuses[201] ?? 0), 0);
  const ok = (a: number, b: number) => (a === b ? "yes" : "NO");
  console.log(
    `rows stored ${stored.flat} = 201 answers ${flat201}: ${ok(stored.flat, flat201)} (events ${events}, audit rows ${audits}); paced ${stored.paced} = ${paced.statuses[201] ?? 0}: ${ok(stored.paced, paced.statuses[201] ?? 0)}; intake / bare (flat out, both rounds) = ${per(sum(flat))} / ${per(sum(plain))} = ${(per(sum(flat)) / per(sum(plain))).toFixed(2)}`,
  );
  await db.stop();
}
