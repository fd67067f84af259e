import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { countPendingOpinions, lockConsultation } from "./queries-dispositions";
import { publishDispositionsSchema } from "./schemas";
import { canPublishDispositions, consultationState } from "./workflow";

/**
 * Publish the dispositions: from now on each submitter sees theirs by receipt code and the portal shows the
 * summary. Allowed once, after the window has closed; the row lock makes running dispositions finish first.
 * Opinions still pending are allowed (the brief's one rule is the state) but counted into the audit row.
 */
export const publishDispositions = defineAction({
  name: "consultation.publishDispositions",
  permission: "consultation.manage",
  schema: publishDispositionsSchema,
  async run({ tx, tenant }, input) {
    const c = await lockConsultation(tx, tenant.id, input.consultationId, "update");
    if (!c) throw new AppError("NOT_FOUND");
    const now = new Date();
    if (!canPublishDispositions(c, now)) {
      throw new AppError("CONFLICT", "consultationCannotPublish", {
        state: `@consultationTerms.state.${consultationState(c, now)}`,
      });
    }
    const pending = await countPendingOpinions(tx, tenant.id, c.id);
    await tx.consultation.update({ where: { id: c.id }, data: { dispositionsPublishedAt: now } });
    return {
      result: { id: c.id, publishedAt: now, pending: pending },
      audit: {
        action: "consultation.publishDispositions",
        entityType: "Consultation",
        entityId: c.id,
        after: { dispositionsPublishedAt: now, pending: pending },
      },
    };
  },
});
