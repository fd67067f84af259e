-- Deputies (lib/modules/deputies) and liaison stations (lib/modules/stations): the registry of deputies of the
-- five levels, stations with the city's standard and each station's evidence, mixed grouping, reception days and
-- the records of receptions held.

CREATE TYPE "DeputyLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP');
CREATE TYPE "DeputyStatus" AS ENUM ('IN_OFFICE', 'RESIGNED', 'TERMINATED');
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');
CREATE TYPE "StationKind" AS ENUM ('CENTRAL', 'COMMUNITY', 'ONLINE', 'MOBILE');
CREATE TYPE "StationRole" AS ENUM ('RESIDENT', 'LIAISON');
CREATE TYPE "IssueStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'SOLVED');
CREATE TYPE "RecurrenceKind" AS ENUM ('MONTHLY_DAY', 'MONTHLY_WEEKDAY', 'ONCE');
CREATE TYPE "HolidayRule" AS ENUM ('NEXT_WORKING_DAY', 'SKIP', 'KEEP');

CREATE TABLE "Deputy" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "name" TEXT NOT NULL,
  "gender" "Gender" NOT NULL,
  "ethnicity" TEXT NOT NULL DEFAULT '汉族',
  "birthYear" INTEGER NOT NULL,
  "party" TEXT NOT NULL DEFAULT '',
  "occupation" TEXT NOT NULL DEFAULT '',
  "workUnit" TEXT NOT NULL DEFAULT '',
  "level" "DeputyLevel" NOT NULL,
  "term" TEXT NOT NULL,
  "delegation" TEXT NOT NULL DEFAULT '',
  "constituencyId" UUID,
  "phone" TEXT,
  "status" "DeputyStatus" NOT NULL DEFAULT 'IN_OFFICE',
  "statusOn" DATE,
  "statusReason" TEXT NOT NULL DEFAULT '',
  "photoId" UUID,
  "userId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Deputy_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Deputy_birthYear" CHECK ("birthYear" BETWEEN 1900 AND 2100),
  CONSTRAINT "Deputy_ended" CHECK (("status" = 'IN_OFFICE') OR ("statusOn" IS NOT NULL))
);
CREATE UNIQUE INDEX "Deputy_tenantId_id_key" ON "Deputy"("tenantId", "id");
CREATE UNIQUE INDEX "Deputy_tenantId_level_term_name_birthYear_key" ON "Deputy"("tenantId", "level", "term", "name", "birthYear");
CREATE UNIQUE INDEX "Deputy_tenantId_userId_key" ON "Deputy"("tenantId", "userId");
CREATE INDEX "Deputy_tenantId_status_level_name_idx" ON "Deputy"("tenantId", "status", "level", "name");
CREATE INDEX "Deputy_tenantId_constituencyId_idx" ON "Deputy"("tenantId", "constituencyId");
CREATE INDEX "Deputy_tenantId_delegation_idx" ON "Deputy"("tenantId", "delegation");
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_constituency_fkey"
  FOREIGN KEY ("tenantId", "constituencyId") REFERENCES "Area" ("tenantId", "id");
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_user_fkey"
  FOREIGN KEY ("tenantId", "userId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("userId");
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_photo_fkey"
  FOREIGN KEY ("tenantId", "photoId") REFERENCES "Attachment" ("tenantId", "id") ON DELETE SET NULL ("photoId");

CREATE TABLE "LiaisonStation" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "name" TEXT NOT NULL,
  "kind" "StationKind" NOT NULL,
  "areaId" UUID,
  "address" TEXT NOT NULL DEFAULT '',
  "openingHours" TEXT NOT NULL DEFAULT '',
  "phone" TEXT NOT NULL DEFAULT '',
  "intro" TEXT NOT NULL DEFAULT '',
  "establishedOn" DATE,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "LiaisonStation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LiaisonStation_tenantId_id_key" ON "LiaisonStation"("tenantId", "id");
CREATE UNIQUE INDEX "LiaisonStation_tenantId_name_key" ON "LiaisonStation"("tenantId", "name");
CREATE INDEX "LiaisonStation_tenantId_areaId_idx" ON "LiaisonStation"("tenantId", "areaId");
CREATE INDEX "LiaisonStation_tenantId_active_kind_idx" ON "LiaisonStation"("tenantId", "active", "kind");
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_area_fkey"
  FOREIGN KEY ("tenantId", "areaId") REFERENCES "Area" ("tenantId", "id");

CREATE TABLE "StationDeputy" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "deputyId" UUID NOT NULL,
  "role" "StationRole" NOT NULL DEFAULT 'RESIDENT',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StationDeputy_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StationDeputy_tenantId_id_key" ON "StationDeputy"("tenantId", "id");
CREATE UNIQUE INDEX "StationDeputy_tenantId_stationId_deputyId_key" ON "StationDeputy"("tenantId", "stationId", "deputyId");
CREATE INDEX "StationDeputy_tenantId_deputyId_idx" ON "StationDeputy"("tenantId", "deputyId");
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_deputy_fkey"
  FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy" ("tenantId", "id") ON DELETE CASCADE;

CREATE TABLE "StationStandardItem" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "standard" TEXT NOT NULL,
  "label" TEXT NOT NULL,
  "guidance" TEXT NOT NULL DEFAULT '',
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StationStandardItem_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StationStandardItem_tenantId_id_key" ON "StationStandardItem"("tenantId", "id");
CREATE INDEX "StationStandardItem_tenantId_active_sortOrder_idx" ON "StationStandardItem"("tenantId", "active", "sortOrder");

CREATE TABLE "StationEvidence" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "itemId" UUID NOT NULL,
  "met" BOOLEAN NOT NULL DEFAULT false,
  "note" TEXT NOT NULL DEFAULT '',
  "attachmentId" UUID,
  "updatedById" UUID,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StationEvidence_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StationEvidence_tenantId_id_key" ON "StationEvidence"("tenantId", "id");
CREATE UNIQUE INDEX "StationEvidence_tenantId_stationId_itemId_key" ON "StationEvidence"("tenantId", "stationId", "itemId");
ALTER TABLE "StationEvidence" ADD CONSTRAINT "StationEvidence_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "StationEvidence" ADD CONSTRAINT "StationEvidence_item_fkey"
  FOREIGN KEY ("tenantId", "itemId") REFERENCES "StationStandardItem" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "StationEvidence" ADD CONSTRAINT "StationEvidence_attachment_fkey"
  FOREIGN KEY ("tenantId", "attachmentId") REFERENCES "Attachment" ("tenantId", "id") ON DELETE SET NULL ("attachmentId");

CREATE TABLE "ReceptionSchedule" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "kind" "RecurrenceKind" NOT NULL,
  "dayOfMonth" INTEGER,
  "weekOfMonth" INTEGER,
  "weekday" INTEGER,
  "everyMonths" INTEGER NOT NULL DEFAULT 1,
  "startsOn" DATE NOT NULL,
  "endsOn" DATE,
  "startTime" TEXT NOT NULL,
  "endTime" TEXT NOT NULL,
  "onHoliday" "HolidayRule" NOT NULL DEFAULT 'NEXT_WORKING_DAY',
  "location" TEXT NOT NULL DEFAULT '',
  "theme" TEXT NOT NULL DEFAULT '',
  "deputyIds" UUID[] NOT NULL DEFAULT '{}',
  "active" BOOLEAN NOT NULL DEFAULT true,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ReceptionSchedule_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ReceptionSchedule_rule" CHECK (
    ("kind" = 'MONTHLY_DAY' AND "dayOfMonth" BETWEEN 1 AND 31)
    OR ("kind" = 'MONTHLY_WEEKDAY' AND "weekday" BETWEEN 1 AND 7 AND "weekOfMonth" IN (1, 2, 3, 4, -1))
    OR ("kind" = 'ONCE')),
  CONSTRAINT "ReceptionSchedule_every" CHECK ("everyMonths" BETWEEN 1 AND 12)
);
CREATE UNIQUE INDEX "ReceptionSchedule_tenantId_id_key" ON "ReceptionSchedule"("tenantId", "id");
CREATE INDEX "ReceptionSchedule_tenantId_stationId_idx" ON "ReceptionSchedule"("tenantId", "stationId");
ALTER TABLE "ReceptionSchedule" ADD CONSTRAINT "ReceptionSchedule_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id") ON DELETE CASCADE;

