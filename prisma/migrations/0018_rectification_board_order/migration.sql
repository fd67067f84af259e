-- The rectification board of an activity (lib/modules/oversight/queries-rectification.ts, getBoard): its default
-- page, every task in deadline order, read off the index instead of sorting the activity's thousands of tasks for
-- each request (scripts/bench-rectification-board.ts, docs/benchmarks.md).
CREATE INDEX "RectificationTask_tenantId_activityId_dueOn_id_idx" ON "RectificationTask"("tenantId", "activityId", "dueOn", "id");
