-- The board's columns: the 12 most recently moved regulations of each stage, read straight off this index.
CREATE INDEX "Regulation_tenantId_stage_stageChangedOn_idx" ON "Regulation"("tenantId", "stage", "stageChangedOn" DESC, "id");
