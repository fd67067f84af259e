// Test data for the legislation module (issue #3). Like ./index.ts, every row is fresh and written through
// `unsafePrisma` with an explicit tenantId, so a factory does not depend on the services under test — except
// `createDraft` with `by`, which goes through the real addDraftVersion / publishDraftVersion actions.
import { randomUUID } from "node:crypto";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { PlanKind, RegulationKind, RegulationStage } from "@/lib/generated/prisma/enums";
import {
  addDraftVersion,
  carryIdentities,
  draftArticleRows,
  parseDraft,
  publishDraftVersion,
  type ParsedArticle,
} from "@/lib/modules/legislation";
import { sessionFor, uniqueSuffix } from "./index";

type TenantRef = { id: string };

/** The Shanghai calendar day `n` days from today (negative: in the past), as YYYY-MM-DD. */
export function daysFromToday(n: number): string {
  return new Date(dayToDate(todayInShanghai()).getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

export function createLegalField(
  tenant: TenantRef,
  overrides: { code?: string; name?: string; sortOrder?: number } = {},
) {
  const code = overrides.code ?? `f-${uniqueSuffix(8)}`;
  return unsafePrisma.legalField.create({
    data: {
      tenantId: tenant.id,
      code,
      name: overrides.name ?? `测试领域 ${code}`,
      sortOrder: overrides.sortOrder ?? 0,
    },
  });
}

export type CreateCallOptions = {
  /** true (default): open today, 10 days either side; false: closed, 60 to 30 days ago. */
  open?: boolean;
  /** A call that opens in 10 days and closes in 40 (overrides `open`). */
  future?: boolean;
  opensOn?: string;
  closesOn?: string;
  title?: string;
};

export function createCall(tenant: TenantRef, opts: CreateCallOptions = {}) {
  const [defaultOpens, defaultCloses] = opts.future ? [10, 40] : opts.open === false ? [-60, -30] : [-10, 10];
  return unsafePrisma.proposalCall.create({
    data: {
      tenantId: tenant.id,
      title: opts.title ?? `测试立法项目征集 ${uniqueSuffix(6)}`,
      opensOn: dayToDate(opts.opensOn ?? daysFromToday(defaultOpens)),
      closesOn: dayToDate(opts.closesOn ?? daysFromToday(defaultCloses)),
      channels: ["PUBLIC_NOTICE", "ONLINE"],
    },
  });
}

export type CreateRegulationOptions = {
  title?: string;
  stage?: RegulationStage;
  committeeId?: string | null;
  kind?: RegulationKind;
  targetId?: string | null;
  /** YYYY-MM-DD; defaults to 2024-01-10 so tests can move it forward on fixed dates. */
  stageChangedOn?: string;
  year?: number;
  promulgatedOn?: string | null;
  effectiveOn?: string | null;
  repealedOn?: string | null;
  fieldId?: string | null;
};

/** A regulation already in `stage` (PLANNED unless told), with the one event that put it there. */
export async function createRegulation(tenant: TenantRef, opts: CreateRegulationOptions = {}) {
  const stage = opts.stage ?? "PLANNED";
  const stageChangedOn = opts.stageChangedOn ?? "2024-01-10";
  const promulgatedOn =
    opts.promulgatedOn !== undefined ? opts.promulgatedOn : stage === "PROMULGATED" ? stageChangedOn : null;
  const regulation = await unsafePrisma.regulation.create({
    data: {
      tenantId: tenant.id,
      title: opts.title ?? `测试市某某管理条例 ${uniqueSuffix(6)}`,
      kind: opts.kind ?? "NEW",
      targetId: opts.targetId ?? null,
      stage,
      committeeId: opts.committeeId ?? null,
      fieldId: opts.fieldId ?? null,
      year: opts.year ?? Number(stageChangedOn.slice(0, 4)),
      stageChangedOn: dayToDate(stageChangedOn),
      promulgatedOn: promulgatedOn ? dayToDate(promulgatedOn) : null,
      effectiveOn: opts.effectiveOn ? dayToDate(opts.effectiveOn) : null,
      repealedOn: opts.repealedOn ? dayToDate(opts.repealedOn) : null,
    },
  });
  await unsafePrisma.regulationEvent.create({
    data: {
      tenantId: tenant.id,
      regulationId: regulation.id,
      fromStage: null,
      toStage: stage,
      occurredOn: dayToDate(stageChangedOn),
      committeeId: opts.committeeId ?? null,
    },
  });
  return regulation;
}

export type CreateDraftOptions = {
  published?: boolean;
  label?: string;
  /** Add (and publish) it through the real actions, acting as this user; otherwise inserted directly. */
  by?: { id: string; tenantId: string };
};

/** A draft version of `regulation`, parsed into articles, its identities carried over from the previous version. */
export async function createDraft(
  tenant: TenantRef & { slug: string },
  regulation: { id: string; title: string },
  text: string,
  opts: CreateDraftOptions = {},
) {
  const label = opts.label ?? `草案 ${uniqueSuffix(4)}`;
  let id: string;
  if (opts.by) {
    const added = await executeAction(
      addDraftVersion,
      tenant.slug,
      { regulationId: regulation.id, label, text },
      sessionFor(opts.by),
    );
    if (!added.ok) throw new Error(`createDraft: addDraftVersion failed: ${JSON.stringify(added.error)}`);
    id = added.data.id;
    if (opts.published) {
      const published = await executeAction(
        publishDraftVersion,
        tenant.slug,
        { draftVersionId: id },
        sessionFor(opts.by),
      );
      if (!published.ok) throw new Error(`createDraft: publishDraftVersion failed: ${JSON.stringify(published.error)}`);
    }
  } else {
    const parsed = parseDraft(text);
    const previous = await unsafePrisma.draftVersion.findFirst({
      where: { tenantId: tenant.id, regulationId: regulation.id },
      orderBy: { versionNo: "desc" },
    });
    const prevArticles = previous
      ? await unsafePrisma.draftArticle.findMany({
          where: { tenantId: tenant.id, draftVersionId: previous.id },
          orderBy: { ordinal: "asc" },
        })
      : [];
    const identities = carryIdentities(
      prevArticles.map((a) => ({
        identity: a.identity,
        article: {
          number: a.number,
          suffix: a.suffix,
          label: a.label,
          chapter: a.chapter,
          section: a.section,
          text: a.text,
          clauses: (a.clauses as ParsedArticle["clauses"]) ?? [],
        },
      })),
      parsed.articles,
      randomUUID,
    );
    const version = await unsafePrisma.draftVersion.create({
      data: {
        tenantId: tenant.id,
        regulationId: regulation.id,
        versionNo: (previous?.versionNo ?? 0) + 1,
        label,
        title: parsed.title ?? regulation.title,
        sourceText: text,
        preamble: parsed.preamble,
        chapters: parsed.chapters,
        warnings: parsed.warnings,
        publishedAt: opts.published ? new Date() : null,
      },
    });
    if (parsed.articles.length) {
      await unsafePrisma.draftArticle.createMany({
        data: draftArticleRows(tenant.id, version.id, parsed.articles, identities),
      });
    }
    id = version.id;
  }
  return unsafePrisma.draftVersion.findFirstOrThrow({ where: { tenantId: tenant.id, id } });
}

export type CreatePlanOptions = {
  kind: PlanKind;
  published?: boolean;
  startYear?: number;
  endYear?: number;
  title?: string;
};

/** A five-year plan 2023–2027 or an annual plan for 2024 (unless told), unpublished unless told. */
export function createPlan(tenant: TenantRef, opts: CreatePlanOptions) {
  const startYear = opts.startYear ?? (opts.kind === "ANNUAL" ? 2024 : 2023);
  const endYear = opts.endYear ?? (opts.kind === "ANNUAL" ? startYear : startYear + 4);
  return unsafePrisma.legislativePlan.create({
    data: {
      tenantId: tenant.id,
      kind: opts.kind,
      startYear,
      endYear,
      title: opts.title ?? `测试${opts.kind === "ANNUAL" ? "年度立法计划" : "五年立法规划"} ${uniqueSuffix(6)}`,
      publishedAt: opts.published ? new Date() : null,
    },
  });
}

/** A plan item inserted directly (for read-side tests); `regulationId` links it to a regulation project. */
export function createPlanItem(
  tenant: TenantRef,
  plan: { id: string },
  opts: {
    title?: string;
    regulationId?: string | null;
    category?: "DELIBERATION" | "RESEARCH" | "RESERVE";
    sortOrder?: number;
  } = {},
) {
  return unsafePrisma.planItem.create({
    data: {
      tenantId: tenant.id,
      planId: plan.id,
      title: opts.title ?? `测试项目 ${uniqueSuffix(6)}`,
      category: opts.category ?? "DELIBERATION",
      regulationId: opts.regulationId ?? null,
      sortOrder: opts.sortOrder ?? 0,
    },
  });
}

/**
 * Runs `actions` while another transaction holds row `id` of `table` locked against updates (FOR NO KEY UPDATE,
 * so foreign-key checks against it still pass). Plain reads do not wait for that lock, so every action reads the
 * row before any of them may write it: they truly race. Each action is started once the one before is waiting to
 * update the table; the lock is released when all are waiting, or after 3 s (well inside an action's 5 s
 * transaction timeout). Which one then writes first is up to PostgreSQL: assert on the outcome, not the order.
 */
export async function whileRowLocked<T>(
  table: "Regulation" | "LegislativeProposal" | "LegislativePlan" | "DraftVersion",
  tenantId: string,
  id: string,
  actions: (() => Promise<T>)[],
): Promise<T[]> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = unsafePrisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${id}::uuid FOR NO KEY UPDATE`;
      locked();
      await released;
    },
    { timeout: 30_000 },
  );
  await isLocked;
  const pattern = `UPDATE "public"."${table}"%`;
  const deadline = Date.now() + 3_000;
  const running: Promise<T>[] = [];
  for (const action of actions) {
    running.push(action());
    while (Date.now() < deadline) {
      const [row] = await unsafePrisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE ${pattern}`;
      if ((row?.n ?? 0) >= running.length) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  release();
  await holder;
  return Promise.all(running);
}
