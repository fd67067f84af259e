// Issue #11 speed target, measured (not a timed test): with 200,000 messages in one city, a unit's inbox and the
// deputy-affairs office's list answer in < 150 ms p95 at 20 concurrent clients. The messages are generated in
// SQL (INSERT … SELECT generate_series) in a throwaway database: two years of them over 500 stations, 3,000
// deputies (one message in four addressed to one) and 30 units; the newest month in every state along the way,
// older ones closed (with some returned, declined and a backlog of overdue transfers). Then VACUUM ANALYZE, the
// state autovacuum reaches by itself.
// Measured through the console's own read, listMessages(tenantId, viewer, filter) from the module (what
// /{city}/console/messages renders from), 20 clients in one process sharing the app's connection pool as one
// server does: each unit target signs 20 different units' accounts (one per client), the office targets one
// office viewer. The plans of the id queries are printed (EXPLAIN ANALYZE) for the record.
// BENCH_HTTP=1 also loads /{city}/console/messages through a production server (startBenchServer builds when
// there is no build: slow, and not for a shared machine) as 20 signed-in users of each kind.
// Usage: npx tsx --conditions=react-server scripts/bench-message-lists.ts [messages=200000]
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { workingCalendar } from "@/lib/modules/calendar";
import { listMessages, type MessageViewer } from "@/lib/modules/citizen-messages";
import { deputiesByIds } from "@/lib/modules/deputies";
import { stationChoices } from "@/lib/modules/stations";
import { listUnits } from "@/lib/modules/tenancy";
import { hashPassword } from "@/lib/password";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";
import { runCalls, runLoad } from "./lib/load";

const SLUG = "benchmsg";
const N = Number(process.argv[2] ?? 200_000);
const STATIONS = 500;
const DEPUTIES = 3000;
const UNITS = 30;
const CLIENTS = 20;
const PASSWORD = "Bench-pass-2026";

