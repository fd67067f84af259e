// Read functions of the cross-tenant sweep for the activities part (manifest `sweep.lookups`, wired by the
// module): asked with another city's id, none finds anything.
import { forTenant } from "@/lib/db";
import { listProblems } from "./queries-activity";

export const activityLookups = {
  activity: (tenantId: string, id: string) => forTenant(tenantId).oversightActivity.findFirst({ where: { id } }),
  problems: async (tenantId: string, id: string) => {
    const rows = await listProblems(tenantId, id);
    return rows.length ? rows : null;
  },
};
