// Who takes part in an activity: members by account, deputies (their participation is a duty record later).
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { activityToManage } from "./mutate-activity";
import { addParticipantSchema, removeParticipantSchema } from "./schemas-activity";

export const addParticipant = defineAction({
  name: "oversight.participant.add",
  permission: "oversight.manage",
  schema: addParticipantSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    const refuse = (key: string) =>
      new AppError("VALIDATION", "VALIDATION", {}, { userId: [`oversightActivities.errors.${key}`] });
    if ((input.userId ? 1 : 0) + (input.deputyId ? 1 : 0) !== 1) throw refuse("participantOne");
    if (
      input.userId &&
      !(await ctx.tx.user.findFirst({ where: { id: input.userId, active: true }, select: { id: true } }))
    )
      throw refuse("unknownPerson");
    if (input.deputyId && !(await ctx.tx.deputy.findFirst({ where: { id: input.deputyId }, select: { id: true } })))
      throw refuse("unknownPerson");
    const exists = await ctx.tx.oversightParticipant.findFirst({
      where: { activityId: a.id, ...(input.userId ? { userId: input.userId } : { deputyId: input.deputyId }) },
      select: { id: true },
    });
    if (exists) throw refuse("alreadyParticipant");
    const p = await ctx.tx.oversightParticipant.create({
      data: {
        tenantId: ctx.tenant.id,
        activityId: a.id,
        kind: input.userId ? "MEMBER" : "DEPUTY",
        userId: input.userId,
        deputyId: input.deputyId,
        role: input.role,
      },
      select: { id: true },
    });
    return {
      result: { id: p.id },
      audit: { action: "oversight.participant.add", entityType: "OversightActivity", entityId: a.id, after: input },
    };
  },
});

export const removeParticipant = defineAction({
  name: "oversight.participant.remove",
  permission: "oversight.manage",
  schema: removeParticipantSchema,
  async run(ctx, input) {
    const a = await activityToManage(ctx, input.id);
    const { count } = await ctx.tx.oversightParticipant.deleteMany({
      where: { id: input.participantId, activityId: a.id },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    return {
      result: { id: a.id },
      audit: {
        action: "oversight.participant.remove",
        entityType: "OversightActivity",
        entityId: a.id,
        before: { participantId: input.participantId },
      },
    };
  },
});