async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
  });
  const t = tenant.id;
  await unsafePrisma.area.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({
      tenantId: t,
      name: `第${i + 1}区`,
      level: "DISTRICT" as const,
      sortOrder: i,
    })),
  });
  // unsafe: bulk generation of one tenant's rows, every statement naming the tenant.
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Area" ("tenantId", "parentId", "name", "level", "sortOrder")
     SELECT $1::uuid, d."id", d."name" || '第' || k || '街道', 'STREET', k FROM "Area" d, generate_series(1, 12) k WHERE d."tenantId" = $1::uuid`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "LiaisonStation" ("tenantId", "name", "kind", "areaId")
     SELECT $1::uuid, '基准联络站' || g, (CASE WHEN g % 10 = 0 THEN 'CENTRAL' ELSE 'COMMUNITY' END)::"StationKind", a.ids[1 + g % a.n]
     FROM generate_series(1, ${STATIONS}) g,
          (SELECT array_agg("id") AS ids, count(*)::int AS n FROM "Area" WHERE "tenantId" = $1::uuid AND "level" = 'STREET') a`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Deputy" ("tenantId", "name", "gender", "birthYear", "level", "term")
     SELECT $1::uuid, '代表' || g, (CASE WHEN g % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Gender", 1960 + g % 35, 'COUNTY', '第一届'
     FROM generate_series(1, ${DEPUTIES}) g`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "StationDeputy" ("tenantId", "stationId", "deputyId")
     SELECT $1::uuid, s.ids[1 + (d.rn % s.n)], d."id"
     FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS rn FROM "Deputy" WHERE "tenantId" = $1::uuid) d,
          (SELECT array_agg("id" ORDER BY "name") AS ids, count(*)::int AS n FROM "LiaisonStation" WHERE "tenantId" = $1::uuid) s`,
    t,
  );
  await unsafePrisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, i) => ({
      tenantId: t,
      code: `unit-${i + 1}`,
      name: `基准市第${i + 1}局`,
      kind: "GOVERNMENT" as const,
      sortOrder: i,
    })),
  });
  const t0 = performance.now();
  // Newest first: g = 1 is now, g = N two years ago. The last 30 days cycle through the states along the way;
  // before that 94% are closed (four in five by a unit), 3% returned, 2% declined and 1% a backlog still with
  // their units, long overdue. A unit takes every message past classification.
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "CitizenMessage" ("tenantId", "stationId", "deputyId", "category", "title", "body", "areaId", "name", "phone",
       "receiptCode", "status", "unitId", "dueOn", "transferredAt", "releasedAt", "closedAt", "rating", "reason", "createdAt", "updatedAt")
     SELECT $1::uuid, st.ids[1 + (hashint4(g)::bigint & 2147483647) % st.n], CASE WHEN g % 4 = 0 THEN dep.ids[1 + (hashint4(g + 7)::bigint & 2147483647) % dep.n] END,
            (ARRAY['urban','social','education','health','transport','environment','housing','economy','safety','other'])[1 + g % 10],
            '关于第' || (g % 997) || '号小区' || (ARRAY['路灯不亮','道路积水','噪音扰民','停车难','垃圾清运不及时'])[1 + g % 5] || '的问题',
            '群众反映的具体情况（' || g || '），希望有关部门尽快核实处理。', NULL, CASE WHEN g % 3 = 0 THEN '陈先生' END,
            '1380000' || lpad((g % 10000)::text, 4, '0'), 'B' || lpad(g::text, 9, '0'), x.status::"MessageStatus",
            CASE WHEN x.unit THEN un.ids[1 + (hashint4(g + 13)::bigint & 2147483647) % un.n] END,
            CASE WHEN x.unit THEN (x.at + interval '21 days')::date END,
            CASE WHEN x.unit THEN x.at + interval '3 days' END,
            CASE WHEN x.status IN ('RELEASED', 'CLOSED') THEN x.at + interval '18 days' END,
            CASE WHEN x.status = 'CLOSED' THEN x.at + interval '25 days' END,
            CASE WHEN x.status = 'CLOSED' THEN (ARRAY['SATISFIED','SATISFIED','SATISFIED','BASIC','UNSATISFIED'])[1 + g % 5]::"MessageRating" END,
            CASE WHEN x.status IN ('RETURNED', 'DECLINED') THEN '不属于受理范围' END,
            x.at, x.at
     FROM generate_series(1, ${N}) g
     CROSS JOIN LATERAL (
       SELECT now() - (g::float8 / ${N}) * interval '730 days' AS at,
              CASE WHEN g::float8 / ${N} * 730 < 30
                   THEN (ARRAY['SUBMITTED','ACCEPTED','CLASSIFIED','TRANSFERRED','TRANSFERRED','HANDBACK_REQUESTED','REPLIED','RELEASED','CLOSED'])[1 + g % 9]
                   WHEN g % 100 < 3 THEN 'RETURNED' WHEN g % 100 < 5 THEN 'DECLINED' WHEN g % 100 = 5 THEN 'TRANSFERRED'
                   ELSE 'CLOSED' END AS status) s0
     CROSS JOIN LATERAL (
       SELECT s0.at, s0.status, s0.status IN ('TRANSFERRED','HANDBACK_REQUESTED','REPLIED','RELEASED') OR (s0.status = 'CLOSED' AND g % 5 <> 0) AS unit) x,
     (SELECT array_agg("id") AS ids, count(*)::int AS n FROM "LiaisonStation" WHERE "tenantId" = $1::uuid) st,
     (SELECT array_agg("id") AS ids, count(*)::int AS n FROM "Deputy" WHERE "tenantId" = $1::uuid) dep,
     (SELECT array_agg("id" ORDER BY "sortOrder") AS ids, count(*)::int AS n FROM "Unit" WHERE "tenantId" = $1::uuid) un`,
    t,
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  await unsafePrisma.$executeRawUnsafe(`VACUUM ANALYZE "CitizenMessage"`);
  await unsafePrisma.$executeRawUnsafe(`ANALYZE`);
  const units = await unsafePrisma.unit.findMany({ where: { tenantId: t }, orderBy: { sortOrder: "asc" } });
  console.log(`generated ${N.toLocaleString("en")} messages in ${seconds} s (then VACUUM ANALYZE)`);
  return { tenantId: t, units };
}

const viewer = (id: string, role: Role, scopeId: string | null): MessageViewer => ({
  id,
  roles: [role],
  scopes: [{ role, scopeId }],
  deputyId: null,
  deputyStationIds: [],
});

async function explain(label: string, sql: string, ...params: unknown[]) {
  // unsafe: EXPLAIN of a read of the one bench tenant.
  const rows = await unsafePrisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    ...params,
  );
  console.log(`\n${label}\n${rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
}

