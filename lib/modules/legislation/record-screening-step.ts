import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { canScreen } from "./proposal-workflow";
import { screeningStepSchema } from "./schemas";

/** 论证: record an initial review, a solicitation letter or its reply, an argumentation meeting, or a note. */
export const recordScreeningStep = defineAction({
  name: "proposal.screen",
  permission: "legislation.manage",
  schema: screeningStepSchema,
  async run({ tx, tenant, member }, input) {
    const proposal = await tx.legislativeProposal.findFirst({ where: { id: input.proposalId } });
    if (!proposal) throw new AppError("NOT_FOUND");
    if (!canScreen(proposal.status)) throw new AppError("CONFLICT", "proposalDecided");
    if (input.unitId && !(await tx.unit.findFirst({ where: { id: input.unitId }, select: { id: true } }))) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { unitId: ["notFoundHere"] });
    }
    const step = await tx.screeningStep.create({
      data: {
        tenantId: tenant.id,
        proposalId: proposal.id,
        kind: input.kind,
        occurredOn: dayToDate(input.occurredOn),
        organiser: input.organiser,
        participants: input.participants,
        unitId: input.unitId,
        summary: input.summary,
        actorId: member.id,
      },
    });
    if (proposal.status === "SUBMITTED")
      await tx.legislativeProposal.updateMany({
        where: { id: proposal.id, status: "SUBMITTED" },
        data: { status: "SCREENING" },
      });
    return {
      result: { id: step.id },
      audit: {
        action: "proposal.screen",
        entityType: "LegislativeProposal",
        entityId: proposal.id,
        after: { kind: input.kind, occurredOn: input.occurredOn },
      },
    };
  },
});
