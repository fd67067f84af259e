-- Public consultation on draft versions (公开征求意见), opinions and their dispositions, grassroots legislative
-- contact points (基层立法联系点), and the PostgreSQL-kept rate-limit counters the opinion intake uses.

CREATE TYPE "ConsultationChannel" AS ENUM ('PUBLIC', 'CONTACT_POINT', 'UNIT', 'DEPUTY', 'EXPERT');
CREATE TYPE "OpinionStatus" AS ENUM ('RECEIVED', 'DISPOSED');
CREATE TYPE "OpinionDisposition" AS ENUM ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'REFERRED', 'DUPLICATE');
CREATE TYPE "ContactPointType" AS ENUM ('SUBDISTRICT', 'COMMUNITY', 'VILLAGE', 'UNIVERSITY', 'LAW_FIRM', 'ENTERPRISE', 'OTHER');
CREATE TYPE "ConsultMethod" AS ENUM ('FORUM', 'VISIT', 'ONLINE');

CREATE TABLE "Consultation" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "regulationId" UUID NOT NULL,
  "draftVersionId" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "introduction" TEXT NOT NULL DEFAULT '',
  "explanation" TEXT NOT NULL DEFAULT '',
  "startsAt" TIMESTAMPTZ(3) NOT NULL,
  "endsAt" TIMESTAMPTZ(3) NOT NULL,
  "channels" "ConsultationChannel"[] NOT NULL,
  "dispositionsPublishedAt" TIMESTAMPTZ(3),
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Consultation_window" CHECK ("endsAt" > "startsAt")
);
CREATE UNIQUE INDEX "Consultation_tenantId_id_key" ON "Consultation"("tenantId", "id");
CREATE INDEX "Consultation_tenantId_endsAt_idx" ON "Consultation"("tenantId", "endsAt");
CREATE INDEX "Consultation_tenantId_draftVersionId_idx" ON "Consultation"("tenantId", "draftVersionId");

CREATE TABLE "ContactPoint" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "type" "ContactPointType" NOT NULL,
  "areaId" UUID,
  "coordinatorId" UUID,
  "address" TEXT NOT NULL DEFAULT '',
  "establishedOn" DATE,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ContactPoint_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ContactPoint_tenantId_id_key" ON "ContactPoint"("tenantId", "id");
CREATE UNIQUE INDEX "ContactPoint_tenantId_name_key" ON "ContactPoint"("tenantId", "name");
CREATE INDEX "ContactPoint_tenantId_areaId_idx" ON "ContactPoint"("tenantId", "areaId");
CREATE INDEX "ContactPoint_tenantId_coordinatorId_idx" ON "ContactPoint"("tenantId", "coordinatorId");

-- A consultation handed to a contact point, with the date its consolidated opinions are due.
CREATE TABLE "ConsultationAssignment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "consultationId" UUID NOT NULL,
  "contactPointId" UUID NOT NULL,
  "dueOn" DATE NOT NULL,
  "submittedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ConsultationAssignment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ConsultationAssignment_tenantId_id_key" ON "ConsultationAssignment"("tenantId", "id");
CREATE UNIQUE INDEX "ConsultationAssignment_tenantId_consultationId_contactPointId_key" ON "ConsultationAssignment"("tenantId", "consultationId", "contactPointId");
CREATE INDEX "ConsultationAssignment_tenantId_contactPointId_idx" ON "ConsultationAssignment"("tenantId", "contactPointId");

