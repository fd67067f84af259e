-- The registry's list at a city's scale (50,000 deputies): pages are ordered by name, so an index in that order lets
-- a page (LIMIT/OFFSET) be read off the index instead of sorting every deputy of the city; and the term filter's
-- choices (the distinct terms) are read from an index too.
CREATE INDEX "Deputy_tenantId_name_id_idx" ON "Deputy"("tenantId", "name", "id");
CREATE INDEX "Deputy_tenantId_term_idx" ON "Deputy"("tenantId", "term");
