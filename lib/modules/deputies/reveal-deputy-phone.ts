import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { revealDeputyPhoneSchema } from "./schemas";

/** Shows one deputy's whole phone number to the office, and records who looked (the field, never the number). */
export const revealDeputyPhone = defineAction({
  name: "deputy.revealPhone",
  permission: "deputy.revealPhone",
  schema: revealDeputyPhoneSchema,
  async run({ tx }, input) {
    const deputy = await tx.deputy.findFirst({ where: { id: input.deputyId }, select: { phone: true } });
    if (!deputy) throw new AppError("NOT_FOUND");
    return {
      result: { value: deputy.phone ?? "" },
      audit: {
        action: "deputy.revealPhone",
        entityType: "Deputy",
        entityId: input.deputyId,
        after: { field: "phone" },
      },
    };
  },
});
