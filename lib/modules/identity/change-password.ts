import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema } from "./schemas";

/** A user changes their own password. Every session of theirs, this one included, ends: the session was
 *  issued before passwordChangedAt (lib/member.ts), so they sign in again with the new password. */
export const changePassword = defineAction({
  name: "account.changePassword",
  permission: "account.changePassword",
  schema: changePasswordSchema,
  async run({ tx, member }, input) {
    const user = await tx.user.findFirst({ where: { id: member.id }, select: { passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "VALIDATION", {}, { currentPassword: ["wrongPassword"] });
    }
    await tx.user.update({
      where: { id: member.id },
      data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date() },
    });
    return {
      result: { signedOut: true },
      audit: { action: "account.changePassword", entityType: "User", entityId: member.id },
    };
  },
});
