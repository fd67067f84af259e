// The message intake's one statement, in the style of the opinion intake (lib/modules/consultation/intake-sql.ts):
// a named prepared statement on the plain pg pool, parsed and planned once per connection. It resolves the tenant
// and the station, counts both rate-limit hits, checks the station is open, the deputy sits in it, the category
// is the city's and the area the city's, inserts the message (or finds its idempotency key used), its first
// timeline event and the audit row. With photos it runs on the transaction that stores them (a Prisma tx), so a
// refused photo takes the message with it.
// Parameters: $1 tenant slug, $2 station id, $3 deputy id, $4 category, $5 title, $6 body, $7 area id, $8 name,
// $9 phone, $10 e-mail, $11 reply by phone, $12 publish consent, $13 receipt code, $14 idempotency key,
// $15 request hash, $16 station bucket, $17 its limit per minute, $18 client bucket (NULL: none), $19 its limit
// per 10 minutes, $20 request id, $21 IP for the audit row, $22 photos sent (for the audit row), $23 the message's
// id and $24 its event's (time-ordered UUIDv7s made by the caller: the database's default, gen_random_uuid(),
// scatters each insert over the id indexes' pages, which under a flood of writes costs a full-page image in the
// WAL for nearly every one of them).
import type { TenantTx } from "@/lib/db";
import { pgPool } from "@/lib/pg";
import { RATE_LIMIT_HIT_SQL, RATE_LIMIT_VERDICT_SQL, windowStartSql } from "@/lib/rate-limit-sql";
import { DEFAULT_CATEGORIES } from "./settings";

export const STATION_WINDOW_SECONDS = 60;
export const CLIENT_WINDOW_SECONDS = 600;

// The defaults are constants of the code (letters only), written into the text rather than sent each time.
const DEFAULTS = `ARRAY[${DEFAULT_CATEGORIES.map((c) => `'${c.replace(/[^a-z]/g, "")}'`).join(", ")}]::text[]`;

export const MESSAGE_INTAKE_SQL = `
WITH t AS (
  SELECT "id", "settings"->'messages'->'categories' AS cats FROM "Tenant" WHERE "slug" = $1::text AND "active"),
s AS (
  SELECT s."tenantId", s."id", s."active" FROM "LiaisonStation" s JOIN t ON s."tenantId" = t."id" WHERE s."id" = $2::uuid),
l AS (
  SELECT v.* FROM (VALUES
    ($16::text, ${windowStartSql(STATION_WINDOW_SECONDS)}, $17::int, ${STATION_WINDOW_SECONDS}),
    ($18::text, ${windowStartSql(CLIENT_WINDOW_SECONDS)}, $19::int, ${CLIENT_WINDOW_SECONDS})
  ) AS v(bucket, window_start, max_hits, window_seconds)
  WHERE v.bucket IS NOT NULL AND EXISTS (SELECT 1 FROM s)),
hit AS (${RATE_LIMIT_HIT_SQL}),
verdict AS (${RATE_LIMIT_VERDICT_SQL}),
d AS (
  SELECT sd."deputyId" AS id FROM "StationDeputy" sd JOIN s ON sd."tenantId" = s."tenantId" AND sd."stationId" = s."id"
  JOIN "Deputy" dp ON dp."tenantId" = sd."tenantId" AND dp."id" = sd."deputyId" AND dp."status" = 'IN_OFFICE'
  WHERE sd."deputyId" = $3::uuid),
ar AS (SELECT x."id" FROM "Area" x JOIN t ON x."tenantId" = t."id" WHERE x."id" = $7::uuid),
cat AS (
  SELECT $4::text = ANY(CASE WHEN jsonb_typeof(t.cats) = 'array' AND jsonb_array_length(t.cats) > 0
    THEN ARRAY(SELECT jsonb_array_elements_text(t.cats)) ELSE ${DEFAULTS} END) AS ok FROM t),
ins AS (
  INSERT INTO "CitizenMessage" ("id", "tenantId", "stationId", "deputyId", "category", "title", "body", "areaId", "name", "phone", "email",
                                "replyByPhone", "publishConsent", "receiptCode", "idempotencyKey", "requestHash")
  SELECT $23::uuid, s."tenantId", s."id", d.id, $4::text, $5::text, $6::text, ar."id", $8::text, $9::text, $10::text,
         $11::boolean, $12::boolean, $13::text, $14::text, $15::text
  FROM s LEFT JOIN d ON true LEFT JOIN ar ON true
  WHERE s."active" AND NOT coalesce((SELECT limited FROM verdict), false) AND coalesce((SELECT ok FROM cat), false)
    AND ($3::uuid IS NULL OR d.id IS NOT NULL) AND ($7::uuid IS NULL OR ar."id" IS NOT NULL)
  ON CONFLICT ("tenantId", "stationId", "idempotencyKey") DO NOTHING
  RETURNING "id", "tenantId", "receiptCode"),
ev AS (
  INSERT INTO "CitizenMessageEvent" ("id", "tenantId", "messageId", "kind", "toStatus", "public")
  SELECT $24::uuid, ins."tenantId", ins."id", 'submitted', 'SUBMITTED', true FROM ins),
audit AS (
  INSERT INTO "AuditEvent" ("tenantId", "actorKind", "action", "entityType", "entityId", "after", "requestId", "ip")
  SELECT ins."tenantId", 'ANONYMOUS', 'message.submit', 'CitizenMessage', ins."id"::text,
         jsonb_build_object('stationId', $2::text, 'deputyId', $3::text, 'category', $4::text, 'areaId', $7::text,
                            'replyByPhone', $11::boolean, 'publishConsent', $12::boolean, 'photos', $22::int), $20::text, $21::text
  FROM ins)
SELECT (SELECT "id"::text FROM ins) AS id, (SELECT "receiptCode" FROM ins) AS receipt,
       (SELECT "id"::text FROM t) AS tenant, (SELECT "active" FROM s) AS "stationOpen",
       coalesce((SELECT limited FROM verdict), false) AS limited, coalesce((SELECT retry FROM verdict), 0) AS retry,
       coalesce((SELECT hit."hits" > $19::int FROM hit WHERE hit."bucket" = $18::text), false) AS "clientLimited",
       EXISTS (SELECT 1 FROM d) AS deputy, EXISTS (SELECT 1 FROM ar) AS area, coalesce((SELECT ok FROM cat), false) AS category`;

export type MessageIntakeRow = {
  id: string | null;
  receipt: string | null;
  tenant: string | null;
  /** null: no such station in the city. */
  stationOpen: boolean | null;
  limited: boolean;
  retry: number;
  clientLimited: boolean;
  deputy: boolean;
  area: boolean;
  category: boolean;
};

export type MessageIntakeValues = unknown[];

/** The statement on the pool (no photos: the whole intake is this one round trip). */
export async function runMessageIntake(values: MessageIntakeValues): Promise<MessageIntakeRow> {
  const { rows } = await pgPool().query<MessageIntakeRow>({
    name: "message-intake",
    text: MESSAGE_INTAKE_SQL,
    values,
  });
  return rows[0]!;
}

/** The same statement on the transaction that stores the message's photos. */
export async function runMessageIntakeInTx(tx: TenantTx, values: MessageIntakeValues): Promise<MessageIntakeRow> {
  const rows = await tx.$queryRawUnsafe<MessageIntakeRow[]>(MESSAGE_INTAKE_SQL, ...values);
  return rows[0]!;
}
