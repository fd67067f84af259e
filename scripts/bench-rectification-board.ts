// Rectification speed target, measured (not a timed test): "a rectification board with 5,000 tasks: p95 < 150 ms
// at 20 clients". One city, one activity of a committee with 5,000 problems and a task for each, generated in SQL
// (INSERT … SELECT generate_series) in a throwaway database: spread unevenly over 40 units (the largest ~800 tasks,
// the smallest ~50), in every state (OPEN 35 %, SUBMITTED 15 %, ACCEPTED 30 %, RETURNED 15 %, REOPENED 5 %), due
// from 60 days ago to 120 days ahead (so about a third of the running clocks are overdue), each with its OPEN
// event. Then VACUUM ANALYZE.
// Measured through the board's own read, getBoard(tenantId, member, activityId, filter, today) from the module —
// what app/[tenant]/console/oversight/[id]/board/page.tsx calls — by 1 and then 20 concurrent clients in one
// process sharing the app's connection pool (10) as one server does: the page's default (no filter, page 1), a
// status filter, the overdue filter, a unit filter, a later page, and all of them mixed; as a leader (who sees the
// board, the page reads only getBoard) and as the activity's committee member (who manages it: the page reads
// getBoard, then boardChoices and the working calendar; boardChoices is kept between the city's actions, so that
// is measured quiet, with an action committing every 250 ms, and computed every call). The statements' plans are
// printed (EXPLAIN ANALYZE).
// Usage: npx tsx --conditions=react-server scripts/bench-rectification-board.ts [tasks=5000] [calls=600]
import os from "node:os";
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { loadMember, type Member } from "@/lib/member";
import { workingCalendar } from "@/lib/modules/calendar";
import { boardChoices, getBoard } from "@/lib/modules/oversight/face-rectification";
import type { BoardFilter } from "@/lib/modules/oversight/queries-rectification";
import { startBenchDatabase } from "./lib/bench-server";
import { runCalls } from "./lib/load";

