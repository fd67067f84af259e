// Issue #4 targets for a consultation with 500,000 opinions, measured (not a timed test):
// - staff list pages (signed in, production build) answer in < 200 ms p95;
// - the .xlsx summary table export completes with the exporting process's RSS under 300 MB;
// - and, for the record, disposing a campaign of 100,000 identical copies in one action (its time limit is 120 s).
// Issue #14 item 7: every staff page < 150 ms p95 at 4 clients; the counts by article and disposition come from
// ConsultationCount (migration 0019), compared here with counting the opinions, key for key and in time. Each page
// is measured on two servers in the same run: as `npm start` runs it (the page cache in front of Next) and with
// PAGE_CACHE=0 (Next renders every request); 4 clients are 4 staff members (the cache is per member); and, on the
// cached server, while one of them disposes an opinion every 2 s and the 4 each open a page a second (triage: most
// views after a change render again).
// The opinions are generated in SQL: spread over 60 articles (every 20th on the whole draft), channels, districts,
// a third disposed, one in 50 a copy of one of 7 campaign texts.
// Usage: npx tsx --conditions=react-server scripts/bench-consultation-staff.ts [opinions=500000]
// Again after a change, on a database it seeded before: DATABASE_URL=… BENCH_REUSE=1 [BENCH_SKIP_EXPORT=1] [BENCH_ONLY=summary]
import { spawnSync } from "node:child_process";
import os from "node:os";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
// Straight from its file: the module index also loads the server actions (next-auth), which need Next.
import { disposeCampaign, disposeOpinions } from "@/lib/modules/consultation";
import { dayToDate } from "@/lib/dates";
import { parseDraft } from "@/lib/modules/legislation";
import { numberToChinese } from "@/lib/modules/legislation";
import { hashPassword } from "@/lib/password";
import { runLoad } from "./lib/load";
import { signInCookie, startBenchDatabase, startBenchServer } from "./lib/bench-server";

const SLUG = "benchcity";
const N = Number(process.argv[2] ?? 500_000);
/** Of the N opinions, this many are copies of one text (the rest vary as described above). */
const CAMPAIGN = Math.min(100_000, Math.floor(N / 5));
const CAMPAIGN_HASH = "c".repeat(64);

