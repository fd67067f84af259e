import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { resetPasswordSchema } from "./schemas";

/** An admin sets a new password for a user (who is signed out everywhere and unlocked). */
export const resetPassword = defineAction({
  name: "user.resetPassword",
  permission: "user.manage",
  schema: resetPasswordSchema,
  async run({ tx }, input) {
    const found = await tx.user.findFirst({ where: { id: input.userId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND");
    await tx.user.update({
      where: { id: input.userId },
      data: {
        passwordHash: await hashPassword(input.password),
        passwordChangedAt: new Date(),
        failedLoginCount: 0,
        lockedUntil: null,
      },
    });
    return {
      result: { id: input.userId },
      audit: { action: "user.resetPassword", entityType: "User", entityId: input.userId },
    };
  },
});
