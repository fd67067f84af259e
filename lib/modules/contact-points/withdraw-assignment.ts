import { defineAction } from "@/lib/action";
import { dateToDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { consultationState, findConsultation } from "@/lib/modules/consultation";
import { pointRefusal } from "./point-errors";
import { withdrawAssignmentSchema } from "./schemas";

/**
 * Takes a consultation back from a contact point assigned by mistake. Only while the consultation still takes
 * opinions, and only before the point has sent any: what a community said is never dropped with its assignment.
 */
export const withdrawAssignment = defineAction({
  name: "consultation.withdrawAssignment",
  permission: "consultation.manage",
  schema: withdrawAssignmentSchema,
  async run({ tx, request }, input) {
    const consultation = await findConsultation(tx, input.consultationId);
    const assignment =
      consultation &&
      (await tx.consultationAssignment.findFirst({
        where: { consultationId: consultation.id, contactPointId: input.contactPointId },
      }));
    // Another city's consultation or point is indistinguishable from one that does not exist.
    if (!consultation || !assignment) throw new AppError("NOT_FOUND");
    const state = consultationState(consultation);
    if (state !== "SCHEDULED" && state !== "OPEN")
      throw await pointRefusal(request.locale, "CONFLICT", { contactPointId: "withdrawClosed" });
    // submit-point-opinions stamps submittedAt with the point's first opinions, holding the row. The condition is
    // part of the DELETE, so a submission committing meanwhile is seen (PostgreSQL re-checks the locked row).
    const { count } = await tx.consultationAssignment.deleteMany({ where: { id: assignment.id, submittedAt: null } });
    if (count === 0) {
      const still = await tx.consultationAssignment.findFirst({ where: { id: assignment.id }, select: { id: true } });
      if (!still) throw new AppError("NOT_FOUND"); // withdrawn meanwhile (a second click)
      throw await pointRefusal(request.locale, "CONFLICT", { contactPointId: "withdrawSubmitted" });
    }
    return {
      result: { withdrawn: true },
      audit: {
        action: "consultation.withdrawAssignment",
        entityType: "Consultation",
        entityId: consultation.id,
        before: { contactPointId: input.contactPointId, dueOn: dateToDay(assignment.dueOn) },
      },
    };
  },
});
