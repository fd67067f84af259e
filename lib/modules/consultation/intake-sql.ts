// The opinion intake's one statement (a named prepared statement: parsed and planned once per connection).
// Parameters: $1 tenant slug, $2 consultation id, $3 article id, $4 content, $5 content hash, $6 name, $7 contact,
// $8 area id, $9 receipt code, $10 submitter key, $11 idempotency key, $12 request hash, $13 consultation bucket,
// $14 its limit per minute, $15 client bucket (NULL: none), $16 its limit per 10 minutes, $17 request id,
// $18 IP for the audit row, $19 the tenant id of the signed-in user's session (NULL: none; another city's session
// does not count as signed in here). Every table is reached through the tenant `t` resolved from the slug.
import { RATE_LIMIT_HIT_SQL, RATE_LIMIT_VERDICT_SQL, windowStartSql } from "@/lib/rate-limit-sql";

export const CONSULTATION_WINDOW_SECONDS = 60;
export const CLIENT_WINDOW_SECONDS = 600;

export const INTAKE_SQL = `
WITH t AS (
  SELECT "id", coalesce(("settings"->>'commentsRequireSignIn')::boolean, false) AS "signInRequired"
  FROM "Tenant" WHERE "slug" = $1::text AND "active"),
l AS (
  SELECT v.* FROM (VALUES
    ($13::text, ${windowStartSql(CONSULTATION_WINDOW_SECONDS)}, $14::int, ${CONSULTATION_WINDOW_SECONDS}),
    ($15::text, ${windowStartSql(CLIENT_WINDOW_SECONDS)}, $16::int, ${CLIENT_WINDOW_SECONDS})
  ) AS v(bucket, window_start, max_hits, window_seconds)
  WHERE v.bucket IS NOT NULL AND EXISTS (SELECT 1 FROM t)),
hit AS (${RATE_LIMIT_HIT_SQL}),
verdict AS (${RATE_LIMIT_VERDICT_SQL}),
c AS (
  SELECT c."tenantId", c."id", c."draftVersionId" FROM "Consultation" c JOIN t ON c."tenantId" = t."id"
  WHERE c."id" = $2::uuid AND c."startsAt" <= now() AND c."endsAt" > now() AND c."dispositionsPublishedAt" IS NULL
    AND 'PUBLIC' = ANY(c."channels") AND (NOT t."signInRequired" OR t."id" = $19::uuid)),
a AS (
  SELECT d."id", d."identity" FROM "DraftArticle" d JOIN c ON d."tenantId" = c."tenantId" AND d."draftVersionId" = c."draftVersionId"
  WHERE d."id" = $3::uuid),
ar AS (SELECT x."id" FROM "Area" x JOIN t ON x."tenantId" = t."id" WHERE x."id" = $8::uuid),
ins AS (
  INSERT INTO "Opinion" ("tenantId", "consultationId", "articleId", "articleIdentity", "channel", "content", "contentHash", "name", "contact", "areaId",
                         "receiptCode", "submitterKey", "idempotencyKey", "requestHash")
  SELECT c."tenantId", c."id", a."id", a."identity", 'PUBLIC', $4::text, $5::text, $6::text, $7::text, ar."id", $9::text, $10::text, $11::text, $12::text
  FROM c LEFT JOIN a ON true LEFT JOIN ar ON true
  WHERE NOT (SELECT limited FROM verdict) AND ($3::uuid IS NULL OR a."id" IS NOT NULL) AND ($8::uuid IS NULL OR ar."id" IS NOT NULL)
  ON CONFLICT ("tenantId", "consultationId", "idempotencyKey") DO NOTHING
  RETURNING "id", "tenantId", "receiptCode"),
camp AS (
  -- Every distinct text of a consultation has its row, counting its copies: an upsert on the primary key, whose
  -- cost does not grow with the consultation (a lookup among the opinions would, with the wrong plan).
  INSERT INTO "OpinionCampaign" ("tenantId", "consultationId", "contentHash", "size")
  SELECT ins."tenantId", $2::uuid, $5::text, 1 FROM ins
  ON CONFLICT ("tenantId", "consultationId", "contentHash") DO UPDATE SET "size" = "OpinionCampaign"."size" + 1),
audit AS (
  INSERT INTO "AuditEvent" ("tenantId", "actorKind", "action", "entityType", "entityId", "after", "requestId", "ip")
  SELECT ins."tenantId", 'ANONYMOUS', 'opinion.submit', 'Opinion', ins."id"::text,
         jsonb_build_object('consultationId', $2::text, 'articleId', $3::text, 'channel', 'PUBLIC'), $17::text, $18::text
  FROM ins)
SELECT (SELECT "id"::text FROM ins) AS id, (SELECT "receiptCode" FROM ins) AS receipt,
       (SELECT "id"::text FROM t) AS tenant, coalesce((SELECT "signInRequired" FROM t), false) AS "signInRequired",
       coalesce((SELECT limited FROM verdict), false) AS limited, coalesce((SELECT retry FROM verdict), 0) AS retry,
       EXISTS (SELECT 1 FROM c) AS consultation, EXISTS (SELECT 1 FROM a) AS article, EXISTS (SELECT 1 FROM ar) AS area`;
