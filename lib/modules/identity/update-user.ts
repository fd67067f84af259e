import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { updateUserSchema } from "./schemas";
import { validateRoleScopes } from "./validate-role-scopes";

const snapshot = {
  username: true,
  displayName: true,
  phone: true,
  email: true,
  active: true,
  roles: { select: { role: true, scopeId: true } },
} as const;

export const updateUser = defineAction({
  name: "user.update",
  permission: "user.manage",
  schema: updateUserSchema,
  async run({ tx, tenant, member }, input) {
    const before = await tx.user.findFirst({ where: { id: input.userId }, select: snapshot });
    if (!before) throw new AppError("NOT_FOUND");
    // An admin cannot lock themselves out: no disabling oneself, no dropping one's own admin role.
    if (
      input.userId === member.id &&
      (input.active === false || (input.roles && !input.roles.some((g) => g.role === "admin")))
    ) {
      throw new AppError("CONFLICT", "cannotDemoteSelf");
    }
    if (input.roles) await validateRoleScopes(tx, input.roles);
    await tx.user.update({
      where: { id: input.userId },
      data: {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
    });
    if (input.roles) {
      await tx.roleAssignment.deleteMany({ where: { userId: input.userId } });
      await tx.roleAssignment.createMany({
        data: input.roles.map((g) => ({ tenantId: tenant.id, userId: input.userId, role: g.role, scopeId: g.scopeId })),
      });
    }
    const after = await tx.user.findFirst({ where: { id: input.userId }, select: snapshot });
    const action =
      input.active === false && before.active
        ? "user.disable"
        : input.active === true && !before.active
          ? "user.enable"
          : "user.update";
    return {
      result: { id: input.userId },
      audit: { action, entityType: "User", entityId: input.userId, before, after },
    };
  },
});
