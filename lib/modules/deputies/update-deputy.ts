import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkDeputy } from "./check-deputy";
import { updateDeputySchema } from "./schemas";

const AUDITED = [
  "name",
  "gender",
  "ethnicity",
  "birthYear",
  "party",
  "occupation",
  "workUnit",
  "level",
  "term",
  "delegation",
  "constituencyId",
  "userId",
] as const;

/** Edits a deputy's entry. The audit keeps what changed, except the phone, which only says whether it changed. */
export const updateDeputy = defineAction({
  name: "deputy.update",
  permission: "deputy.manage",
  schema: updateDeputySchema,
  async run({ tx, request }, { id, clearPhone, ...entered }) {
    const deputy = await tx.deputy.findFirst({ where: { id } });
    if (!deputy) throw new AppError("NOT_FOUND");
    const input = { ...entered, phone: entered.phone ?? (clearPhone ? null : deputy.phone) };
    await checkDeputy(tx, request.locale, input, deputy.id);
    await tx.deputy.update({ where: { id: deputy.id }, data: input });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of AUDITED)
      if (deputy[k] !== input[k]) {
        before[k] = deputy[k];
        after[k] = input[k];
      }
    if ((deputy.phone ?? null) !== input.phone) after.phoneChanged = true;
    return {
      result: { id: deputy.id },
      audit: { action: "deputy.update", entityType: "Deputy", entityId: deputy.id, before, after },
    };
  },
});
