import { defineAction } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { revealUserPhoneSchema } from "./schemas";

/** Shows one user's whole phone number to someone allowed to see it, and records who looked (never the number). */
export const revealUserPhone = defineAction({
  name: "contact.reveal",
  permission: "contact.reveal",
  schema: revealUserPhoneSchema,
  async run({ tx, member }, input) {
    // Staff phones are the admins' to see (they manage users); contact.reveal alone is for citizens' contacts.
    if (!can(member.roles, "user.manage")) throw new AppError("FORBIDDEN");
    const user = await tx.user.findFirst({ where: { id: input.userId }, select: { phone: true } });
    if (!user) throw new AppError("NOT_FOUND");
    return {
      result: { value: user.phone ?? "" },
      audit: { action: "contact.reveal", entityType: "User", entityId: input.userId, after: { field: "phone" } },
    };
  },
});
