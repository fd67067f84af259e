// The suggestions' benchmark data (issue #12, Speed): 100,000 suggestions in one city and a few thousand in each of
// 19 others, generated in SQL (INSERT … SELECT generate_series) in the benchmark's throwaway database. Each city
// has 60 units, 600 deputies in 12 delegations and a session a year. Three years of suggestions: this year's in
// every state along the way (drafts, submitted, returned, reviewed, a fifth on a running clock — some overdue —
// hand-backs, replies awaiting a rating, B replies in plan, closed ones with ratings), earlier years nearly all
// closed; a lead signer for each and a co-signer for half, the lead unit's assignment for each assigned one and an
// assisting unit for a third, and each replied one's reply (a solved B with its follow-up). Then VACUUM ANALYZE.
// Used by scripts/bench-suggestion-rates.ts; `seedSuggestionBench(n)` returns the big city and its units.
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";

export const BENCH_SLUG = "benchsug";
const UNITS = 60;
const DEPUTIES = 600;
const OTHER_CITIES = 19;
const OTHER_EACH = Number(process.env.BENCH_OTHER_EACH ?? 3_000);
/** Over how many years (this one and those before) the suggestions are spread; BENCH_YEARS=1 puts all in this. */
const YEARS = Math.min(3, Math.max(1, Number(process.env.BENCH_YEARS ?? 3)));
const DELEGATIONS = [
  "东区",
  "西区",
  "南区",
  "北区",
  "高新区",
  "经开区",
  "一县",
  "二县",
  "三县",
  "四县",
  "五县",
  "解放军",
];
const CATEGORIES = [
  "economy",
  "urban",
  "agriculture",
  "education",
  "health",
  "social",
  "environment",
  "transport",
  "law",
  "other",
];

