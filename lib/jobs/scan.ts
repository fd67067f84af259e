// What the daily scan jobs share: which cities to scan, and the job data a test (or an operator re-running a
// scan by hand) may pass — one city, and the moment to scan as of. A cron run passes nothing: every active city, now.
import { z } from "zod";
import { unsafePrisma } from "../db";
import { log } from "../log";

const scanData = z.object({
  tenantId: z.uuid().optional(),
  now: z.iso.datetime({ offset: true }).optional(),
});

export type ScanScope = { tenantIds: string[]; now: Date };

/** The active cities to scan (all, or the one named) and the scan's time. */
export async function scanScope(data: Record<string, unknown>): Promise<ScanScope> {
  const { tenantId, now } = scanData.parse(data);
  // Tenant is a platform model (not tenant-owned): listing the cities needs no tenant.
  const tenants = await unsafePrisma.tenant.findMany({
    where: { active: true, ...(tenantId ? { id: tenantId } : {}) },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return { tenantIds: tenants.map((t) => t.id), now: now ? new Date(now) : new Date() };
}

/**
 * Runs `scan` for every city of the scope. A city that fails does not stop the others: the failure is logged,
 * the rest are scanned, and the job fails at the end so it is retried (the reminders' dedupe keys make the
 * retry a no-op for the cities that went through).
 */
export async function forEachCity(
  scope: ScanScope,
  job: string,
  scan: (tenantId: string, now: Date) => Promise<unknown>,
): Promise<void> {
  const failed: string[] = [];
  for (const tenantId of scope.tenantIds) {
    try {
      await scan(tenantId, scope.now);
    } catch (err) {
      failed.push(tenantId);
      log.error("job.city_failed", { job, tenantId, err });
    }
  }
  if (failed.length) throw new Error(`${job}: ${failed.length} of ${scope.tenantIds.length} cities failed`);
}
