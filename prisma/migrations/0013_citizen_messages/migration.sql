-- Citizens' messages (lib/modules/citizen-messages): 群众留言 through the online liaison station, their replies
-- and their timeline.

CREATE TYPE "MessageStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'CLASSIFIED', 'TRANSFERRED', 'HANDBACK_REQUESTED', 'REPLIED', 'RELEASED', 'CLOSED', 'RETURNED', 'DECLINED', 'MERGED');
CREATE TYPE "MessageRating" AS ENUM ('SATISFIED', 'BASIC', 'UNSATISFIED');

CREATE TABLE "CitizenMessage" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "deputyId" UUID,
  "category" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "areaId" UUID,
  "name" TEXT,
  "phone" TEXT,
  "email" TEXT,
  "replyByPhone" BOOLEAN NOT NULL DEFAULT false,
  "publishConsent" BOOLEAN NOT NULL DEFAULT false,
  "receiptCode" TEXT NOT NULL,
  "idempotencyKey" TEXT,
  "requestHash" TEXT,
  "status" "MessageStatus" NOT NULL DEFAULT 'SUBMITTED',
  "unitId" UUID,
  "dueOn" DATE,
  "transferredAt" TIMESTAMPTZ(3),
  "firstRepliedAt" TIMESTAMPTZ(3),
  "repliedOnTime" BOOLEAN,
  "releasedAt" TIMESTAMPTZ(3),
  "rating" "MessageRating",
  "ratingComment" TEXT,
  "ratedAt" TIMESTAMPTZ(3),
  "ratingAskedAt" TIMESTAMPTZ(3),
  "reopenCount" INTEGER NOT NULL DEFAULT 0,
  "closedAt" TIMESTAMPTZ(3),
  "autoClosed" BOOLEAN NOT NULL DEFAULT false,
  "reason" TEXT,
  "mergedIntoId" UUID,
  "publishedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CitizenMessage_pkey" PRIMARY KEY ("id"),
  -- A call back needs a number; a transferred message has its unit and deadline; a merged one its target.
  CONSTRAINT "CitizenMessage_replyByPhone" CHECK (NOT "replyByPhone" OR "phone" IS NOT NULL),
  CONSTRAINT "CitizenMessage_transferred" CHECK ("status" NOT IN ('TRANSFERRED', 'HANDBACK_REQUESTED') OR ("unitId" IS NOT NULL AND "dueOn" IS NOT NULL)),
  CONSTRAINT "CitizenMessage_merged" CHECK (("status" = 'MERGED') = ("mergedIntoId" IS NOT NULL)),
  CONSTRAINT "CitizenMessage_reopen" CHECK ("reopenCount" BETWEEN 0 AND 1)
);
CREATE UNIQUE INDEX "CitizenMessage_tenantId_id_key" ON "CitizenMessage"("tenantId", "id");
CREATE UNIQUE INDEX "CitizenMessage_tenantId_receiptCode_key" ON "CitizenMessage"("tenantId", "receiptCode");
CREATE UNIQUE INDEX "CitizenMessage_tenantId_stationId_idempotencyKey_key" ON "CitizenMessage"("tenantId", "stationId", "idempotencyKey");
CREATE INDEX "CitizenMessage_tenantId_status_createdAt_idx" ON "CitizenMessage"("tenantId", "status", "createdAt" DESC);
CREATE INDEX "CitizenMessage_tenantId_createdAt_idx" ON "CitizenMessage"("tenantId", "createdAt" DESC);
CREATE INDEX "CitizenMessage_tenantId_unitId_status_dueOn_idx" ON "CitizenMessage"("tenantId", "unitId", "status", "dueOn");
CREATE INDEX "CitizenMessage_tenantId_stationId_createdAt_idx" ON "CitizenMessage"("tenantId", "stationId", "createdAt" DESC);
CREATE INDEX "CitizenMessage_tenantId_deputyId_createdAt_idx" ON "CitizenMessage"("tenantId", "deputyId", "createdAt" DESC);
CREATE INDEX "CitizenMessage_tenantId_mergedIntoId_idx" ON "CitizenMessage"("tenantId", "mergedIntoId");
-- The reminder and auto-close jobs scan only open clocks.
CREATE INDEX "CitizenMessage_open_due_idx" ON "CitizenMessage"("tenantId", "dueOn") WHERE "status" IN ('TRANSFERRED', 'HANDBACK_REQUESTED');
CREATE INDEX "CitizenMessage_released_idx" ON "CitizenMessage"("tenantId", "releasedAt") WHERE "status" = 'RELEASED';
ALTER TABLE "CitizenMessage" ADD CONSTRAINT "CitizenMessage_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id");
ALTER TABLE "CitizenMessage" ADD CONSTRAINT "CitizenMessage_deputy_fkey"
  FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy" ("tenantId", "id");
