import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { checkReferences } from "./check-references";
import { createRegulationSchema } from "./schemas";

/** A regulation project, planned. Amending or repealing a regulation in force names it as the target. */
export const createRegulation = defineAction({
  name: "regulation.create",
  permission: "legislation.manage",
  schema: createRegulationSchema,
  async run({ tx, tenant, member }, input) {
    await checkReferences(tx, input);
    if (input.targetId) {
      const target = await tx.regulation.findFirst({
        where: { id: input.targetId },
        select: { stage: true, repealedOn: true, kind: true },
      });
      if (!target || target.stage !== "PROMULGATED" || target.repealedOn || target.kind !== "NEW") {
        // as listRegulationsInForce
        throw new AppError("VALIDATION", "VALIDATION", {}, { targetId: ["targetNotInForce"] });
      }
    }
    const today = todayInShanghai();
    const reg = await tx.regulation.create({
      data: {
        tenantId: tenant.id,
        title: input.title,
        kind: input.kind,
        targetId: input.kind === "NEW" ? null : input.targetId,
        fieldId: input.fieldId,
        committeeId: input.committeeId,
        draftingUnitId: input.draftingUnitId,
        year: input.year,
        summary: input.summary,
        stage: "PLANNED",
        stageChangedOn: dayToDate(today),
      },
    });
    await tx.regulationEvent.create({
      data: {
        tenantId: tenant.id,
        regulationId: reg.id,
        fromStage: null,
        toStage: "PLANNED",
        occurredOn: dayToDate(today),
        actorId: member.id,
        committeeId: input.committeeId,
      },
    });
    return {
      result: { id: reg.id },
      audit: { action: "regulation.create", entityType: "Regulation", entityId: reg.id, after: input },
    };
  },
});
