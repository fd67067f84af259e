// Read functions of the cross-tenant sweep for the rectification part (manifest `sweep.lookups`, wired by the
// module): asked with another city's id, none finds anything. The task is read as the city's admin would (who
// sees every task), so a miss is the tenant filter's doing, not the viewer's.
import { todayInShanghai } from "@/lib/dates";
import type { Member } from "@/lib/member";
import { getTask } from "./queries-rectification";

const admin = (tenantId: string): Member => ({
  id: "00000000-0000-7000-8000-000000000000",
  tenantId,
  username: "sweep",
  displayName: "sweep",
  roles: ["admin"],
  scopes: [{ role: "admin", scopeId: null }],
});

export const rectificationLookups = {
  /** The task page's read (/console/rectification/{id}): null from another city. */
  task: (tenantId: string, id: string) => getTask(tenantId, admin(tenantId), id, todayInShanghai()),
};
