-- The opinions list filtered by channel and district (issue #14, item 7): its count ("more than 2,000") was a scan
-- of 30–50 ms at 500,000 opinions, as no index held both columns, and the page waited on it. The channel index
-- now carries the district too (INCLUDE), so that count, and the list's page, read the index alone. It replaces
-- the index of migration 0005 under the same name: no index more for the intake to keep.
CREATE INDEX "Opinion_channel_area_new" ON "Opinion" ("tenantId", "consultationId", "channel", "createdAt" DESC, "id")
  INCLUDE ("areaId");
DROP INDEX "Opinion_tenantId_consultationId_channel_createdAt_idx";
ALTER INDEX "Opinion_channel_area_new" RENAME TO "Opinion_tenantId_consultationId_channel_createdAt_idx";
