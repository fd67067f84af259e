import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { createUserSchema } from "./schemas";
import { validateRoleScopes } from "./validate-role-scopes";

export const createUser = defineAction({
  name: "user.create",
  permission: "user.manage",
  schema: createUserSchema,
  async run({ tx, tenant }, input) {
    if (await tx.user.findFirst({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("CONFLICT", "usernameTaken", {}, { username: ["usernameTaken"] });
    }
    await validateRoleScopes(tx, input.roles);
    const user = await tx.user.create({
      data: {
        tenantId: tenant.id, // forTenant() would stamp it anyway; naming it keeps the types honest
        username: input.username,
        displayName: input.displayName,
        phone: input.phone,
        email: input.email ?? null,
        passwordHash: await hashPassword(input.password),
      },
    });
    await tx.roleAssignment.createMany({
      data: input.roles.map((g) => ({ tenantId: tenant.id, userId: user.id, role: g.role, scopeId: g.scopeId })),
    });
    const after = {
      username: user.username,
      displayName: user.displayName,
      phone: user.phone,
      email: user.email,
      roles: input.roles,
    };
    return { result: { id: user.id }, audit: { action: "user.create", entityType: "User", entityId: user.id, after } };
  },
});