async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
  });
  const user = await unsafePrisma.user.create({
    data: {
      tenantId: tenant.id,
      username: "legislative",
      displayName: "基准",
      passwordHash: await hashPassword("Bench-pass-2026"),
    },
  });
  await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: user.id, role: "legislative" } });
  const areas = await Promise.all(
    ["一区", "二区", "三区", "四区", "五区"].map((name, i) =>
      unsafePrisma.area.create({ data: { tenantId: tenant.id, name, level: "DISTRICT", sortOrder: i } }),
    ),
  );
  const regulation = await unsafePrisma.regulation.create({
    data: {
      tenantId: tenant.id,
      title: "基准市文明行为促进条例",
      stage: "DRAFTING",
      year: 2026,
      stageChangedOn: dayToDate("2026-09-01"),
    },
  });
  const text = [
    "基准市文明行为促进条例（草案）",
    ...Array.from(
      { length: 60 },
      (_, i) =>
        `第${numberToChinese(i + 1)}条\u3000本市应当加强第${i + 1}方面的文明行为促进工作，具体办法由市人民政府制定。`,
    ),
  ].join("\n\n");
  const parsed = parseDraft(text);
  const draft = await unsafePrisma.draftVersion.create({
    data: {
      tenantId: tenant.id,
      regulationId: regulation.id,
      versionNo: 1,
      label: "征求意见稿",
      title: regulation.title,
      sourceText: text,
      chapters: parsed.chapters,
      warnings: parsed.warnings,
      publishedAt: new Date(),
    },
  });
  await unsafePrisma.draftArticle.createMany({
    data: parsed.articles.map((a, i) => ({
      tenantId: tenant.id,
      draftVersionId: draft.id,
      identity: crypto.randomUUID(),
      ordinal: i + 1,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      text: a.text,
      clauses: a.clauses,
    })),
  });
  const consultation = await unsafePrisma.consultation.create({
    data: {
      tenantId: tenant.id,
      regulationId: regulation.id,
      draftVersionId: draft.id,
      title: "基准市文明行为促进条例（草案）公开征求意见",
      startsAt: new Date(Date.now() - 40 * 86_400_000),
      endsAt: new Date(Date.now() - 86_400_000),
      channels: ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"],
    },
  });
  const t0 = performance.now();
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Opinion" ("tenantId", "consultationId", "articleId", "articleIdentity", "channel", "content", "contentHash", "areaId", "receiptCode", "status", "disposition", "reason", "disposedAt", "createdAt")
     SELECT $1::uuid, $2::uuid, CASE WHEN g % 20 = 0 THEN NULL ELSE art.ids[1 + g % art.n] END, CASE WHEN g % 20 = 0 THEN NULL ELSE art.idents[1 + g % art.n] END,
            (ARRAY['PUBLIC','PUBLIC','PUBLIC','PUBLIC','PUBLIC','CONTACT_POINT','UNIT','DEPUTY','EXPERT'])[1 + g % 9]::"ConsultationChannel",
            CASE WHEN g % 50 = 0 THEN '坚决支持第' || (g % 7) || '号倡议：请把这一条写进条例！' ELSE '关于这一条的意见（' || g || '）：建议进一步明确责任主体、执法部门和处罚标准，加强宣传引导。' || repeat('具体理由如下。', g % 5) END,
            CASE WHEN g % 50 = 0 THEN 'campaign-' || (g % 7) ELSE md5(g::text) END,
            ar.ids[1 + g % 5], 'B' || lpad(g::text, 9, '0'),
            CASE WHEN g % 3 = 0 THEN 'DISPOSED' ELSE 'RECEIVED' END::"OpinionStatus",
            CASE WHEN g % 3 = 0 THEN (ARRAY['ADOPTED','PARTLY_ADOPTED','NOT_ADOPTED','REFERRED','DUPLICATE'])[1 + (g / 3) % 5]::"OpinionDisposition" END,
            CASE WHEN g % 3 = 0 AND (g / 3) % 5 <> 0 THEN '已在修改稿中统筹考虑' END,
            CASE WHEN g % 3 = 0 THEN now() END,
            now() - make_interval(secs => g)
     FROM generate_series(1, ${N - CAMPAIGN}) g,
          (SELECT array_agg("id" ORDER BY "ordinal") AS ids, array_agg("identity" ORDER BY "ordinal") AS idents, count(*)::int AS n FROM "DraftArticle" WHERE "tenantId" = $1::uuid AND "draftVersionId" = $3::uuid) art,
          (SELECT array_agg("id" ORDER BY "sortOrder") AS ids FROM "Area" WHERE "tenantId" = $1::uuid) ar`,
    tenant.id,
    consultation.id,
    draft.id,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "OpinionCampaign" ("tenantId", "consultationId", "contentHash", "size")
     SELECT "tenantId", "consultationId", "contentHash", count(*) FROM "Opinion" WHERE "tenantId" = $1::uuid AND "consultationId" = $2::uuid AND "contentHash" LIKE 'campaign-%' GROUP BY 1, 2, 3`,
    tenant.id,
    consultation.id,
  );
  // One more campaign, of 100,000 copies, for the disposal measured below (the staff pages see it too).
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Opinion" ("tenantId", "consultationId", "channel", "content", "contentHash", "receiptCode", "createdAt")
     SELECT $1::uuid, $2::uuid, 'PUBLIC', '强烈要求把禁止电动车进楼写进条例！', $3, 'C' || lpad(g::text, 9, '0'), now() - make_interval(secs => g) FROM generate_series(1, ${CAMPAIGN}) g`,
    tenant.id,
    consultation.id,
    CAMPAIGN_HASH,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "OpinionCampaign" ("tenantId", "consultationId", "contentHash", "size") VALUES ($1::uuid, $2::uuid, $3, ${CAMPAIGN})`,
    tenant.id,
    consultation.id,
    CAMPAIGN_HASH,
  );
  console.log(`seeded ${N} opinions in ${((performance.now() - t0) / 1000).toFixed(1)} s; areas ${areas.length}`);
  const article = await unsafePrisma.draftArticle.findFirstOrThrow({
    where: { tenantId: tenant.id, draftVersionId: draft.id, ordinal: 5 },
  });
  return { tenant, consultation, article, area: areas[2]!, user };
}

