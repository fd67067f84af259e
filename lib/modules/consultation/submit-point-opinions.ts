import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { newReceiptCode } from "@/lib/receipt";
import { opinionContentHash } from "./content-hash";
import { pointRefusal, type PointProblem } from "./point-errors";
import { coordinatesPoint } from "./policy-contact-points";
import { pointOpinionsSchema } from "./schemas";
import { acceptsOpinions } from "./workflow";

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
      tx.consultation.findFirst({ where: { id: input.consultationId } }),
      tx.contactPoint.findFirst({ where: { id: input.contactPointId } }),
    ]);
    if (!consultation || !point) throw new AppError("NOT_FOUND");
    if (!coordinatesPoint(member, point))
      throw await pointRefusal(request.locale, "FORBIDDEN", { contactPointId: "notYourPoint" });
    // Locking the assignment row queues concurrent submissions of the same point, so the duplicate check below holds.
    const [assignment] = await tx.$queryRaw<{ id: string; submittedAt: Date | null }[]>(Prisma.sql`
      SELECT "id"::text AS id, "submittedAt" FROM "ConsultationAssignment"
      WHERE "tenantId" = ${tenant.id}::uuid AND "consultationId" = ${consultation.id}::uuid AND "contactPointId" = ${point.id}::uuid
      FOR UPDATE`);
    if (!assignment) throw await pointRefusal(request.locale, "FORBIDDEN", { consultationId: "notAssigned" });
    if (!acceptsOpinions(consultation))
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "notOpen" });
    if (!consultation.channels.includes("CONTACT_POINT"))
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "channelOff" });

    const articleIds = [...new Set(input.entries.map((e) => e.articleId).filter((x): x is string => x !== null))];
    const articles = articleIds.length
      ? await tx.draftArticle.findMany({
          where: { id: { in: articleIds }, draftVersionId: consultation.draftVersionId },
          select: { id: true, identity: true },
        })
      : [];
    const identity = new Map(articles.map((a) => [a.id, a.identity]));
    const problems: Record<string, PointProblem> = {};
    input.entries.forEach((e, i) => {
      if (e.articleId && !identity.has(e.articleId)) problems[`entries.${i}.articleId`] = "articleNotInDraft";
    });
    if (Object.keys(problems).length) throw await pointRefusal(request.locale, "VALIDATION", problems);

    const existing = await tx.opinion.findMany({
      where: { consultationId: consultation.id, contactPointId: point.id },
      select: { articleId: true, contentHash: true },
    });
    const seen = new Set(existing.map((o) => `${o.articleId ?? "whole"}:${o.contentHash}`));
    const rows: Prisma.OpinionUncheckedCreateInput[] = [];
    for (const e of input.entries) {
      const contentHash = opinionContentHash(e.content);
      const key = `${e.articleId ?? "whole"}:${contentHash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        tenantId: tenant.id,
        consultationId: consultation.id,
        channel: "CONTACT_POINT",
        content: e.content,
        contentHash,
        articleId: e.articleId,
        articleIdentity: e.articleId ? identity.get(e.articleId)! : null,
        // Staff triage lists show a point's opinions under the point's name and district.
        name: point.name,
        areaId: point.areaId,
        receiptCode: newReceiptCode(),
        contactPointId: point.id,
        peopleConsulted: e.peopleConsulted,
        consultMethods: [...new Set(e.methods)],
        submittedById: member.id,
      });
    }
    if (rows.length) await tx.opinion.createMany({ data: rows });
    // The first submission is the one the due date is measured against; later batches add to it.
    if (!assignment.submittedAt)
      await tx.consultationAssignment.update({ where: { id: assignment.id }, data: { submittedAt: new Date() } });
    const result = {
      created: rows.length,
      skipped: input.entries.length - rows.length,
      receiptCodes: rows.map((r) => r.receiptCode),
    };
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
          created: rows.length,
          skipped: result.skipped,
          peopleConsulted: rows.reduce((n, r) => n + (r.peopleConsulted ?? 0), 0),
        },
      },
    };
  },
});
