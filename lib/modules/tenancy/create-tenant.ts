import { AppError } from "@/lib/errors";
import { copyPackageCalendar } from "@/lib/modules/calendar";
import { hashPassword } from "@/lib/password";
import { definePlatformAction } from "@/lib/platform-action";
import { createTenantSchema } from "./schemas";

/** A platform operator opens a new city: the tenant and its first admin account. */
export const createTenant = definePlatformAction({
  name: "tenant.create",
  permission: "tenant.manage",
  schema: createTenantSchema,
  async run({ tx }, input) {
    if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", "slugTaken", {}, { slug: ["slugTaken"] });
    }
    const tenant = await tx.tenant.create({
      data: {
        slug: input.slug,
        shortName: input.shortName,
        fullName: input.fullName,
        nameEn: input.nameEn,
        fullNameEn: input.fullNameEn,
        province: input.province,
        intro: input.intro,
      },
    });
    const admin = await tx.user.create({
      data: {
        tenantId: tenant.id,
        username: input.adminUsername,
        displayName: input.adminDisplayName,
        passwordHash: await hashPassword(input.adminPassword),
      },
    });
    await tx.roleAssignment.create({ data: { tenantId: tenant.id, userId: admin.id, role: "admin" } });
    // Its working-day calendar from the start: deadlines count working days from its first action on.
    await copyPackageCalendar(tx, tenant.id);
    return {
      result: { id: tenant.id, slug: tenant.slug },
      tenantId: tenant.id,
      audit: [
        {
          action: "tenant.create",
          entityType: "Tenant",
          entityId: tenant.id,
          after: {
            slug: tenant.slug,
            fullName: tenant.fullName,
            ...(tenant.fullNameEn ? { fullNameEn: tenant.fullNameEn } : {}),
            province: tenant.province,
          },
        },
        {
          action: "user.create",
          entityType: "User",
          entityId: admin.id,
          after: { username: admin.username, roles: ["admin"] },
        },
      ],
    };
  },
});