const db = await startBenchDatabase();
try {
  const { tenantId, units } = await seed();
  const office = viewer("00000000-0000-7000-8000-000000000001", "deputyAffairs", null);
  const unitViewers = units
    .slice(0, CLIENTS)
    .map((u, i) => viewer(`00000000-0000-7000-8000-0000000001${String(i).padStart(2, "0")}`, "unit", u.id));
  const inbox = await listMessages(tenantId, unitViewers[0]!, {});
  const all = await listMessages(tenantId, office, {});
  console.log(
    `unit inbox page 1: ${inbox.rows.length} rows of ${inbox.total}${inbox.totalCapped ? "+" : ""}; office list: ${all.rows.length} of ${all.total}${all.totalCapped ? "+" : ""}`,
  );
  const station = (
    await unsafePrisma.liaisonStation.findFirstOrThrow({ where: { tenantId }, orderBy: { name: "asc" } })
  ).id;
  const targets: [string, (c: number) => Promise<unknown>][] = [
    ["unit inbox (20 units, one per client), first page", (c) => listMessages(tenantId, unitViewers[c]!, {})],
    [
      "unit inbox, handling tab (status=handling)",
      (c) => listMessages(tenantId, unitViewers[c]!, { status: "handling" }),
    ],
    ["unit inbox, page 10", (c) => listMessages(tenantId, unitViewers[c]!, { page: 10 })],
    ["office list, first page", () => listMessages(tenantId, office, {})],
    ["office list, open tab (status=open)", () => listMessages(tenantId, office, { status: "open" })],
    ["office list, overdue tab (status=overdue)", () => listMessages(tenantId, office, { status: "overdue" })],
    ["office list, one station", () => listMessages(tenantId, office, { stationId: station })],
    [
      "office list, category=transport, page 5",
      () => listMessages(tenantId, office, { category: "transport", page: 5 }),
    ],
    ["office list, title search q=停车难", () => listMessages(tenantId, office, { q: "停车难" })],
  ];
  console.log(
    `\nmachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ", ",
      )}; date ${new Date().toISOString().slice(0, 16)}Z; ${N.toLocaleString("en")} messages; pool ${process.env.DATABASE_POOL_SIZE ?? 10}`,
  );
  console.log("| target (listMessages) | clients | calls | errors | calls/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, call] of targets) {
    await runCalls(call, 4, 40);
    for (const clients of [1, CLIENTS]) {
      const r = await runCalls(call, clients, clients === 1 ? 50 : 600);
      console.log(`| ${name} | ${clients} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    }
  }
  // For comparison: the same page in one statement (the rows with their station and unit names joined) and the
  // capped count beside it — two queries a call instead of listMessages' six or seven.
  const oneStatement = (scope: string, order: string, params: unknown[]) => () =>
    Promise.all([
      unsafePrisma.$queryRawUnsafe(
        `SELECT m."id", m."receiptCode", m."title", m."category", m."status", m."dueOn", m."createdAt", m."phone", s."name" AS "stationName", u."name" AS "unitName", d."name" AS "deputyName"
         FROM "CitizenMessage" m JOIN "LiaisonStation" s ON s."tenantId" = m."tenantId" AND s."id" = m."stationId"
         LEFT JOIN "Unit" u ON u."tenantId" = m."tenantId" AND u."id" = m."unitId"
         LEFT JOIN "Deputy" d ON d."tenantId" = m."tenantId" AND d."id" = m."deputyId"
         WHERE m."tenantId" = $1::uuid ${scope} ORDER BY ${order} LIMIT 20`,
        tenantId,
        ...params,
      ),
      unsafePrisma.$queryRawUnsafe(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid ${scope} LIMIT 10001) x`,
        tenantId,
        ...params,
      ),
    ]);
  const compare: [string, (c: number) => Promise<unknown>][] = [
    [
      "one-statement SQL: unit inbox (20 units), first page",
      (c) =>
        oneStatement(`AND m."unitId" = $2::uuid`, `m."dueOn" ASC NULLS LAST, m."createdAt" DESC, m."id" DESC`, [
          units[c]!.id,
        ])(),
    ],
    ["one-statement SQL: office list, first page", oneStatement("", `m."createdAt" DESC, m."id" DESC`, [])],
  ];
  for (const [name, call] of compare) {
    await runCalls(call, 4, 40);
    for (const clients of [1, CLIENTS]) {
      const r = await runCalls(call, clients, clients === 1 ? 50 : 600);
      console.log(`| ${name} | ${clients} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    }
  }
  // Where listMessages' time goes at one client: each of its reads alone (first page of the office list).
  const page = await unsafePrisma.citizenMessage.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, stationId: true, deputyId: true },
  });
  const parts: [string, () => Promise<unknown>][] = [
    [
      "ids query (office, first page)",
      () =>
        unsafePrisma.$queryRawUnsafe(
          `SELECT m."id"::text AS id FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 20`,
          tenantId,
        ),
    ],
    [
      "capped count (office, 10,001)",
      () =>
        unsafePrisma.$queryRawUnsafe(
          `SELECT count(*)::int AS n FROM (SELECT 1 FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid LIMIT 10001) x`,
          tenantId,
        ),
    ],
    [
      "rows by ids (findMany)",
      () => unsafePrisma.citizenMessage.findMany({ where: { tenantId, id: { in: page.map((r) => r.id) } } }),
    ],
    ["stationChoices(page's stations)", () => stationChoices(tenantId, [...new Set(page.map((r) => r.stationId))])],
    [
      "deputiesByIds(page's deputies)",
      () =>
        deputiesByIds(
          tenantId,
          page.flatMap((r) => (r.deputyId ? [r.deputyId] : [])),
        ),
    ],
    ["listUnits", () => listUnits(tenantId)],
    ["workingCalendar (cached, version check)", () => workingCalendar(tenantId)],
  ];
  for (const [name, call] of parts) {
    await runCalls(call, 1, 20);
    const r = await runCalls(call, 1, 100);
    console.log(`| part: ${name} | 1 | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`);
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );

  // The plans of the two id queries (listMessages' first query, and its capped count) for the record.
  const u0 = units[0]!.id;
  await explain(
    "EXPLAIN unit inbox ids",
    `SELECT m."id" FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid AND m."unitId" = ANY($2::uuid[]) ORDER BY m."dueOn" ASC NULLS LAST, m."createdAt" DESC, m."id" DESC LIMIT 20`,
    tenantId,
    [u0],
  );
  await explain(
    "EXPLAIN unit inbox count (capped)",
    `SELECT count(*) FROM (SELECT 1 FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid AND m."unitId" = ANY($2::uuid[]) LIMIT 10001) x`,
    tenantId,
    [u0],
  );
  await explain(
    "EXPLAIN office list ids",
    `SELECT m."id" FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 20`,
    tenantId,
  );
  await explain(
    "EXPLAIN office list, category filter, capped count",
    `SELECT count(*) FROM (SELECT 1 FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid AND m."category" = 'transport' LIMIT 10001) x`,
    tenantId,
  );
  await explain(
    "EXPLAIN office overdue tab ids",
    `SELECT m."id" FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid AND m."status" IN ('TRANSFERRED','HANDBACK_REQUESTED') AND m."dueOn" < now()::date ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 20`,
    tenantId,
  );
  await explain(
    "EXPLAIN office open tab ids",
    `SELECT m."id" FROM "CitizenMessage" m WHERE m."tenantId" = $1::uuid AND m."status" IN ('SUBMITTED','ACCEPTED','CLASSIFIED','TRANSFERRED','HANDBACK_REQUESTED','REPLIED') ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 20`,
    tenantId,
  );

  if (process.env.BENCH_HTTP === "1") {
    const passwordHash = await hashPassword(PASSWORD);
    const made: { username: string; role: Role; scopeId: string | null }[] = [
      ...Array.from({ length: CLIENTS }, (_, i) => ({
        username: `affairs${i + 1}`,
        role: "deputyAffairs" as Role,
        scopeId: null,
      })),
      ...units.slice(0, CLIENTS).map((u, i) => ({ username: `unit${i + 1}`, role: "unit" as Role, scopeId: u.id })),
    ];
    for (const m of made) {
      const user = await unsafePrisma.user.create({
        data: { tenantId, username: m.username, displayName: m.username, passwordHash },
      });
      await unsafePrisma.roleAssignment.create({
        data: { tenantId, userId: user.id, role: m.role, scopeId: m.scopeId },
      });
    }
    const server = await startBenchServer();
    try {
      const url = `${server.baseURL}/${SLUG}/console/messages`;
      for (const kind of ["affairs", "unit"]) {
        const cookies = await Promise.all(
          Array.from({ length: CLIENTS }, (_, i) => signInCookie(server.baseURL, SLUG, `${kind}${i + 1}`, PASSWORD)),
        );
        await runLoad(url, { concurrency: 4, total: 40, headers: (c) => ({ cookie: cookies[c % 4]! }) });
        const r = await runLoad(url, { concurrency: CLIENTS, total: 600, headers: (c) => ({ cookie: cookies[c]! }) });
        console.log(
          `| HTTP GET /{city}/console/messages as 20 ${kind} users | ${CLIENTS} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`,
        );
      }
    } finally {
      server.stop();
    }
  }
} finally {
  await unsafePrisma.$disconnect();
  await db.stop();
}
