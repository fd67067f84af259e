import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { canActOnCommitteeRow } from "./policy";
import { transitionSchema } from "./schemas";
import { checkTransition } from "./workflow";

/**
 * Moves a regulation to its next stage (workflow.ts says which moves exist and what each needs), recording
 * the date, the meeting, the committee, the draft version read and the documents as a RegulationEvent.
 * Promulgating an amendment or repeal also marks the regulation it changes.
 */
export const transitionRegulation = defineAction({
  name: "regulation.transition",
  permission: "legislation.committee",
  schema: transitionSchema,
  async run({ tx, tenant, member }, input) {
    const reg = await tx.regulation.findFirst({ where: { id: input.regulationId } });
    if (!reg) throw new AppError("NOT_FOUND");
    if (!canActOnCommitteeRow(member, reg.committeeId)) throw new AppError("FORBIDDEN", "notYourCommittee");
    const problem = checkTransition(reg.stage, { ...input, effectiveOn: input.effectiveOn ?? null });
    if (problem?.key === "transitionNotAllowed") {
      throw new AppError("CONFLICT", "transitionNotAllowed", {
        from: `@legislationTerms.stage.${reg.stage}`,
        to: `@legislationTerms.stage.${input.to}`,
      });
    }
    if (problem) throw new AppError("VALIDATION", "VALIDATION", {}, { [problem.field ?? "to"]: [problem.key] });
    if (
      input.draftVersionId &&
      !(await tx.draftVersion.findFirst({
        where: { id: input.draftVersionId, regulationId: reg.id },
        select: { id: true },
      }))
    ) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { draftVersionId: ["draftOfOtherRegulation"] });
    }
    const occurredOn = dayToDate(input.occurredOn);
    if (occurredOn < reg.stageChangedOn)
      throw new AppError("VALIDATION", "VALIDATION", {}, { occurredOn: ["beforeLastStage"] });
    if (input.occurredOn > todayInShanghai())
      throw new AppError("VALIDATION", "VALIDATION", {}, { occurredOn: ["dateInFuture"] });
    if (input.to === "PROMULGATED" && input.effectiveOn! < input.occurredOn) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { effectiveOn: ["effectiveBeforePromulgation"] });
    }

    const promulgated = input.to === "PROMULGATED";
    const moved = await tx.regulation.updateMany({
      where: { id: reg.id, stage: reg.stage }, // a concurrent move that committed first leaves nothing to update
      data: {
        stage: input.to,
        stageChangedOn: occurredOn,
        ...(promulgated ? { promulgatedOn: occurredOn, effectiveOn: dayToDate(input.effectiveOn!) } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    const event = await tx.regulationEvent.create({
      data: {
        tenantId: tenant.id,
        regulationId: reg.id,
        fromStage: reg.stage,
        toStage: input.to,
        occurredOn,
        meeting: input.meeting,
        committeeId: reg.committeeId,
        draftVersionId: input.draftVersionId,
        note: input.note ?? "",
        documents: input.documents,
        actorId: member.id,
      },
    });
    if (promulgated && reg.targetId && reg.kind !== "NEW") {
      // The amended or repealed regulation's own timeline says what happened to it, and when.
      const target = await tx.regulation.findFirst({ where: { id: reg.targetId }, select: { id: true, stage: true } });
      if (target) {
        if (reg.kind === "REPEAL")
          await tx.regulation.update({ where: { id: target.id }, data: { repealedOn: dayToDate(input.effectiveOn!) } });
        await tx.regulationEvent.create({
          data: {
            tenantId: tenant.id,
            regulationId: target.id,
            fromStage: target.stage,
            toStage: target.stage,
            occurredOn,
            meeting: input.meeting,
            note: `${reg.kind}:${reg.id}`,
            actorId: member.id,
          },
        });
      }
    }
    return {
      result: { id: reg.id, eventId: event.id, stage: input.to },
      audit: {
        action: "regulation.transition",
        entityType: "Regulation",
        entityId: reg.id,
        before: { stage: reg.stage },
        after: { stage: input.to, occurredOn: input.occurredOn, meeting: input.meeting },
      },
    };
  },
});
