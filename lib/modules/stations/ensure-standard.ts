// A city's standard starts as 六有 (DEFAULT_STANDARD): its items are written the first time they are needed (the
// first station, the first edit of the standard, the seed), so a new city needs no set-up step.
import type { TenantTx } from "@/lib/db";
import type { SeedTx } from "@/lib/seed/seed-tx";
import { DEFAULT_STANDARD } from "./workflow";

export async function ensureStandard(tx: TenantTx | SeedTx, tenantId: string): Promise<void> {
  const db = tx as unknown as TenantTx;
  if ((await db.stationStandardItem.count({ where: { tenantId } })) > 0) return;
  await db.stationStandardItem.createMany({
    data: DEFAULT_STANDARD.items.map((label, sortOrder) => ({
      tenantId,
      standard: DEFAULT_STANDARD.name,
      label,
      sortOrder,
    })),
  });
}
