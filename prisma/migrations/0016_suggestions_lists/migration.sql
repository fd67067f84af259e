-- The suggestions' lists (lib/modules/suggestions/queries-list.ts): the city's list newest first walks
-- (tenantId, createdAt) instead of sorting 100,000 rows for a page; the key ones (the 重点督办 tab, the leaders'
-- board, a committee member's whole list) are a few hundred of them, read off a partial index.
CREATE INDEX "Suggestion_tenantId_createdAt_idx" ON "Suggestion"("tenantId", "createdAt" DESC);
CREATE INDEX "Suggestion_key_idx" ON "Suggestion"("tenantId", "pushingCommitteeId") WHERE "isKey";