CREATE TABLE "ReceptionDay" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "scheduleId" UUID,
  "day" DATE NOT NULL,
  "startTime" TEXT NOT NULL,
  "endTime" TEXT NOT NULL,
  "theme" TEXT NOT NULL DEFAULT '',
  "location" TEXT NOT NULL DEFAULT '',
  "deputyIds" UUID[] NOT NULL DEFAULT '{}',
  "cancelled" BOOLEAN NOT NULL DEFAULT false,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ReceptionDay_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReceptionDay_tenantId_id_key" ON "ReceptionDay"("tenantId", "id");
CREATE UNIQUE INDEX "ReceptionDay_tenantId_scheduleId_day_key" ON "ReceptionDay"("tenantId", "scheduleId", "day");
CREATE INDEX "ReceptionDay_tenantId_stationId_day_idx" ON "ReceptionDay"("tenantId", "stationId", "day");
CREATE INDEX "ReceptionDay_tenantId_day_idx" ON "ReceptionDay"("tenantId", "day");
-- "my reception duties": the days a deputy is on duty.
CREATE INDEX "ReceptionDay_deputyIds_idx" ON "ReceptionDay" USING GIN ("deputyIds");
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_schedule_fkey"
  FOREIGN KEY ("tenantId", "scheduleId") REFERENCES "ReceptionSchedule" ("tenantId", "id") ON DELETE SET NULL ("scheduleId");

