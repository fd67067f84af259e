// The workbench (工作台): what is waiting for this member, gathered from every module's manifest (`workbench`).
// Each source decides from the member's roles and scopes what is theirs; the page shows the items with their
// deadlines in working days, each linking to the filtered list where the work is done.
import type { Member } from "./member";
import type { WorkItem } from "./modules/define";
import { MANIFESTS } from "./modules/registry";
import { log } from "./log";
import type { TenantRecord } from "./tenant";

export type WorkbenchSection = { module: string; items: WorkItem[] };

export async function workbenchFor(
  tenant: TenantRecord,
  member: Member,
  now = new Date(),
): Promise<WorkbenchSection[]> {
  const sections = await Promise.all(
    MANIFESTS.filter((m) => m.workbench).map(async (m) => {
      try {
        const source = await m.workbench!();
        return { module: m.name, items: await source({ tenant, member, now }) };
      } catch (err) {
        // One module's failure must not take the whole workbench down; it is logged as the bug it is.
        log.error("workbench.source_failed", { module: m.name, tenant: tenant.slug, err });
        return { module: m.name, items: [] };
      }
    }),
  );
  return sections.filter((s) => s.items.length > 0);
}

/** Overdue first, then the nearest deadline, then items without one. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  const da = a.due?.workingDaysLeft ?? Number.POSITIVE_INFINITY;
  const db = b.due?.workingDaysLeft ?? Number.POSITIVE_INFINITY;
  return da - db || a.id.localeCompare(b.id);
}
