import { defineAction, type ActionContext } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { fieldRefusal } from "./submit-common";
import { sessionSchema, type SessionInput } from "./schemas-submit";

/** The days in order (opens ≤ closes, opens ≤ deadline) and the 届 and 次 not taken by another session. */
export async function checkSession(ctx: ActionContext, input: SessionInput, id: string | null) {
  if (input.closesOn < input.opensOn) throw fieldRefusal("closesOn", "closesBeforeOpens");
  if (input.deadlineOn < input.opensOn) throw fieldRefusal("deadlineOn", "deadlineBeforeOpens");
  const taken = await ctx.tx.congressSession.findFirst({
    where: { term: input.term, number: input.number, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (taken) throw fieldRefusal("number", "sessionTaken");
  return {
    term: input.term,
    number: input.number,
    name: input.name,
    year: input.year,
    opensOn: dayToDate(input.opensOn),
    closesOn: dayToDate(input.closesOn),
    deadlineOn: dayToDate(input.deadlineOn),
  };
}

/** 人代会会议: the office records a session of the city's congress; suggestions made at it are due by its deadline. */
export const createSession = defineAction({
  name: "session.create",
  permission: "suggestion.manage",
  schema: sessionSchema,
  async run(ctx, input) {
    const data = await checkSession(ctx, input, null);
    const row = await ctx.tx.congressSession.create({
      data: { tenantId: ctx.tenant.id, ...data },
      select: { id: true },
    });
    return {
      result: { id: row.id },
      audit: { action: "session.create", entityType: "CongressSession", entityId: row.id, after: input },
    };
  },
});
