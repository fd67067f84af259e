// Issue #12 speed target, measured (not a timed test): a batch of 交办函 for 800 suggestions across 60 units
// comes out in < 10 s, streamed. In a throwaway database: one city with 60 units, 300 deputies, a session, and
// 800 assigned suggestions of it, each to a lead unit and 0–2 assisting units; the letters are issued through the
// module's own action (one per unit), then the batch .zip is read from letterBatchStream — what
// /{city}/console/suggestions/letters/batch returns — timing the first chunk and the last, with the heap's peak
// sampled as it runs (a stream that held the whole file would show it). The .zip is unzipped at the end to count
// its .docx and the suggestions they list.
// Usage: npx tsx --conditions=react-server scripts/bench-suggestion-letters.ts [suggestions=800] [units=60]
import os from "node:os";
import { strFromU8, unzipSync } from "fflate";
import type { ActionContext } from "@/lib/action";
import { forTenant, unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type { Member } from "@/lib/member";
import { issueSuggestionLetters, letterBatchStream } from "@/lib/modules/suggestions";
import { findActiveTenant } from "@/lib/tenant";
import { startBenchDatabase } from "./lib/bench-server";

const SLUG = "benchletters";
const N = Number(process.argv[2] ?? 800);
const UNITS = Number(process.argv[3] ?? 60);
const DEPUTIES = 300;

async function seed() {
  const tenant = await unsafePrisma.tenant.create({
    data: { slug: SLUG, shortName: "基准", fullName: "基准市人民代表大会常务委员会", province: "测试省" },
  });
  const t = tenant.id;
  await unsafePrisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, i) => ({
      tenantId: t,
      code: `unit-${i + 1}`,
      name: `基准市第${i + 1}局`,
      kind: "GOVERNMENT" as const,
      sortOrder: i,
    })),
  });
  const units = await unsafePrisma.unit.findMany({ where: { tenantId: t }, orderBy: { sortOrder: "asc" } });
  await unsafePrisma.deputy.createMany({
    data: Array.from({ length: DEPUTIES }, (_, i) => ({
      tenantId: t,
      name: `代表${i + 1}`,
      gender: i % 3 === 0 ? ("FEMALE" as const) : ("MALE" as const),
      birthYear: 1960 + (i % 35),
      level: "CITY" as const,
      term: "第九届",
    })),
  });
  const deputies = await unsafePrisma.deputy.findMany({ where: { tenantId: t }, select: { id: true } });
  const session = await unsafePrisma.congressSession.create({
    data: {
      tenantId: t,
      term: "第九届",
      number: 3,
      name: "基准市第九届人民代表大会第三次会议",
      year: 2026,
      opensOn: dayToDate("2026-01-10"),
      closesOn: dayToDate("2026-01-14"),
      deadlineOn: dayToDate("2026-01-13"),
    },
  });
  const now = new Date();
  const dueOn = dayToDate("2026-04-28");
  const viewDueOn = dayToDate("2026-02-26");
  await unsafePrisma.suggestion.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      tenantId: t,
      kind: "SUGGESTION" as const,
      timing: "SESSION" as const,
      sessionId: session.id,
      year: 2026,
      number: i + 1,
      title: `关于进一步加强第${i + 1}项民生工作的建议`,
      body: "建议内容。",
      category: "urban",
      leadDeputyId: deputies[i % DEPUTIES]!.id,
      status: "ASSIGNED" as const,
      submittedAt: now,
      acceptedAt: now,
      leadUnitId: units[i % UNITS]!.id,
      assignedAt: now,
      dueOn,
    })),
  });
  const suggestions = await unsafePrisma.suggestion.findMany({
    where: { tenantId: t },
    orderBy: { number: "asc" },
    select: { id: true },
  });
  await unsafePrisma.suggestionAssignment.createMany({
    data: suggestions.flatMap((s, i) => [
      { tenantId: t, suggestionId: s.id, unitId: units[i % UNITS]!.id, role: "LEAD" as const, assignedAt: now, dueOn },
      ...Array.from({ length: i % 3 }, (_, k) => ({
        tenantId: t,
        suggestionId: s.id,
        unitId: units[(i + 7 * (k + 1)) % UNITS]!.id,
        role: "ASSIST" as const,
        assignedAt: now,
        dueOn,
        viewDueOn,
      })),
    ]),
  });
  const office = await unsafePrisma.user.create({
    data: { tenantId: t, username: "office", displayName: "代表工委", passwordHash: "x" },
  });
  return { tenantId: t, officeId: office.id };
}

const db = await startBenchDatabase();
try {
  const seeded = await seed();
  const tenant = (await findActiveTenant(SLUG))!;
  const member: Member = {
    id: seeded.officeId,
    tenantId: tenant.id,
    username: "office",
    displayName: "代表工委",
    roles: ["deputyAffairs"],
    scopes: [{ role: "deputyAffairs", scopeId: null }],
  };
  const issuing = performance.now();
  const issued = await forTenant(tenant.id).$transaction(
    (tx) =>
      issueSuggestionLetters.run(
        {
          tx,
          tenant,
          member,
          request: { identity: null, locale: "zh-CN", requestId: null, ip: null },
        } as ActionContext,
        { ids: [] },
      ),
    { timeout: 120_000 },
  );
  console.log(
    `issued ${issued.result.letters.length} letters for ${N} suggestions in ${Math.round(performance.now() - issuing)} ms`,
  );

  let peakHeap = process.memoryUsage().heapUsed;
  const baseHeap = peakHeap;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const started = performance.now();
  const stream = (await letterBatchStream(tenant, 2026))!;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let firstByte = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - started;
    chunks.push(value);
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  const bytes = chunks.reduce((n, c) => n + c.length, 0);
  const zip = new Uint8Array(bytes);
  chunks.reduce((at, c) => (zip.set(c, at), at + c.length), 0);
  const files = unzipSync(zip);
  const listed = Object.values(files).reduce((n, docx) => {
    const xml = strFromU8(unzipSync(docx)["word/document.xml"]!);
    return n + (xml.match(/关于进一步加强第/g)?.length ?? 0);
  }, 0);
  console.log(
    `batch: ${Object.keys(files).length} .docx listing ${listed} assignments, ${Math.round(bytes / 1024)} kB`,
  );
  console.log(
    `| 交办函 batch .zip, ${N} suggestions / ${UNITS} units | first byte ${Math.round(firstByte)} ms | total ${Math.round(total)} ms | heap peak +${Math.round((peakHeap - baseHeap) / 1048576)} MB |`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  await unsafePrisma.$disconnect();
  await db.stop();
}
