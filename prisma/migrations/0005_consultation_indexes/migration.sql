-- Staff triage at scale (a consultation with 500,000 opinions). Each filter of the opinion list gets an index that
-- ends in the list's order ("createdAt" DESC, "id"), so a page is read straight off the index with a keyset
-- instead of sorting every matching opinion.

-- Counts per article and disposition (pending: NULL) are read from this one narrow index, index-only; btree
-- deduplication folds the few distinct (article, disposition) pairs, so it stays a few MB at 500,000 opinions.
-- It supersedes the (…, "articleIdentity") index, and is kept beside the wider one below that starts with the same
-- columns because it is a tenth of its size: counting 500,000 opinions reads a few hundred pages instead of thousands.
DROP INDEX "Opinion_tenantId_consultationId_articleIdentity_idx";
CREATE INDEX "Opinion_tenantId_consultationId_articleIdentity_disposition_idx" ON "Opinion"("tenantId", "consultationId", "articleIdentity", "disposition");

-- The list filtered by article, with or without a status (per disposition, merged), and the summary export's
-- per-article batches.
CREATE INDEX "Opinion_consultation_article_disposition_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "articleIdentity", "disposition", "createdAt" DESC, "id");
-- By status and disposition: pending is "disposition" IS NULL, so one index serves both filters.
CREATE INDEX "Opinion_tenantId_consultationId_disposition_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "disposition", "createdAt" DESC, "id");
CREATE INDEX "Opinion_tenantId_consultationId_channel_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "channel", "createdAt" DESC, "id");
CREATE INDEX "Opinion_tenantId_consultationId_areaId_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "areaId", "createdAt" DESC, "id");

-- One campaign's copies, newest first; still serves the intake's lookups by text hash, so it replaces that index.
DROP INDEX "Opinion_tenantId_consultationId_contentHash_idx";
CREATE INDEX "Opinion_tenantId_consultationId_contentHash_createdAt_idx" ON "Opinion"("tenantId", "consultationId", "contentHash", "createdAt" DESC, "id");