async function city(slug: string, n: number, year: number) {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug, shortName: slug, fullName: `${slug}市人大常委会`, province: "测试省" },
  });
  const t = tenant.id;
  await unsafePrisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, i) => ({
      tenantId: t,
      code: `unit-${i + 1}`,
      name: `${slug}市第${i + 1}局`,
      kind: "GOVERNMENT" as const,
      sortOrder: i,
    })),
  });
  // unsafe: bulk generation of one tenant's rows, every statement naming the tenant.
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Deputy" ("tenantId", "name", "gender", "birthYear", "level", "term", "delegation")
     SELECT $1::uuid, '代表' || g, (CASE WHEN g % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Gender", 1960 + g % 35, 'CITY', '第九届',
            ($2::text[])[1 + g % 12]
     FROM generate_series(1, ${DEPUTIES}) g`,
    t,
    DELEGATIONS,
  );
  for (const y of [year - 2, year - 1, year])
    await unsafePrisma.congressSession.create({
      data: {
        tenantId: t,
        term: "第九届",
        number: y - year + 3,
        name: `第九届人民代表大会第${y - year + 3}次会议`,
        year: y,
        opensOn: new Date(`${y}-01-10`),
        closesOn: new Date(`${y}-01-14`),
        deadlineOn: new Date(`${y}-01-13`),
      },
    });
  // g = 1 … n: year by g % YEARS (this year a third by default); this year's states by g % 100, earlier ones closed but for 3%.
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "Suggestion" ("tenantId", "kind", "timing", "sessionId", "year", "title", "body", "category", "leadDeputyId",
       "delegation", "status", "submittedAt", "acceptedAt", "isKey", "leadUnitId", "assignedAt", "dueOn", "replyCategory",
       "firstRepliedAt", "repliedOnTime", "promisedOn", "followUpDoneAt", "satisfaction", "ratedAt", "rehandleCount", "closedAt",
       "publishedAt", "createdAt", "updatedAt")
     SELECT $1::uuid, (CASE WHEN g % 40 = 0 THEN 'MOTION' ELSE 'SUGGESTION' END)::"SuggestionKind",
            (CASE WHEN (g / 3) % 2 = 0 THEN 'SESSION' ELSE 'RECESS' END)::"SuggestionTiming",
            CASE WHEN (g / 3) % 2 = 0 THEN ses.ids[x.y - $2::int + 3] END, x.y,
            '关于' || (ARRAY['加快老旧小区改造','改善城区停车','发展乡村旅游','推进义务教育均衡','加强基层医疗','完善养老服务'])[1 + g % 6] || '的建议（' || g || '）',
            '建议内容（' || g || '）：经调研，建议有关部门统筹推进。', ($3::text[])[1 + g % 10], dep.ids[kk.k], dep.dels[kk.k],
            x.status::"SuggestionStatus", CASE WHEN x.status <> 'DRAFT' THEN x.at END, CASE WHEN x.status NOT IN ('DRAFT', 'SUBMITTED', 'REVISING', 'WITHDRAWN') THEN x.at + interval '5 days' END,
            g % 50 = 0,
            CASE WHEN x.assigned THEN un.ids[1 + (hashint4(g)::bigint & 2147483647) % un.n] END,
            CASE WHEN x.assigned THEN x.at + interval '10 days' END,
            CASE WHEN x.assigned THEN (x.at + interval '100 days' + (g % 60 - 30) * interval '1 day')::date END,
            CASE WHEN x.replied THEN (CASE WHEN x.status = 'IN_PLAN' OR g % 20 IN (1, 2, 3, 4) THEN 'B' WHEN g % 20 IN (5, 6, 7) THEN 'C' ELSE 'A' END)::"ReplyCategory" END,
            CASE WHEN x.replied THEN x.at + interval '80 days' END,
            CASE WHEN x.replied THEN g % 29 <> 0 END,
            CASE WHEN x.status = 'IN_PLAN' THEN (x.at + interval '300 days')::date END,
            NULL::timestamptz,
            CASE WHEN x.status IN ('IN_PLAN', 'CLOSED') THEN (ARRAY['SATISFIED','SATISFIED','SATISFIED','BASIC','UNSATISFIED'])[1 + g % 5]::"Satisfaction" END,
            CASE WHEN x.status IN ('IN_PLAN', 'CLOSED') THEN x.at + interval '90 days' END,
            CASE WHEN x.status = 'CLOSED' AND g % 5 = 4 THEN 1 ELSE 0 END,
            CASE WHEN x.status = 'CLOSED' THEN x.at + interval '95 days' END,
            CASE WHEN x.status = 'CLOSED' AND g % 4 = 0 THEN x.at + interval '96 days' END,
            x.at, x.at
     FROM generate_series(1, ${n}) g
     CROSS JOIN LATERAL (SELECT $2::int - g % ${YEARS} AS y) y0
     CROSS JOIN LATERAL (
       SELECT y0.y,
              make_timestamptz(y0.y, 1, 1, 0, 0, 0, 'Asia/Shanghai') + (hashint4(g + 3)::bigint & 2147483647) % 300 * interval '1 day' AS at,
              CASE WHEN y0.y < $2::int THEN (CASE WHEN g % 100 < 2 THEN 'WITHDRAWN' WHEN g % 100 = 2 THEN 'IN_PLAN' ELSE 'CLOSED' END)
                   ELSE (ARRAY['DRAFT','DRAFT','WITHDRAWN','SUBMITTED','SUBMITTED','SUBMITTED','REVISING','REVIEWED','REVIEWED','REVIEWED'])[1 + g % 100]
                   END AS s1) s0
     CROSS JOIN LATERAL (
       SELECT s0.y, s0.at, st AS status, st IN ('ASSIGNED','HANDBACK_REQUESTED','REPLIED','IN_PLAN','CLOSED') AS assigned,
              st IN ('REPLIED','IN_PLAN','CLOSED') AS replied
       FROM (SELECT coalesce(s0.s1, CASE WHEN g % 100 < 30 THEN 'ASSIGNED' WHEN g % 100 < 32 THEN 'HANDBACK_REQUESTED'
                                         WHEN g % 100 < 45 THEN 'REPLIED' WHEN g % 100 < 55 THEN 'IN_PLAN' ELSE 'CLOSED' END) AS st) q) x,
     (SELECT array_agg("id" ORDER BY "year") AS ids FROM "CongressSession" WHERE "tenantId" = $1::uuid) ses,
     (SELECT array_agg("id" ORDER BY "sortOrder") AS ids, count(*)::int AS n FROM "Unit" WHERE "tenantId" = $1::uuid) un,
     (SELECT array_agg("id" ORDER BY "id") AS ids, array_agg("delegation" ORDER BY "id") AS dels, count(*)::int AS n
      FROM "Deputy" WHERE "tenantId" = $1::uuid) dep,
     LATERAL (SELECT 1 + (hashint4(g + 11)::bigint & 2147483647) % dep.n AS k) kk`,
    t,
    year,
    CATEGORIES,
  );
  // A B reply solved by its follow-up: A now, with followUpDoneAt (as follow-up-suggestion.ts leaves it).
  await unsafePrisma.$executeRawUnsafe(
    `UPDATE "Suggestion" SET "followUpDoneAt" = "firstRepliedAt" + interval '120 days'
     WHERE "tenantId" = $1::uuid AND "status" = 'CLOSED' AND "replyCategory" = 'A' AND abs(hashtext("id"::text)) % 4 = 0`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionSigner" ("tenantId", "suggestionId", "deputyId", "role", "confirmedAt")
     SELECT "tenantId", "id", "leadDeputyId", 'LEAD', "createdAt" FROM "Suggestion" WHERE "tenantId" = $1::uuid`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionSigner" ("tenantId", "suggestionId", "deputyId", "role", "confirmedAt")
     SELECT s."tenantId", s."id", dep.ids[1 + (hashint4(s."number_src"::int)::bigint & 2147483647) % dep.n], 'COSIGNER', s."createdAt" + interval '1 day'
     FROM (SELECT *, row_number() OVER () AS "number_src" FROM "Suggestion" WHERE "tenantId" = $1::uuid) s,
          (SELECT array_agg("id") AS ids, count(*)::int AS n FROM "Deputy" WHERE "tenantId" = $1::uuid) dep
     WHERE s."number_src" % 2 = 0
     ON CONFLICT DO NOTHING`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionAssignment" ("tenantId", "suggestionId", "unitId", "role", "assignedAt", "dueOn", "active", "handbackRequestedAt", "handbackReason")
     SELECT "tenantId", "id", "leadUnitId", 'LEAD', "assignedAt", "dueOn", "status" <> 'CLOSED',
            CASE WHEN "status" = 'HANDBACK_REQUESTED' THEN "assignedAt" + interval '3 days' END,
            CASE WHEN "status" = 'HANDBACK_REQUESTED' THEN '不属于本单位职责' END
     FROM "Suggestion" WHERE "tenantId" = $1::uuid AND "leadUnitId" IS NOT NULL`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionAssignment" ("tenantId", "suggestionId", "unitId", "role", "assignedAt", "dueOn", "viewDueOn", "viewBody", "viewAt", "active")
     SELECT s."tenantId", s."id", un.ids[1 + (array_position(un.ids, s."leadUnitId") + 6) % un.n], 'ASSIST', s."assignedAt", s."dueOn",
            (s."assignedAt" + interval '30 days')::date,
            CASE WHEN s."status" <> 'ASSIGNED' THEN '协办意见：同意主办单位意见。' END,
            CASE WHEN s."status" <> 'ASSIGNED' THEN s."assignedAt" + interval '20 days' END, s."status" <> 'CLOSED'
     FROM "Suggestion" s, (SELECT array_agg("id" ORDER BY "sortOrder") AS ids, count(*)::int AS n FROM "Unit" WHERE "tenantId" = $1::uuid) un
     WHERE s."tenantId" = $1::uuid AND s."leadUnitId" IS NOT NULL AND abs(hashtext(s."id"::text)) % 3 = 1`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionReply" ("tenantId", "suggestionId", "unitId", "kind", "category", "body", "reason", "promisedOn", "createdAt", "satisfaction", "ratedAt")
     SELECT "tenantId", "id", "leadUnitId", 'FIRST',
            (CASE WHEN "followUpDoneAt" IS NOT NULL THEN 'B' ELSE "replyCategory"::text END)::"ReplyCategory",
            '经研究，答复如下：……', CASE WHEN "replyCategory" = 'C' THEN '受条件限制，留作参考' END,
            CASE WHEN "replyCategory" = 'B' OR "followUpDoneAt" IS NOT NULL THEN coalesce("promisedOn", ("firstRepliedAt" + interval '200 days')::date) END,
            "firstRepliedAt", "satisfaction", "ratedAt"
     FROM "Suggestion" WHERE "tenantId" = $1::uuid AND "firstRepliedAt" IS NOT NULL`,
    t,
  );
  await unsafePrisma.$executeRawUnsafe(
    `INSERT INTO "SuggestionReply" ("tenantId", "suggestionId", "unitId", "kind", "category", "body", "createdAt")
     SELECT "tenantId", "id", "leadUnitId", 'FOLLOW_UP', 'A', '已按计划解决。', "followUpDoneAt"
     FROM "Suggestion" WHERE "tenantId" = $1::uuid AND "followUpDoneAt" IS NOT NULL`,
    t,
  );
  return t;
}

export async function seedSuggestionBench(n = 100_000) {
  const year = Number(todayInShanghai().slice(0, 4));
  const t0 = performance.now();
  const tenantId = await city(BENCH_SLUG, n, year);
  for (let i = 1; i <= OTHER_CITIES; i++) await city(`benchsug${i}`, OTHER_EACH, year);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  for (const table of ["Suggestion", "SuggestionSigner", "SuggestionAssignment", "SuggestionReply"])
    await unsafePrisma.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  const rows = await unsafePrisma.$queryRawUnsafe<{ table: string; n: number }[]>(
    `SELECT 'Suggestion' AS table, count(*)::int AS n FROM "Suggestion"
     UNION ALL SELECT 'SuggestionSigner', count(*)::int FROM "SuggestionSigner"
     UNION ALL SELECT 'SuggestionAssignment', count(*)::int FROM "SuggestionAssignment"
     UNION ALL SELECT 'SuggestionReply', count(*)::int FROM "SuggestionReply"`,
  );
  console.log(
    `generated ${n.toLocaleString("en")} suggestions in ${BENCH_SLUG} (over ${YEARS} year${YEARS > 1 ? "s" : ""}) and ${OTHER_EACH.toLocaleString("en")} in each of ${OTHER_CITIES} other cities in ${seconds} s; rows: ${rows.map((r) => `${r.table} ${r.n.toLocaleString("en")}`).join(", ")}`,
  );
  const units = await unsafePrisma.unit.findMany({ where: { tenantId }, orderBy: { sortOrder: "asc" } });
  return { tenantId, year, units };
}
