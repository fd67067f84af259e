// 交由审查: the office (or a committee's member, to their own committee) assigns a received filing to the committee
// that reviews it, or moves it to another while the review is open; the committee's members are told.
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { dateToDay } from "@/lib/dates";
import { notify } from "@/lib/modules/notifications";
import { fieldRefusal, filingAudit, filingHref, loadFiling, refusal, updateFiling } from "./move-filing";
import { mayAssign } from "./policy";
import { assignFilingSchema } from "./schemas-filings";

export const assignFiling = defineAction({
  name: "filing.assign",
  permission: "filing.manage",
  schema: assignFilingSchema,
  async run(ctx, input) {
    const f = await loadFiling(ctx, input.id, "assign");
    const committee = await ctx.tx.committee.findFirst({ where: { id: input.committeeId }, select: { id: true } });
    if (!committee) throw fieldRefusal("committeeId", "unknownCommittee");
    if (!mayAssign(ctx.member, input.committeeId)) throw new AppError("FORBIDDEN", "filings.errors.notYourCommittee");
    if (f.committeeId === input.committeeId && f.status === "REVIEWING") throw refusal("alreadyAssigned");
    await updateFiling(ctx, f, { committeeId: input.committeeId, status: "REVIEWING" });
    const due = await ctx.tx.normativeFiling.findFirstOrThrow({ where: { id: f.id }, select: { dueOn: true } });
    await notify(ctx.tx, ctx.tenant.id, {
      roles: [{ role: "committee", scopeId: input.committeeId }],
      kind: "filings.assigned",
      messageKey: "filings.notifications.assigned",
      values: { title: f.title.slice(0, 60), dueOn: { day: dateToDay(due.dueOn) } },
      href: filingHref(f.id),
      dedupeKey: `filing:${f.id}:assigned:${input.committeeId}`,
    });
    return {
      result: { id: f.id, status: "REVIEWING" as const },
      audit: filingAudit("assign", f, { status: "REVIEWING", committeeId: input.committeeId }),
    };
  },
});