CREATE TABLE "ReceptionRecord" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "stationId" UUID NOT NULL,
  "receptionDayId" UUID,
  "day" DATE NOT NULL,
  "peopleReceived" INTEGER NOT NULL,
  "summary" TEXT NOT NULL DEFAULT '',
  "recordedById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ReceptionRecord_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ReceptionRecord_people" CHECK ("peopleReceived" BETWEEN 0 AND 100000)
);
CREATE UNIQUE INDEX "ReceptionRecord_tenantId_id_key" ON "ReceptionRecord"("tenantId", "id");
CREATE INDEX "ReceptionRecord_tenantId_stationId_day_idx" ON "ReceptionRecord"("tenantId", "stationId", "day");
CREATE INDEX "ReceptionRecord_tenantId_day_idx" ON "ReceptionRecord"("tenantId", "day");
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_station_fkey"
  FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation" ("tenantId", "id");
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_day_fkey"
  FOREIGN KEY ("tenantId", "receptionDayId") REFERENCES "ReceptionDay" ("tenantId", "id") ON DELETE SET NULL ("receptionDayId");

CREATE TABLE "ReceptionAttendance" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "recordId" UUID NOT NULL,
  "deputyId" UUID NOT NULL,
  CONSTRAINT "ReceptionAttendance_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReceptionAttendance_tenantId_id_key" ON "ReceptionAttendance"("tenantId", "id");
CREATE UNIQUE INDEX "ReceptionAttendance_tenantId_recordId_deputyId_key" ON "ReceptionAttendance"("tenantId", "recordId", "deputyId");
CREATE INDEX "ReceptionAttendance_tenantId_deputyId_idx" ON "ReceptionAttendance"("tenantId", "deputyId");
ALTER TABLE "ReceptionAttendance" ADD CONSTRAINT "ReceptionAttendance_record_fkey"
  FOREIGN KEY ("tenantId", "recordId") REFERENCES "ReceptionRecord" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "ReceptionAttendance" ADD CONSTRAINT "ReceptionAttendance_deputy_fkey"
  FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy" ("tenantId", "id");

CREATE TABLE "ReceptionIssue" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "recordId" UUID NOT NULL,
  "category" TEXT NOT NULL,
  "content" TEXT NOT NULL,
  "status" "IssueStatus" NOT NULL DEFAULT 'OPEN',
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ReceptionIssue_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReceptionIssue_tenantId_id_key" ON "ReceptionIssue"("tenantId", "id");
CREATE INDEX "ReceptionIssue_tenantId_recordId_idx" ON "ReceptionIssue"("tenantId", "recordId");
ALTER TABLE "ReceptionIssue" ADD CONSTRAINT "ReceptionIssue_record_fkey"
  FOREIGN KEY ("tenantId", "recordId") REFERENCES "ReceptionRecord" ("tenantId", "id") ON DELETE CASCADE;
