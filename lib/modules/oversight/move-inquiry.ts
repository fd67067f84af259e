// The one way a special inquiry changes state: a compare-and-set on its status (a concurrent move that committed
// first leaves nothing to update → 409), with what each move brings. Opening the session stamps it (and starts a
// planned activity); closing it opens the anonymous satisfaction vote — one item per respondent unit, the
// activity's participants with an account (members, and deputies who sign in) as its voters — through the vote
// engine, in this transaction; rectifying waits for that vote to be closed.
import { defineAction, type ActionContext } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { createPollInTx } from "@/lib/modules/votes";
import { canMoveInquiry } from "./inquiry-workflow";
import { moveActivity } from "./move-activity";
import { managedInquiry } from "./mutate-inquiry";
import { moveInquirySchema } from "./schemas-inquiry";

export const moveInquiry = defineAction({
  name: "inquiry.move",
  permission: "oversight.manage",
  schema: moveInquirySchema,
  async run(ctx, input) {
    const tenantId = ctx.tenant.id;
    const { q, a } = await managedInquiry(ctx, input.inquiryId);
    if (q.status !== input.from) throw new AppError("CONFLICT", "oversightInquiry.errors.movedMeanwhile");
    if (!canMoveInquiry(input.from, input.to))
      throw new AppError("CONFLICT", "oversightInquiry.errors.moveNotAllowed", {
        from: `@oversight.inquiryStatus.${input.from}`,
        to: `@oversight.inquiryStatus.${input.to}`,
      });
    const now = new Date();
    const moved = await ctx.tx.inquiry.updateMany({
      where: { tenantId, id: q.id, status: input.from },
      data: {
        status: input.to,
        ...(input.to === "SESSION" ? { sessionOpenedAt: now } : {}),
        ...(input.to === "VOTING" ? { sessionClosedAt: now } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "oversightInquiry.errors.movedMeanwhile");

    let pollId: string | null = null;
    if (input.to === "SESSION" && a.status === "PLANNED")
      await moveActivity(ctx.tx, tenantId, { activity: a, to: "UNDERWAY", actorId: ctx.member.id });
    if (input.to === "VOTING") pollId = await openSatisfactionVote(ctx, q.id, a.id, a.title);
    if (input.to === "RECTIFYING") {
      const open = await ctx.tx.poll.count({
        where: { tenantId, activityId: a.id, kind: "SATISFACTION", status: { not: "CLOSED" } },
      });
      if (open > 0) throw new AppError("CONFLICT", "oversightInquiry.errors.voteStillOpen");
    }
    return {
      result: { id: q.id, status: input.to, pollId },
      audit: {
        action: "inquiry.move",
        entityType: "OversightActivity",
        entityId: a.id,
        before: { status: input.from },
        after: { status: input.to, ...(pollId ? { pollId } : {}) },
      },
    };
  },
});

async function openSatisfactionVote(
  ctx: ActionContext,
  inquiryId: string,
  activityId: string,
  topic: string,
): Promise<string> {
  const tenantId = ctx.tenant.id;
  const respondents = await ctx.tx.inquiryRespondent.findMany({
    where: { tenantId, inquiryId },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  if (respondents.length === 0) throw new AppError("CONFLICT", "oversightInquiry.errors.noRespondents");
  const units = await ctx.tx.unit.findMany({
    where: { tenantId, id: { in: respondents.map((r) => r.unitId) } },
    select: { id: true, name: true },
  });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const parts = await ctx.tx.oversightParticipant.findMany({
    where: { tenantId, activityId },
    select: { userId: true, deputyId: true },
  });
  const deputyIds = parts.flatMap((p) => (p.deputyId ? [p.deputyId] : []));
  const deputies = deputyIds.length
    ? await ctx.tx.deputy.findMany({ where: { tenantId, id: { in: deputyIds } }, select: { userId: true } })
    : [];
  const voterIds = [...parts, ...deputies].flatMap((p) => (p.userId ? [p.userId] : []));
  if (voterIds.length === 0) throw new AppError("CONFLICT", "oversightInquiry.errors.noVoters");
  const t = await getTranslator(ctx.request.locale);
  const { pollId } = await createPollInTx(ctx.tx, tenantId, {
    kind: "SATISFACTION",
    secrecy: "ANONYMOUS",
    title: t("oversightInquiry.poll.title" as never, { topic } as never) as string,
    description: t("oversightInquiry.poll.description" as never) as string,
    optionSet: "SATISFACTION",
    items: respondents.map((r) => ({ label: unitName.get(r.unitId) ?? "", detail: r.officials, unitId: r.unitId })),
    voterUserIds: voterIds,
    activityId,
    createdById: ctx.member.id,
    open: true,
  });
  return pollId;
}