/** The whole-campaign disposal through the action path, as the staff page calls it. */
async function timeCampaignDisposal(tenantId: string, consultationId: string, user: { id: string }) {
  const t0 = performance.now();
  const r = await executeAction(
    disposeCampaign,
    SLUG,
    { consultationId, contentHash: CAMPAIGN_HASH, disposition: "NOT_ADOPTED", reason: "条例已有相应规定" },
    {
      identity: { kind: "tenant", userId: user.id, tenantId, authAt: Date.now() },
      locale: "zh-CN",
      requestId: "bench",
      ip: null,
    },
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  return r.ok
    ? `${r.data.disposed} of ${r.data.size} copies disposed in ${seconds} s (limit 120 s)`
    : `failed after ${seconds} s: ${r.error.message}`;
}

/** The counts by article and disposition two ways, in the same run (the database alone, no page): counting the
 *  opinions (what the pages did before migration 0019) and summing the counter rows (what they read now). The two
 *  must agree key for key; each is timed over 50 runs. */
async function compareCounts(tenantId: string, consultationId: string) {
  const counted = `SELECT "articleIdentity"::text AS i, "disposition"::text AS d, count(*)::int AS n FROM "Opinion"
    WHERE "tenantId" = $1::uuid AND "consultationId" = $2::uuid GROUP BY "articleIdentity", "disposition"`;
  const kept = `SELECT "articleIdentity"::text AS i, "disposition"::text AS d, sum("n")::int AS n FROM "ConsultationCount"
    WHERE "tenantId" = $1::uuid AND "consultationId" = $2::uuid GROUP BY "articleIdentity", "disposition" HAVING sum("n") <> 0`;
  const key = (rows: { i: string | null; d: string | null; n: number }[]) =>
    JSON.stringify(rows.map((r) => `${r.i}|${r.d}|${r.n}`).sort());
  const time = async (sql: string) => {
    const ms: number[] = [];
    let rows: { i: string | null; d: string | null; n: number }[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      rows = await unsafePrisma.$queryRawUnsafe(sql, tenantId, consultationId);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { rows, p50: ms[24]!.toFixed(1), p95: ms[47]!.toFixed(1) };
  };
  const a = await time(counted);
  const b = await time(kept);
  return `count(*) over the opinions p50 ${a.p50} / p95 ${a.p95} ms; counter rows p50 ${b.p50} / p95 ${b.p95} ms; ${a.rows.length} keys, ${key(a.rows) === key(b.rows) ? "equal" : "DIFFERENT"}`;
}

/** A database this script seeded before (DATABASE_URL given, BENCH_REUSE=1): its consultation, to measure the pages
 *  again after a change without seeding for a minute. The campaign was disposed then. */
async function reuse() {
  const tenant = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: SLUG } });
  const consultation = await unsafePrisma.consultation.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const article = await unsafePrisma.draftArticle.findFirstOrThrow({
    where: { tenantId: tenant.id, draftVersionId: consultation.draftVersionId, ordinal: 5 },
  });
  const area = await unsafePrisma.area.findFirstOrThrow({ where: { tenantId: tenant.id, sortOrder: 2 } });
  return { tenant, consultation, article, area, campaignLine: "disposed when the database was seeded" };
}

const db = await startBenchDatabase();
const reused = process.env.BENCH_REUSE === "1" && (await unsafePrisma.tenant.count({ where: { slug: SLUG } })) > 0;
const { tenant, consultation, article, area, campaignLine } = reused
  ? await reuse()
  : await seed().then(async (s) => ({
      ...s,
      campaignLine: await timeCampaignDisposal(s.tenant.id, s.consultation.id, s.user),
    }));
// The steady state autovacuum reaches on its own after bulk inserts and the 100,000 updates above (PostgreSQL 13+
// vacuums insert-only tables too): statistics, and the visibility map that lets counts read indexes only.
if (!reused) await unsafePrisma.$executeRawUnsafe(`VACUUM ANALYZE "Opinion"`);
if (!reused) await unsafePrisma.$executeRawUnsafe(`ANALYZE`);
const countsLine = await compareCounts(tenant.id, consultation.id);
await unsafePrisma.$disconnect();

// The export first, in its own process: its peak RSS is the figure (the server below is another process).
const exported =
  process.env.BENCH_SKIP_EXPORT === "1"
    ? { stdout: "skipped (BENCH_SKIP_EXPORT=1)", stderr: "" }
    : spawnSync(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/lib/export-rss.ts", tenant.id, consultation.id],
        { encoding: "utf8", env: process.env },
      );
const exportLine =
  exported.stdout.trim().split("\n").at(-1) || `failed: ${exported.stderr.trim().split("\n").slice(0, 5).join(" ")}`;