const N = Number(process.argv[2] ?? 5000);
const CALLS = Number(process.argv[3] ?? 600);
const UNITS = 40;
const CLIENTS = 20;
const TARGET_P95 = 150;

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: `bench-rect-${Date.now()}`, shortName: "压测", fullName: "压测市人大常委会", province: "测试省" },
  });
  const t = tenant.id;
  const committee = await unsafePrisma.committee.create({
    data: { tenantId: t, code: "bench-c", name: "财政经济委员会", shortName: "财经委" },
  });
  await unsafePrisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, i) => ({
      tenantId: t,
      code: `unit-${i}`,
      name: `承办单位${String(i + 1).padStart(2, "0")}`,
      kind: "GOVERNMENT" as const,
      sortOrder: i,
    })),
  });
  const leader = await unsafePrisma.user.create({
    data: { tenantId: t, username: "leader", displayName: "主任", passwordHash: "bench-no-login" },
  });
  const member = await unsafePrisma.user.create({
    data: { tenantId: t, username: "committee", displayName: "委员", passwordHash: "bench-no-login" },
  });
  await unsafePrisma.roleAssignment.createMany({
    data: [
      { tenantId: t, userId: leader.id, role: "leader", scopeId: null },
      { tenantId: t, userId: member.id, role: "committee", scopeId: committee.id },
    ],
  });
  const activity = await unsafePrisma.oversightActivity.create({
    data: {
      tenantId: t,
      year: Number(todayInShanghai().slice(0, 4)),
      kind: "LAW_INSPECTION",
      title: "大气污染防治法执法检查（压测）",
      committeeId: committee.id,
      status: "RECTIFYING",
    },
  });
  const t0 = performance.now();
  // unsafe: bulk generation of one tenant's rows, every statement naming the tenant.
  // Unit k²/250 for k = seq mod 100: unit 1 gets 16 of every 100 tasks, unit 40 one or two; the state is chosen
  // from seq / 100 as well, so that every unit has tasks in every state.
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "OversightProblem" ("tenantId", "activityId", "seq", "description", "category", "severity", "unitId")
     SELECT $1::uuid, $2::uuid, g, '检查发现的问题 ' || g || '：监管不到位，台账不全，整改措施未落实。',
            (ARRAY['supervision','enforcement','funding','facilities'])[1 + g % 4],
            (ARRAY['MINOR','MODERATE','MODERATE','SERIOUS'])[1 + g % 4]::"ProblemSeverity",
            un.ids[1 + ((g % 100) * (g % 100)) / 250]
       FROM generate_series(1, ${N}) g,
            (SELECT array_agg("id" ORDER BY "sortOrder") AS ids FROM "Unit" WHERE "tenantId" = $1::uuid) un`,
    t,
    activity.id,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "RectificationTask" ("tenantId", "activityId", "problemId", "unitId", "dueOn", "status", "reason", "acceptedAt")
     SELECT p."tenantId", p."activityId", p."id", p."unitId",
            current_date + ((p."seq" * 37) % 180 - 60),
            s.status::"RectificationStatus",
            CASE WHEN s.status IN ('RETURNED', 'REOPENED') THEN '佐证材料不足。' ELSE '' END,
            CASE WHEN s.status = 'ACCEPTED' THEN now() END
       FROM "OversightProblem" p
       CROSS JOIN LATERAL (
         SELECT CASE WHEN k < 7 THEN 'OPEN' WHEN k < 10 THEN 'SUBMITTED' WHEN k < 16 THEN 'ACCEPTED'
                     WHEN k < 19 THEN 'RETURNED' ELSE 'REOPENED' END AS status
           FROM (SELECT (p."seq" / 100 + p."seq" * 7) % 20 AS k) x) s
      WHERE p."tenantId" = $1::uuid AND p."activityId" = $2::uuid`,
    t,
    activity.id,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "RectificationEvent" ("tenantId", "taskId", "toStatus")
     SELECT "tenantId", "id", 'OPEN' FROM "RectificationTask" WHERE "tenantId" = $1::uuid`,
    t,
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  await unsafePrisma.$executeRawUnsafe(`VACUUM ANALYZE "OversightProblem"`);
  await unsafePrisma.$executeRawUnsafe(`VACUUM ANALYZE "RectificationTask"`);
  await unsafePrisma.$executeRawUnsafe(`ANALYZE`);
  console.log(`generated ${N.toLocaleString("en")} problems, tasks and events in ${seconds} s (then VACUUM ANALYZE)`);
  const identity = (userId: string) => ({ kind: "tenant" as const, userId, tenantId: t, authAt: Date.now() });
  return {
    tenantId: t,
    activityId: activity.id,
    leader: (await loadMember(t, identity(leader.id)))!,
    manager: (await loadMember(t, identity(member.id)))!,
  };
}

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
  const { tenantId, activityId, leader, manager } = await seed();
  const today = todayInShanghai();
  const first = (await getBoard(tenantId, leader, activityId, {}, today))!;
  const byTasks = await unsafePrisma.rectificationTask.groupBy({
    by: ["unitId"],
    where: { tenantId, activityId },
    _count: { _all: true },
    orderBy: { _count: { unitId: "desc" } },
  });
  const bigUnit = byTasks[0]!;
  const smallUnit = byTasks.at(-1)!;
  console.log(
    `board: ${first.total} tasks (${Object.entries(first.counts)
      .map(([s, n]) => `${s} ${n}`)
      .join(
        ", ",
      )}), overdue ${first.overdue}, ${first.pages} pages of ${first.rows.length}, ${first.units.length} units (largest ${bigUnit._count._all} tasks, smallest ${smallUnit._count._all})`,
  );
  const board = (m: Member, f: BoardFilter) => async () => {
    const b = await getBoard(tenantId, m, activityId, f, today);
    if (!b || b.rows.length === 0) throw new Error(`empty board for ${JSON.stringify(f)}`);
  };
  const filters: [string, BoardFilter][] = [
    ["page's default (no filter, page 1)", {}],
    ["status=OPEN", { status: "OPEN" }],
    ["status=overdue", { status: "overdue" }],
    [`unit filter, the largest unit (${bigUnit._count._all})`, { unitId: bigUnit.unitId }],
    [
      `unit filter + status=ACCEPTED, the smallest unit (${smallUnit._count._all})`,
      { unitId: smallUnit.unitId, status: "ACCEPTED" },
    ],
    ["page 20 (no filter)", { page: 20 }],
  ];
  let k = 0;
  type Target = [string, (c: number) => Promise<unknown>, ("kept" | "busy" | "off")?];
  const targets: Target[] = [
    ...filters.map(([name, f]): Target => [`getBoard, leader: ${name}`, board(leader, f)]),
    [
      "getBoard, leader: mixed (half default, then each filter and page 20 in turn)",
      () => {
        const i = k++;
        return board(leader, i % 2 === 0 ? {} : filters[1 + ((i >> 1) % (filters.length - 1))]![1])();
      },
    ],
    ...(
      [
        ["boardChoices kept between actions, quiet city", "kept"],
        ["boardChoices kept, an action committing in the city every 250 ms", "busy"],
        ["boardChoices computed every call (DATA_CACHE=0)", "off"],
      ] as const
    ).map(([label, mode]): Target => [
      `the page's reads as its committee member (getBoard, then boardChoices + working calendar), default; ${label}`,
      async () => {
        await board(manager, {})();
        await Promise.all([boardChoices(tenantId, activityId), workingCalendar(tenantId)]);
      },
      mode,
    ]),
  ];
  console.log(
    `\nmachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; load average ${loadavg()}; date ${new Date().toISOString().slice(0, 16)}Z; ${N.toLocaleString("en")} tasks; pool ${process.env.DATABASE_POOL_SIZE ?? 10}`,
  );
  console.log("| target | clients | calls | errors | calls/s | p50 ms | p95 ms | p99 ms | load avg | p95 < 150 |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  let missed = 0;
  let bumping = false;
  const bumper = async () => {
    while (bumping) {
      // unsafe: what every action does at commit (lib/action-version.ts), for the one bench tenant.
      await unsafePrisma.$executeRawUnsafe(
        `UPDATE "Tenant" SET "actionVersion" = "actionVersion" + 1 WHERE "id" = $1::uuid`,
        tenantId,
      );
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  for (const [name, call, mode] of targets) {
    if (mode === "off") process.env.DATA_CACHE = "0";
    bumping = mode === "busy";
    const bumped = bumper();
    await runCalls(call, 4, 40);
    for (const clients of [1, CLIENTS]) {
      const r = await runCalls(call, clients, clients === 1 ? 50 : CALLS);
      const verdict = clients === CLIENTS ? (r.p95 < TARGET_P95 && r.errors === 0 ? "met" : "MISSED") : "";
      if (verdict === "MISSED") missed++;
      console.log(
        `| ${name} | ${clients} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${os.loadavg()[0]!.toFixed(2)} | ${verdict} |`,
      );
    }
    bumping = false;
    await bumped;
    delete process.env.DATA_CACHE;
  }
  console.log(
    `\ntarget p95 < ${TARGET_P95} ms at ${CLIENTS} clients: ${missed === 0 ? "met by every target" : `MISSED by ${missed} target(s)`}; load average ${loadavg()}`,
  );
  if (missed) process.exitCode = 1;

  // The plans of the board's statements, as lib/modules/oversight/queries-rectification.ts sends them.
  const clock = `t."status" = ANY('{OPEN,RETURNED,REOPENED}'::"RectificationStatus"[]) AND t."dueOn" < $3::date`;
  await explain(
    "getBoard: the counts by state, with the overdue ones",
    `SELECT t."status"::text AS "status", count(*)::int AS "n", (count(*) FILTER (WHERE ${clock}))::int AS "overdue"
       FROM "RectificationTask" t WHERE t."tenantId" = $1::uuid AND t."activityId" = $2::uuid
      GROUP BY t."status"`,
    tenantId,
    activityId,
    today,
  );
  await explain(
    "getBoard: the units with tasks on the board",
    `SELECT u."id"::text AS "id", u."name" FROM "Unit" u
      WHERE u."tenantId" = $1::uuid
        AND EXISTS (SELECT 1 FROM "RectificationTask" t
                     WHERE t."tenantId" = $1::uuid AND t."unitId" = u."id" AND t."activityId" = $2::uuid)`,
    tenantId,
    activityId,
  );
  const page = (label: string, cond: string, offset: number, ...params: unknown[]) =>
    explain(
      `getBoard: one page, ${label}`,
      `SELECT t."id"::text AS "id", t."activityId"::text AS "activityId", t."problemId"::text AS "problemId",
              t."unitId"::text AS "unitId", to_char(t."dueOn", 'YYYY-MM-DD') AS "dueOn", t."status"::text AS "status",
              p."seq" AS "problemSeq", p."description" AS "problem", u."name" AS "unitName"
         FROM (SELECT t."id", t."activityId", t."problemId", t."unitId", t."dueOn", t."status"
                 FROM "RectificationTask" t
                WHERE t."tenantId" = $1::uuid AND t."activityId" = $2::uuid ${cond}
                ORDER BY t."dueOn", t."id" LIMIT 50 OFFSET ${offset}) t
         LEFT JOIN LATERAL (SELECT p."seq", p."description" FROM "OversightProblem" p
                             WHERE p."tenantId" = $1::uuid AND p."id" = t."problemId" LIMIT 1) p ON TRUE
         LEFT JOIN LATERAL (SELECT u."name" FROM "Unit" u
                             WHERE u."tenantId" = $1::uuid AND u."id" = t."unitId" LIMIT 1) u ON TRUE
        ORDER BY t."dueOn", t."id"`,
      tenantId,
      activityId,
      ...params,
    );
  await page("the default (page 1)", "", 0);
  await page("page 20", "", 950);
  await page("status=OPEN", `AND t."status" = 'OPEN'`, 0);
  await page("status=overdue", `AND ${clock}`, 0, today);
  await page("the largest unit", `AND t."unitId" = $3::uuid`, 0, bigUnit.unitId);
  await explain(
    "boardChoices: the problems without a task",
    `SELECT p."id"::text AS "id", p."seq", p."description", p."unitId"::text AS "unitId"
       FROM "OversightProblem" p
      WHERE p."tenantId" = $1::uuid AND p."activityId" = $2::uuid
        AND NOT EXISTS (SELECT 1 FROM "RectificationTask" t
                         WHERE t."tenantId" = $1::uuid AND t."problemId" = p."id" AND t."activityId" = $2::uuid)
      ORDER BY p."seq" LIMIT 200`,
    tenantId,
    activityId,
  );
} finally {
  await db.stop();
}
