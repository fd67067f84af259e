import { defineAction } from "@/lib/action";
import { dateToDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { checkSession } from "./create-session";
import { updateSessionSchema } from "./schemas-submit";

/** Corrects a session (its name, days, deadline); suggestions already made keep their year unless re-saved. */
export const updateSession = defineAction({
  name: "session.update",
  permission: "suggestion.manage",
  schema: updateSessionSchema,
  async run(ctx, { id, ...input }) {
    const before = await ctx.tx.congressSession.findFirst({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    const data = await checkSession(ctx, input, id);
    await ctx.tx.congressSession.update({ where: { id }, data });
    return {
      result: { id },
      audit: {
        action: "session.update",
        entityType: "CongressSession",
        entityId: id,
        before: {
          term: before.term,
          number: before.number,
          name: before.name,
          year: before.year,
          opensOn: dateToDay(before.opensOn),
          closesOn: dateToDay(before.closesOn),
          deadlineOn: dateToDay(before.deadlineOn),
        },
        after: input,
      },
    };
  },
});