ALTER TABLE "CitizenMessage" ADD CONSTRAINT "CitizenMessage_area_fkey"
  FOREIGN KEY ("tenantId", "areaId") REFERENCES "Area" ("tenantId", "id");
ALTER TABLE "CitizenMessage" ADD CONSTRAINT "CitizenMessage_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "CitizenMessage" ADD CONSTRAINT "CitizenMessage_mergedInto_fkey"
  FOREIGN KEY ("tenantId", "mergedIntoId") REFERENCES "CitizenMessage" ("tenantId", "id");

CREATE TABLE "CitizenMessageReply" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "messageId" UUID NOT NULL,
  "round" INTEGER NOT NULL,
  "unitId" UUID,
  "authorId" UUID,
  "body" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "releasedAt" TIMESTAMPTZ(3),
  "sentBackAt" TIMESTAMPTZ(3),
  CONSTRAINT "CitizenMessageReply_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CitizenMessageReply_round" CHECK ("round" IN (1, 2))
);
CREATE UNIQUE INDEX "CitizenMessageReply_tenantId_id_key" ON "CitizenMessageReply"("tenantId", "id");
CREATE INDEX "CitizenMessageReply_tenantId_messageId_createdAt_idx" ON "CitizenMessageReply"("tenantId", "messageId", "createdAt");
ALTER TABLE "CitizenMessageReply" ADD CONSTRAINT "CitizenMessageReply_message_fkey"
  FOREIGN KEY ("tenantId", "messageId") REFERENCES "CitizenMessage" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "CitizenMessageReply" ADD CONSTRAINT "CitizenMessageReply_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "CitizenMessageReply" ADD CONSTRAINT "CitizenMessageReply_author_fkey"
  FOREIGN KEY ("tenantId", "authorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("authorId");

CREATE TABLE "CitizenMessageEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "messageId" UUID NOT NULL,
  "kind" TEXT NOT NULL,
  "fromStatus" "MessageStatus",
  "toStatus" "MessageStatus" NOT NULL,
  "actorId" UUID,
  "unitId" UUID,
  "note" TEXT NOT NULL DEFAULT '',
  "public" BOOLEAN NOT NULL DEFAULT false,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CitizenMessageEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CitizenMessageEvent_tenantId_id_key" ON "CitizenMessageEvent"("tenantId", "id");
CREATE INDEX "CitizenMessageEvent_tenantId_messageId_createdAt_idx" ON "CitizenMessageEvent"("tenantId", "messageId", "createdAt");
ALTER TABLE "CitizenMessageEvent" ADD CONSTRAINT "CitizenMessageEvent_message_fkey"
  FOREIGN KEY ("tenantId", "messageId") REFERENCES "CitizenMessage" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "CitizenMessageEvent" ADD CONSTRAINT "CitizenMessageEvent_actor_fkey"
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("actorId");
ALTER TABLE "CitizenMessageEvent" ADD CONSTRAINT "CitizenMessageEvent_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
