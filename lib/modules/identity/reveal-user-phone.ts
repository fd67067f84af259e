import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { revealUserPhoneSchema } from "./schemas";

/** Shows one user's whole phone number to someone allowed to see it, and records who looked (never the number). */
export const revealUserPhone = defineAction({
  name: "contact.reveal",
  permission: "contact.reveal",
  schema: revealUserPhoneSchema,
  async run({ tx }, input) {
    const user = await tx.user.findFirst({ where: { id: input.userId }, select: { phone: true } });
    if (!user) throw new AppError("NOT_FOUND");
    return {
      result: { value: user.phone ?? "" },
      audit: { action: "contact.reveal", entityType: "User", entityId: input.userId, after: { field: "phone" } },
    };
  },
});
