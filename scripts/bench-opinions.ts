// Issue #4 intake target, measured (not a timed test): POST /api/v1/{tenant}/consultations/{id}/opinions sustains
// >= 1,000 accepted submissions a second with p99 < 100 ms at 100 concurrent clients, and the rows stored equal
// the 201s. Two runs of 100 clients: flat out (the most it takes, and the latency at that saturation), then paced
// at the target's 1,000 a second (the latency while sustaining it). In the same run, a plain INSERT of the same
// rows through `pg` at the same concurrency, for the ratio.
// The database fsyncs (as in production); the server is the production build; the load generator, the server and
// PostgreSQL share this machine's cores. Each request is a different citizen (X-Forwarded-For, with TRUST_PROXY=1),
// with its own Idempotency-Key and one of many texts on one of the draft's articles.
// Usage: npx tsx --conditions=react-server scripts/bench-opinions.ts [total=20000]
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { unsafePrisma } from "@/lib/db";
import { parseDraft } from "@/lib/modules/legislation";
import { numberToChinese } from "@/lib/modules/legislation";
import { opinionContentHash } from "@/lib/modules/consultation";
import { newReceiptCode } from "@/lib/receipt";
import { runHttpLoad } from "./lib/http-load";
import { startBenchDatabase, startBenchServer } from "./lib/bench-server";

const SLUG = "benchcity";
const CONCURRENCY = 100;
const TOTAL = Number(process.argv[2] ?? 20_000);
const TOPICS = [
  "文明养犬",
  "高空抛物",
  "公共场所吸烟",
  "礼让斑马线",
  "志愿服务激励",
  "垃圾分类",
  "噪声扰民",
  "电动车停放",
];

async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: SLUG, shortName: "基准", fullName: "基准市人大常委会", province: "测试省" },
  });
  const regulation = await unsafePrisma.regulation.create({
    data: {
      tenantId: tenant.id,
      title: "基准市文明行为促进条例",
      stage: "DRAFTING",
      year: 2026,
      stageChangedOn: new Date(),
    },
  });
  const text = [
    "基准市文明行为促进条例（草案）",
    ...Array.from(
      { length: 40 },
      (_, i) => `第${i + 1}条\u3000本市应当加强${TOPICS[i % TOPICS.length]}方面的文明行为促进工作。`,
    ),
  ].join("\n\n");
  const parsed = parseDraft(text.replace(/第(\d+)条/g, (_, n: string) => `第${numberToChinese(Number(n))}条`));
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
      identity: randomUUID(),
      ordinal: i + 1,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      text: a.text,
      clauses: a.clauses,
    })),
  });
  const articles = await unsafePrisma.draftArticle.findMany({
    where: { tenantId: tenant.id, draftVersionId: draft.id },
    select: { id: true, identity: true },
  });
  const consultation = (title: string) =>
    unsafePrisma.consultation.create({
      data: {
        tenantId: tenant.id,
        regulationId: regulation.id,
        draftVersionId: draft.id,
        title,
        startsAt: new Date(Date.now() - 3600_000),
        endsAt: new Date(Date.now() + 86_400_000),
        channels: ["PUBLIC"],
      },
    });
  return {
    tenant,
    articles,
    warm: await consultation("预热"),
    http: await consultation("HTTP 接口"),
    paced: await consultation("HTTP 接口（每秒 1000 条）"),
    plain: await consultation("直接 INSERT"),
  };
}

const content = (i: number) =>
  `关于${TOPICS[i % TOPICS.length]}的意见（第${i}号）：建议进一步明确责任主体和处罚标准，加强宣传引导。`;

const db = await startBenchDatabase({ durable: true });
const { tenant, articles, warm, http, paced, plain } = await seed();
const RATE = 1000;
await unsafePrisma.$disconnect();
process.env.TRUST_PROXY = "1";
const server = await startBenchServer();
try {
  const make = (consultationId: string) => (i: number) => ({
    method: "POST" as const,
    path: `/api/v1/${SLUG}/consultations/${consultationId}/opinions`,
    headers: {
      "content-type": "application/json",
      "idempotency-key": randomUUID(),
      "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
    body: JSON.stringify({ articleId: articles[i % articles.length]!.id, content: content(i) }),
  });
  await runHttpLoad(server.baseURL, { concurrency: CONCURRENCY, total: 3000, make: make(warm.id) });
  const r = await runHttpLoad(server.baseURL, { concurrency: CONCURRENCY, total: TOTAL, make: make(http.id) });
  const p = await runHttpLoad(server.baseURL, {
    concurrency: CONCURRENCY,
    total: TOTAL,
    rate: RATE,
    make: make(paced.id),
  });

  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: CONCURRENCY });
  const count = async (consultationId: string) =>
    Number(
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Opinion" WHERE "tenantId" = $1 AND "consultationId" = $2`,
          [tenant.id, consultationId],
        )
      ).rows[0]!.n,
    );
  const [stored, storedPaced] = [await count(http.id), await count(paced.id)];
  // The same rows, straight into the table: the ceiling this machine puts on any intake.
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) {
        const i = next++;
        const a = articles[i % articles.length]!;
        await pool.query(
          `INSERT INTO "Opinion" ("tenantId", "consultationId", "articleId", "articleIdentity", "channel", "content", "contentHash", "receiptCode", "idempotencyKey") VALUES ($1, $2, $3, $4, 'PUBLIC', $5, $6, $7, $8)`,
          [
            tenant.id,
            plain.id,
            a.id,
            a.identity,
            content(i),
            opinionContentHash(content(i)),
            newReceiptCode(),
            randomUUID(),
          ],
        );
      }
    }),
  );
  const plainSeconds = (performance.now() - t0) / 1000;
  await pool.end();
  const accepted = r.statuses[201] ?? 0;
  const acceptedPerSecond = Math.round((accepted / r.seconds) * 10) / 10;
  const plainPerSecond = Math.round((TOTAL / plainSeconds) * 10) / 10;
  const acceptedPaced = p.statuses[201] ?? 0;
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString().slice(0, 10)}; fsync on`,
  );
  console.log("| what | clients | requests | statuses | accepted/s | p50 ms | p95 ms | p99 ms | max ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  console.log(
    `| POST …/opinions, flat out | ${CONCURRENCY} | ${r.requests} | ${JSON.stringify(r.statuses)} | ${acceptedPerSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} |`,
  );
  console.log(
    `| POST …/opinions, paced at ${RATE}/s | ${CONCURRENCY} | ${p.requests} | ${JSON.stringify(p.statuses)} | ${Math.round((acceptedPaced / p.seconds) * 10) / 10} | ${p.p50} | ${p.p95} | ${p.p99} | ${p.max} |`,
  );
  console.log(`| plain INSERT through pg | ${CONCURRENCY} | ${TOTAL} | — | ${plainPerSecond} | — | — | — | — |`);
  console.log(
    `rows stored ${stored} = 201 answers ${accepted}: ${stored === accepted ? "yes" : "NO"}; paced ${storedPaced} = ${acceptedPaced}: ${storedPaced === acceptedPaced ? "yes" : "NO"}; HTTP / plain INSERT = ${(acceptedPerSecond / plainPerSecond).toFixed(2)}`,
  );
} finally {
  server.stop();
  await db.stop();
}
