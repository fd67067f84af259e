import type { TenantTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Refs = {
  fieldId?: string | null;
  committeeId?: string | null;
  leadCommitteeId?: string | null;
  draftingUnitId?: string | null;
};

/** Every referenced row must be this tenant's (the composite foreign keys would refuse it anyway, but with a
 *  500; this answers a field-level message). */
export async function checkReferences(tx: TenantTx, refs: Refs): Promise<void> {
  const bad: Record<string, string[]> = {};
  if (refs.fieldId && !(await tx.legalField.findFirst({ where: { id: refs.fieldId }, select: { id: true } })))
    bad.fieldId = ["notFoundHere"];
  for (const key of ["committeeId", "leadCommitteeId"] as const) {
    const id = refs[key];
    if (id && !(await tx.committee.findFirst({ where: { id }, select: { id: true } }))) bad[key] = ["notFoundHere"];
  }
  if (refs.draftingUnitId && !(await tx.unit.findFirst({ where: { id: refs.draftingUnitId }, select: { id: true } })))
    bad.draftingUnitId = ["notFoundHere"];
  if (Object.keys(bad).length) throw new AppError("VALIDATION", "VALIDATION", {}, bad);
}
