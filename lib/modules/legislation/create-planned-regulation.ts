import type { TenantTx } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";

type Spec = {
  title: string;
  fieldId: string | null;
  committeeId: string | null;
  draftingUnitId: string | null;
  year: number;
  note?: string;
};

/** A deliberation item's regulation project, starting in PLANNED with its first timeline event, so every
 *  deliberation item of a plan has a stage to show (used by addPlanItem and decideProposal alike). */
export async function createPlannedRegulation(
  tx: TenantTx,
  tenantId: string,
  actorId: string,
  spec: Spec,
): Promise<string> {
  const today = dayToDate(todayInShanghai());
  const reg = await tx.regulation.create({
    data: {
      tenantId,
      title: spec.title,
      fieldId: spec.fieldId,
      committeeId: spec.committeeId,
      draftingUnitId: spec.draftingUnitId,
      year: spec.year,
      stage: "PLANNED",
      stageChangedOn: today,
    },
  });
  await tx.regulationEvent.create({
    data: {
      tenantId,
      regulationId: reg.id,
      toStage: "PLANNED",
      occurredOn: today,
      actorId,
      note: spec.note ?? "",
      committeeId: spec.committeeId,
    },
  });
  return reg.id;
}
