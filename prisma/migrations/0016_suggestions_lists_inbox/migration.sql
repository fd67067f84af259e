-- A unit's inbox (lib/modules/suggestions/queries-list.ts, tab 待办): the assisting parts whose view is still owed,
-- without reading the unit's every active assignment (a lead unit's thousands of closed ones stay active rows).
CREATE INDEX "SuggestionAssignment_view_owed_idx" ON "SuggestionAssignment"("tenantId", "unitId", "viewDueOn")
  WHERE "role" = 'ASSIST' AND "active" AND "viewAt" IS NULL;
