// One schema per input, shared by the forms (components/identity) and the server actions.
import { z } from "zod";
import { ROLES } from "@/lib/modules/define";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: "validation.usernameFormat" });

export const passwordSchema = z
  .string()
  .min(10, { error: "validation.passwordLength" })
  .max(128, { error: "validation.passwordLength" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "validation.passwordMix" });

// Empty clears it, absent leaves it as it is: an update that does not send `phone` must not erase it.
const optionalPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10})?$/, { error: "validation.phoneFormat" })
  .optional()
  .transform((v) => (v === undefined ? undefined : v || null));

// Empty clears it, absent leaves it as it is; stored lower-case so one address never counts as two.
const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: "validation.emailFormat" })
  .refine((v) => v === "" || z.regexes.email.test(v), { error: "validation.emailFormat" })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "" ? null : v.toLowerCase()));

export const displayNameSchema = z.string().trim().min(1, { error: "validation.required" }).max(50);

export const roleGrantSchema = z.strictObject({
  role: z.enum(ROLES),
  scopeId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

const roleGrants = z
  .array(roleGrantSchema)
  .min(1, { error: "validation.rolesRequired" })
  .max(20)
  .refine((list) => new Set(list.map((g) => `${g.role}:${g.scopeId ?? ""}`)).size === list.length, {
    error: "validation.rolesDuplicate",
  });

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  phone: optionalPhone,
  email: optionalEmail,
  password: passwordSchema,
  roles: roleGrants,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  userId: z.uuid(),
  displayName: displayNameSchema.optional(),
  phone: optionalPhone,
  email: optionalEmail,
  active: z.boolean().optional(),
  roles: roleGrants.optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.strictObject({ userId: z.uuid(), password: passwordSchema });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { error: "validation.required" }).max(128),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "validation.passwordMismatch",
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, { error: "validation.passwordUnchanged", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const userListFilterSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type UserListFilter = z.infer<typeof userListFilterSchema>;

/** Showing one user's whole phone number (an audited action, permission contact.reveal). */
export const revealUserPhoneSchema = z.strictObject({ userId: z.uuid() });
