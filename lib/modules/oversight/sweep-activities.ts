// Read functions of the cross-tenant sweep for the activities part (manifest `sweep.lookups`, wired by the
// module): asked with another city's id, none finds anything.
import { forTenant } from "@/lib/db";
import { listProblems } from "./queries-activity";

export const activityLookups = {
  /** The activity row, and its problems: null from another city. */
  activity: async (tenantId: string, id: string) => {
    const row = await forTenant(tenantId).oversightActivity.findFirst({ where: { id } });
    const problems = await listProblems(tenantId, id);
    return row || problems.length ? { row, problems } : null;
  },
};
