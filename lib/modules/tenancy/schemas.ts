import { z } from "zod";
import { tenantSlugSchema } from "@/lib/tenant-slug";
import { displayNameSchema, passwordSchema, usernameSchema } from "@/lib/modules/identity/client";

export const createTenantSchema = z.strictObject({
  slug: z.string().trim().toLowerCase().pipe(tenantSlugSchema),
  shortName: z.string().trim().min(1, { error: "validation.required" }).max(20),
  fullName: z.string().trim().min(1, { error: "validation.required" }).max(60),
  /** English names, optional: the English pages show them instead of the Chinese ones (lib/i18n/local-name.ts). */
  nameEn: z.string().trim().max(40).default(""),
  fullNameEn: z.string().trim().max(120).default(""),
  province: z.string().trim().min(1, { error: "validation.required" }).max(20),
  intro: z.string().trim().max(2000).default(""),
  adminUsername: usernameSchema,
  adminDisplayName: displayNameSchema,
  adminPassword: passwordSchema,
});
export type CreateTenantInput = z.input<typeof createTenantSchema>;
