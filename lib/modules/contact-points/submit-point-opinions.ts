import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import {
  acceptsOpinions,
  draftArticleIdentities,
  findConsultation,
  recordPointOpinions,
} from "@/lib/modules/consultation";
import { pointRefusal, type PointProblem } from "./point-errors";
import { coordinatesPoint } from "./policy";
import { lockAssignment } from "./queries-assignments";
import { pointOpinionsSchema } from "./schemas";

/**
 * A contact point's consolidated opinions on a consultation assigned to it: one Opinion per entry (an article, or
 * the whole draft), with how many people the point heard and how. Only the point's coordinator submits, only
 * while the consultation is open. The point may submit in several batches (one per forum, say); an entry it
 * already submitted — same article, same text — is not stored again, so a double click or a retry is harmless.
 */
export const submitPointOpinions = defineAction({
  name: "contactPoint.submitOpinions",
  permission: "contactPoint.submit",
  schema: pointOpinionsSchema,
  async run({ tx, tenant, member, request }, input) {
    const [consultation, point] = await Promise.all([
      findConsultation(tx, input.consultationId),
      tx.contactPoint.findFirst({ where: { id: input.contactPointId } }),
    ]);
    if (!consultation || !point) throw new AppError("NOT_FOUND");
    if (!coordinatesPoint(member, point))
      throw await pointRefusal(request.locale, "FORBIDDEN", { contactPointId: "notYourPoint" });
    const assignment = await lockAssignment(tx, tenant.id, consultation.id, point.id);
    if (!assignment) throw await pointRefusal(request.locale, "FORBIDDEN", { consultationId: "notAssigned" });
    if (!acceptsOpinions(consultation))
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "notOpen" });
    if (!consultation.channels.includes("CONTACT_POINT"))
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "channelOff" });

    const articleIds = [...new Set(input.entries.map((e) => e.articleId).filter((x): x is string => x !== null))];
    const identities = await draftArticleIdentities(tx, consultation.draftVersionId, articleIds);
    const problems: Record<string, PointProblem> = {};
    input.entries.forEach((e, i) => {
      if (e.articleId && !identities.has(e.articleId)) problems[`entries.${i}.articleId`] = "articleNotInDraft";
    });
    if (Object.keys(problems).length) throw await pointRefusal(request.locale, "VALIDATION", problems);

    const stored = await recordPointOpinions(
      tx,
      tenant.id,
      { consultationId: consultation.id, point, submittedById: member.id, identities },
      input.entries,
    );
    // The first submission is the one the due date is measured against; later batches add to it.
    if (!assignment.submittedAt)
      await tx.consultationAssignment.update({ where: { id: assignment.id }, data: { submittedAt: new Date() } });
    const created = stored.receiptCodes.length;
    const result = { created, skipped: input.entries.length - created, receiptCodes: stored.receiptCodes };
    return {
      result,
      audit: {
        action: "contactPoint.submitOpinions",
        entityType: "ConsultationAssignment",
        entityId: assignment.id,
        before: { submittedAt: assignment.submittedAt },
        after: {
          consultationId: consultation.id,
          contactPointId: point.id,
          created,
          skipped: result.skipped,
          peopleConsulted: stored.peopleConsulted,
        },
      },
    };
  },
});
