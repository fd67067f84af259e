// A citizen's opinion: the busiest write of the platform (a popular draft can draw thousands an hour, often in
// bursts after a WeChat post). The action path is the same as lib/public-action.ts — tenant → zod → checks →
// the change and its audit row committed together — but the happy path is ONE SQL statement: it counts the
// rate-limit hits, checks the window, the channel, the article and the district, inserts the opinion (or
// finds the idempotency key already used), bumps the campaign of identical texts and writes the audit row.
// Only a refusal costs a second query, to say precisely why.
import { createHash } from "node:crypto";
import type { RequestContext } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { AppError, type Result } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { getTranslator } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/ids";
import { maybeSweepRateLimits, opinionLimits, rateLimitCte } from "@/lib/rate-limit";
import { newReceiptCode } from "@/lib/receipt";
import { failure } from "@/lib/result";
import { findActiveTenant } from "@/lib/tenant";
import { parseInput } from "@/lib/validation";
import { opinionContentHash } from "./content-hash";
import { opinionSchema } from "./schemas";
import { consultationState } from "./workflow";

export type SubmitOpinionOptions = {
  /** The Idempotency-Key header: the same key answers the same receipt, whatever the number of retries. */
  idempotencyKey?: string | null;
  /** The portal's anonymous cookie id: counts people, not opinions. */
  submitterKey?: string | null;
  /** From lib/client-ip.ts (trusted proxies only); null means no per-client limit can apply. */
  clientIp?: string | null;
  request: RequestContext;
};
export type SubmittedOpinion = { receiptCode: string; replayed: boolean };
/** A refusal for too many submissions also says when to come back (the route sends it as Retry-After). */
export type SubmitOpinionResult = Result<SubmittedOpinion> & { retryAfterSeconds?: number };

const KEY_FORMAT = /^[\x21-\x7e]{1,100}$/;

type Row = { id: string | null; receipt: string | null; limited: boolean; retry: number; consultation: boolean; article: boolean; area: boolean };

