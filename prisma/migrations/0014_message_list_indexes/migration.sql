-- The message lists at a city's scale (200,000 messages): the office's list filtered by category and a unit's
-- list of all it has held are ordered newest first, so an index in that order lets a page be read off the index
-- instead of scanning the city's messages (category) or sorting every message the unit ever held.
CREATE INDEX "CitizenMessage_tenantId_category_createdAt_idx" ON "CitizenMessage"("tenantId", "category", "createdAt" DESC);
CREATE INDEX "CitizenMessage_tenantId_unitId_createdAt_idx" ON "CitizenMessage"("tenantId", "unitId", "createdAt" DESC);
