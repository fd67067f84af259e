import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { deputyRefusal } from "./deputy-errors";
import { endDeputyTermSchema } from "./schemas";

/** 辞职 or 终止代表资格: the deputy leaves office on a day, for a reason; the entry stays, for the record. */
export const endDeputyTerm = defineAction({
  name: "deputy.endTerm",
  permission: "deputy.manage",
  schema: endDeputyTermSchema,
  async run({ tx, request }, input) {
    const deputy = await tx.deputy.findFirst({ where: { id: input.id } });
    if (!deputy) throw new AppError("NOT_FOUND");
    if (deputy.status !== "IN_OFFICE")
      throw await deputyRefusal(request.locale, "CONFLICT", { status: "alreadyEnded" });
    // A future day would show a deputy out of office who still is; the office records what has happened.
    if (input.statusOn > todayInShanghai())
      throw await deputyRefusal(request.locale, "VALIDATION", { statusOn: "futureDate" });
    await tx.deputy.update({
      where: { id: deputy.id },
      data: { status: input.status, statusOn: dayToDate(input.statusOn), statusReason: input.reason },
    });
    return {
      result: { id: deputy.id },
      audit: {
        action: "deputy.endTerm",
        entityType: "Deputy",
        entityId: deputy.id,
        before: { status: deputy.status, statusOn: deputy.statusOn ? dateToDay(deputy.statusOn) : null },
        after: { status: input.status, statusOn: input.statusOn, reason: input.reason },
      },
    };
  },
});