/** Thrown for a rate-limited request; the route handler turns `retryAfterSeconds` into Retry-After. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "opinionRateLimited", { seconds: retryAfterSeconds });
  }
}

export async function submitOpinion(tenantSlug: string, consultationId: string, rawInput: unknown, opts: SubmitOpinionOptions): Promise<SubmitOpinionResult> {
  const t = await getTranslator(opts.request.locale);
  try {
    const tenant = await findActiveTenant(tenantSlug);
    if (!tenant || !isUuid(consultationId)) throw new AppError("NOT_FOUND");
    if (tenant.settings.commentsRequireSignIn && !opts.request.identity) throw new AppError("UNAUTHENTICATED", "signInToComment");
    const key = opts.idempotencyKey ?? null;
    if (key !== null && !KEY_FORMAT.test(key)) throw new AppError("BAD_REQUEST", "idempotencyKeyFormat");
    const input = parseInput(opinionSchema, rawInput, opts.request.locale, t);
    const contentHash = opinionContentHash(input.content);
    const requestHash = createHash("sha256").update(JSON.stringify([input.articleId, input.content, input.name, input.contact, input.area])).digest("hex");
    const submitterKey = opts.submitterKey && /^[A-Za-z0-9_-]{8,64}$/.test(opts.submitterKey) ? opts.submitterKey : null;
    maybeSweepRateLimits();

    for (let attempt = 0; ; attempt++) {
      try {
        const row = await insertOpinion({
          tenantId: tenant.id, consultationId, input, contentHash, requestHash, key, submitterKey,
          receiptCode: newReceiptCode(), ip: opts.clientIp ?? null, request: opts.request,
        });
        if (row.id && row.receipt) return { ok: true, data: { receiptCode: row.receipt, replayed: false } };
        return { ok: true, data: await explainRefusal(tenant.id, consultationId, row, { key, requestHash, articleId: input.articleId, area: input.area }) };
      } catch (err) {
        // A receipt code already taken (1 in 10^15 per pair): draw another. Anything else is not ours to retry.
        if (attempt < 2 && isReceiptCollision(err)) continue;
        throw err;
      }
    }
  } catch (err) {
    const result = failure(err, t, { action: "opinion.submit", requestId: opts.request.requestId });
    return err instanceof RateLimitedError ? { ...result, retryAfterSeconds: err.retryAfterSeconds } : result;
  }
}

function isReceiptCollision(err: unknown): boolean {
  return String((err as { message?: unknown })?.message ?? "").includes("Opinion_tenantId_receiptCode_key");
}

type InsertArgs = {
  tenantId: string; consultationId: string; input: { articleId: string | null; content: string; name: string | null; contact: string | null; area: string | null };
  contentHash: string; requestHash: string; key: string | null; submitterKey: string | null; receiptCode: string; ip: string | null; request: RequestContext;
};

async function insertOpinion(a: InsertArgs): Promise<Row> {
  const { tenantId: tid, consultationId: cid, input } = a;
  const rows = await unsafePrisma.$queryRaw<Row[]>(Prisma.sql`
    WITH l AS (${rateLimitCte(opinionLimits(tid, cid, a.ip))}),
    hit AS (
      INSERT INTO "RateLimitWindow" ("bucket", "windowStart", "hits") SELECT bucket, window_start, 1 FROM l
      ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "hits" = "RateLimitWindow"."hits" + 1
      RETURNING "bucket", "hits"),
    verdict AS (
      SELECT coalesce(bool_or(hit."hits" > l.max_hits), false) AS limited,
             coalesce(max(ceil(extract(epoch FROM l.window_start + make_interval(secs => l.window_seconds) - now()))) FILTER (WHERE hit."hits" > l.max_hits), 0)::int AS retry
      FROM hit JOIN l ON l.bucket = hit."bucket"),
    c AS (
      SELECT c."id", c."draftVersionId" FROM "Consultation" c
      WHERE c."tenantId" = ${tid}::uuid AND c."id" = ${cid}::uuid AND c."startsAt" <= now() AND c."endsAt" > now()
        AND c."dispositionsPublishedAt" IS NULL AND 'PUBLIC' = ANY(c."channels")),
    a AS (
      SELECT d."id", d."identity" FROM "DraftArticle" d JOIN c ON d."draftVersionId" = c."draftVersionId"
      WHERE d."tenantId" = ${tid}::uuid AND d."id" = ${input.articleId}::uuid),
    ar AS (SELECT x."id" FROM "Area" x WHERE x."tenantId" = ${tid}::uuid AND x."id" = ${input.area}::uuid),
    ins AS (
      INSERT INTO "Opinion" ("tenantId", "consultationId", "articleId", "articleIdentity", "channel", "content", "contentHash", "name", "contact", "areaId",
                             "receiptCode", "submitterKey", "idempotencyKey", "requestHash")
      SELECT ${tid}::uuid, c."id", a."id", a."identity", 'PUBLIC', ${input.content}, ${a.contentHash}, ${input.name}, ${input.contact}, ar."id",
             ${a.receiptCode}, ${a.submitterKey}, ${a.key}, ${a.requestHash}
      FROM c LEFT JOIN a ON true LEFT JOIN ar ON true
      WHERE NOT (SELECT limited FROM verdict)
        AND (${input.articleId}::uuid IS NULL OR a."id" IS NOT NULL)
        AND (${input.area}::uuid IS NULL OR ar."id" IS NOT NULL)
      ON CONFLICT ("tenantId", "consultationId", "idempotencyKey") DO NOTHING
      RETURNING "id", "receiptCode"),
    camp AS (
      -- The statement's snapshot does not see the new row: any match is an earlier copy of the same text.
      INSERT INTO "OpinionCampaign" ("tenantId", "consultationId", "contentHash", "size")
      SELECT ${tid}::uuid, ${cid}::uuid, ${a.contentHash}, 2 FROM ins
      WHERE EXISTS (SELECT 1 FROM "Opinion" o WHERE o."tenantId" = ${tid}::uuid AND o."consultationId" = ${cid}::uuid AND o."contentHash" = ${a.contentHash})
      ON CONFLICT ("tenantId", "consultationId", "contentHash") DO UPDATE SET "size" = "OpinionCampaign"."size" + 1),
    audit AS (
      INSERT INTO "AuditEvent" ("tenantId", "actorKind", "action", "entityType", "entityId", "after", "requestId", "ip")
      SELECT ${tid}::uuid, 'ANONYMOUS', 'opinion.submit', 'Opinion', ins."id"::text,
             jsonb_build_object('consultationId', ${cid}::text, 'articleId', ${input.articleId}::text, 'channel', 'PUBLIC'), ${a.request.requestId}, ${a.request.ip}
      FROM ins)
    SELECT (SELECT "id"::text FROM ins) AS id, (SELECT "receiptCode" FROM ins) AS receipt,
           (SELECT limited FROM verdict) AS limited, (SELECT retry FROM verdict) AS retry,
           EXISTS (SELECT 1 FROM c) AS consultation, EXISTS (SELECT 1 FROM a) AS article, EXISTS (SELECT 1 FROM ar) AS area`);
  return rows[0]!;
}

/** Nothing was inserted: a replayed key (answered as the first time), or a refusal that names its reason. */
async function explainRefusal(tenantId: string, consultationId: string, row: Row, asked: { key: string | null; requestHash: string; articleId: string | null; area: string | null }): Promise<SubmittedOpinion> {
  const { key, requestHash } = asked;
  if (row.limited) throw new RateLimitedError(Math.max(1, row.retry));
  if (!row.consultation) {
    const c = await unsafePrisma.consultation.findFirst({ where: { tenantId, id: consultationId }, select: { startsAt: true, endsAt: true, dispositionsPublishedAt: true, channels: true } });
    if (!c) throw new AppError("NOT_FOUND");
    const state = consultationState(c);
    if (state === "SCHEDULED") throw new AppError("CONFLICT", "consultationNotOpenYet", { startsAt: c.startsAt });
    if (state !== "OPEN") throw new AppError("CONFLICT", "consultationClosed", { endsAt: c.endsAt });
    throw new AppError("FORBIDDEN", "publicChannelClosed");
  }
  if (key !== null) {
    const earlier = await unsafePrisma.opinion.findFirst({ where: { tenantId, consultationId, idempotencyKey: key }, select: { receiptCode: true, requestHash: true } });
    if (earlier) {
      if (earlier.requestHash !== requestHash) throw new AppError("VALIDATION", "idempotencyKeyReused");
      return { receiptCode: earlier.receiptCode, replayed: true };
    }
  }
  if (asked.articleId !== null && !row.article) throw new AppError("VALIDATION", "VALIDATION", {}, { articleId: ["articleNotInDraft"] });
  if (asked.area !== null && !row.area) throw new AppError("VALIDATION", "VALIDATION", {}, { area: ["areaUnknown"] });
  throw new AppError("CONFLICT", "duplicate");
}