/** Four staff members, one per client (the page cache is per member, so one shared cookie would flatter it). */
const STAFF = ["legislative", "legislative2", "legislative3", "legislative4"];
await unsafePrisma.$connect();
const passwordHash = await hashPassword("Bench-pass-2026");
for (const username of STAFF.slice(1)) {
  const u =
    (await unsafePrisma.user.findFirst({ where: { tenantId: tenant.id, username } })) ??
    (await unsafePrisma.user.create({
      data: { tenantId: tenant.id, username, displayName: `基准${username.slice(-1)}`, passwordHash },
    }));
  if (!(await unsafePrisma.roleAssignment.count({ where: { tenantId: tenant.id, userId: u.id } })))
    await unsafePrisma.roleAssignment.create({ data: { tenantId: tenant.id, userId: u.id, role: "legislative" } });
}
const actor = await unsafePrisma.user.findFirstOrThrow({ where: { tenantId: tenant.id, username: STAFF[0] } });
// Triage while others read: one pending opinion disposed every 2 s through the action path (each commit bumps the
// city's action version, so every member's next view of every page renders again).
const pendingIds = (
  await unsafePrisma.opinion.findMany({
    where: { tenantId: tenant.id, consultationId: consultation.id, status: "RECEIVED" },
    select: { id: true },
    take: 500,
  })
).map((o) => o.id);
async function whileDisposing<T>(every: number, run: () => Promise<T>): Promise<{ result: T; changes: number }> {
  let changes = 0;
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      await new Promise((r) => setTimeout(r, every));
      if (stop) break;
      const id = pendingIds.shift();
      if (!id) break;
      const r = await executeAction(
        disposeOpinions,
        SLUG,
        { consultationId: consultation.id, opinionIds: [id], disposition: "NOT_ADOPTED", reason: "条例已有相应规定" },
        {
          identity: { kind: "tenant", userId: actor.id, tenantId: tenant.id, authAt: Date.now() },
          locale: "zh-CN",
          requestId: "bench",
          ip: null,
        },
      );
      if (r.ok) changes++;
    }
  })();
  const result = await run();
  stop = true;
  await loop;
  return { result, changes };
}

// Both sides in the same run: the server as `npm start` runs it, and one where Next renders every request.
const cached = await startBenchServer();
const uncached = await startBenchServer({ PAGE_CACHE: "0" });
try {
  const cookiesOf = async (baseURL: string) =>
    Promise.all(STAFF.map((u) => signInCookie(baseURL, SLUG, u, "Bench-pass-2026")));
  const cookies = { cached: await cookiesOf(cached.baseURL), uncached: await cookiesOf(uncached.baseURL) };
  const path = `/${SLUG}/console/consultations/${consultation.id}`;
  const targets: [string, string][] = [
    ["consultation overview (counts by article)", path],
    ["opinions, first page", `${path}/opinions`],
    ["opinions of one article, received", `${path}/opinions?article=${article.id}&status=RECEIVED`],
    ["opinions by channel and district", `${path}/opinions?channel=CONTACT_POINT&area=${area.id}`],
    ["opinions of campaigns", `${path}/opinions?campaign=only`],
    ["summary table (意见采纳情况汇总表) page", `${path}/summary`],
  ];
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 10)}; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${N} opinions`,
  );
  console.log("| page | server | clients | changes | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const only = process.env.BENCH_ONLY;
  for (const [name, url] of targets.filter(([n]) => !only || n.includes(only))) {
    for (const side of ["uncached", "cached"] as const) {
      const base = side === "cached" ? cached.baseURL : uncached.baseURL;
      const headers = (client: number) => ({ cookie: cookies[side][client % STAFF.length]! });
      await runLoad(base + url, { concurrency: 2, total: 20, headers });
      const runs: [number, number][] =
        side === "cached"
          ? [
              [1, 0],
              [4, 0],
              [4, 2000],
            ]
          : [
              [1, 0],
              [4, 0],
            ];
      for (const [concurrency, every] of runs) {
        const { result: r, changes } = every
          ? await whileDisposing(every, () =>
              runLoad(base + url, { concurrency, total: 1_000_000, seconds: 30, pace: 1000, headers }),
            )
          : { result: await runLoad(base + url, { concurrency, total: 100, headers }), changes: 0 };
        const label = side === "cached" ? "page cache (npm start)" : "PAGE_CACHE=0";
        console.log(
          `| ${name} | ${label} | ${concurrency} | ${every ? `${changes} (every ${every / 1000} s; each client a page a second)` : "—"} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`,
        );
      }
    }
  }
  console.log(`xlsx export: ${exportLine}`);
  console.log(`campaign of ${CAMPAIGN.toLocaleString("en")} copies: ${campaignLine}`);
  console.log(`counts by article and disposition: ${countsLine}`);
} finally {
  cached.stop();
  uncached.stop();
  await unsafePrisma.$disconnect();
  await db.stop();
}