CREATE TABLE "Opinion" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "consultationId" UUID NOT NULL,
  -- The article commented on (NULL: the whole draft). `articleIdentity` is the article's identity across
  -- draft versions, so opinions group by article even when it is renumbered.
  "articleId" UUID,
  "articleIdentity" UUID,
  "channel" "ConsultationChannel" NOT NULL,
  "content" TEXT NOT NULL,
  -- sha256 of the whitespace-normalised content: identical texts form a campaign.
  "contentHash" TEXT NOT NULL,
  "name" TEXT,
  "contact" TEXT,
  "areaId" UUID,
  "receiptCode" TEXT NOT NULL,
  -- A random id the portal keeps in a first-party cookie: counts people (not opinions) without knowing them.
  "submitterKey" TEXT,
  "idempotencyKey" TEXT,
  -- sha256 of what the key was first used for: a replay with other content is refused, not stored.
  "requestHash" TEXT,
  "contactPointId" UUID,
  "peopleConsulted" INTEGER,
  "consultMethods" "ConsultMethod"[] NOT NULL DEFAULT '{}',
  "submittedById" UUID,
  "status" "OpinionStatus" NOT NULL DEFAULT 'RECEIVED',
  "disposition" "OpinionDisposition",
  "reason" TEXT,
  "adoptedArticleId" UUID,
  "disposedAt" TIMESTAMPTZ(3),
  "disposedById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Opinion_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Opinion_receiptCode_format" CHECK ("receiptCode" ~ '^[A-Z0-9]{6,16}$'),
  CONSTRAINT "Opinion_content_length" CHECK (char_length("content") BETWEEN 1 AND 5000),
  CONSTRAINT "Opinion_people_positive" CHECK ("peopleConsulted" IS NULL OR "peopleConsulted" > 0),
  CONSTRAINT "Opinion_disposed" CHECK (("status" = 'DISPOSED') = ("disposition" IS NOT NULL))
);
CREATE UNIQUE INDEX "Opinion_tenantId_id_key" ON "Opinion"("tenantId", "id");
CREATE UNIQUE INDEX "Opinion_tenantId_receiptCode_key" ON "Opinion"("tenantId", "receiptCode");
CREATE UNIQUE INDEX "Opinion_tenantId_consultationId_idempotencyKey_key" ON "Opinion"("tenantId", "consultationId", "idempotencyKey");
CREATE INDEX "Opinion_tenantId_consultationId_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "createdAt" DESC, "id");
CREATE INDEX "Opinion_tenantId_consultationId_articleIdentity_idx" ON "Opinion"("tenantId", "consultationId", "articleIdentity");
CREATE INDEX "Opinion_tenantId_consultationId_contentHash_idx" ON "Opinion"("tenantId", "consultationId", "contentHash");
CREATE INDEX "Opinion_tenantId_contactPointId_idx" ON "Opinion"("tenantId", "contactPointId") WHERE "contactPointId" IS NOT NULL;

-- Every distinct text of a consultation, with the number of its copies (`size`): kept by the intake with one
-- upsert on the primary key, so staff filter campaigns (size >= CAMPAIGN_MIN_SIZE) without grouping the opinions.
CREATE TABLE "OpinionCampaign" (
  "tenantId" UUID NOT NULL,
  "consultationId" UUID NOT NULL,
  "contentHash" TEXT NOT NULL,
  "size" INTEGER NOT NULL,
  "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OpinionCampaign_pkey" PRIMARY KEY ("tenantId", "consultationId", "contentHash")
);

-- Fixed-window counters (bucket, window start): rows shared by every app process, so limits hold across
-- replicas. Not tenant-owned: buckets name the tenant themselves; old windows are swept by the intake.
CREATE TABLE "RateLimitWindow" (
  "bucket" TEXT NOT NULL,
  "windowStart" TIMESTAMPTZ(0) NOT NULL,
  "hits" INTEGER NOT NULL,
  CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("bucket", "windowStart")
);
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_regulationId_fkey" FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_draftVersionId_fkey" FOREIGN KEY ("tenantId", "draftVersionId") REFERENCES "DraftVersion"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ContactPoint" ADD CONSTRAINT "ContactPoint_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ContactPoint" ADD CONSTRAINT "ContactPoint_areaId_fkey" FOREIGN KEY ("tenantId", "areaId") REFERENCES "Area"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ContactPoint" ADD CONSTRAINT "ContactPoint_coordinatorId_fkey" FOREIGN KEY ("tenantId", "coordinatorId") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ConsultationAssignment" ADD CONSTRAINT "ConsultationAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ConsultationAssignment" ADD CONSTRAINT "ConsultationAssignment_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ConsultationAssignment" ADD CONSTRAINT "ConsultationAssignment_contactPointId_fkey" FOREIGN KEY ("tenantId", "contactPointId") REFERENCES "ContactPoint"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_articleId_fkey" FOREIGN KEY ("tenantId", "articleId") REFERENCES "DraftArticle"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_adoptedArticleId_fkey" FOREIGN KEY ("tenantId", "adoptedArticleId") REFERENCES "DraftArticle"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_areaId_fkey" FOREIGN KEY ("tenantId", "areaId") REFERENCES "Area"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_contactPointId_fkey" FOREIGN KEY ("tenantId", "contactPointId") REFERENCES "ContactPoint"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_submittedById_fkey" FOREIGN KEY ("tenantId", "submittedById") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_disposedById_fkey" FOREIGN KEY ("tenantId", "disposedById") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpinionCampaign" ADD CONSTRAINT "OpinionCampaign_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
