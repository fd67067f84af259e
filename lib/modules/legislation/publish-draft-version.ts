import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { canActOnCommitteeRow } from "./policy";
import { publishDraftSchema } from "./schemas";

/** A published draft is readable by the public, article by article (and later open for comment). */
export const publishDraftVersion = defineAction({
  name: "draft.publish",
  permission: "legislation.committee",
  schema: publishDraftSchema,
  async run({ tx, member }, input) {
    const version = await tx.draftVersion.findFirst({
      where: { id: input.draftVersionId },
      select: { id: true, regulationId: true, publishedAt: true },
    });
    if (!version) throw new AppError("NOT_FOUND");
    const reg = await tx.regulation.findFirst({ where: { id: version.regulationId }, select: { committeeId: true } });
    if (!canActOnCommitteeRow(member, reg?.committeeId ?? null)) throw new AppError("FORBIDDEN", "notYourCommittee");
    if (version.publishedAt) throw new AppError("CONFLICT", "alreadyPublished");
    await tx.draftVersion.update({ where: { id: version.id }, data: { publishedAt: new Date() } });
    return {
      result: { id: version.id },
      audit: { action: "draft.publish", entityType: "DraftVersion", entityId: version.id },
    };
  },
});
