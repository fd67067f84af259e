"use server";
// Server actions for the identity forms. Each hands over to lib/action.ts with the request's context; the
// tenant slug comes from the page URL and is checked against the session there.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";
import { revealUserPhone } from "./reveal-user-phone";
import { updateUser } from "./update-user";

export async function createUserAction(tenantSlug: string, input: unknown) {
  return executeAction(createUser, tenantSlug, input, await getRequestContext());
}
export async function updateUserAction(tenantSlug: string, input: unknown) {
  return executeAction(updateUser, tenantSlug, input, await getRequestContext());
}
export async function resetPasswordAction(tenantSlug: string, input: unknown) {
  return executeAction(resetPassword, tenantSlug, input, await getRequestContext());
}
export async function changePasswordAction(tenantSlug: string, input: unknown) {
  return executeAction(changePassword, tenantSlug, input, await getRequestContext());
}
/** Bound on the user page to one user (`.bind(null, tenantSlug, { userId })`): the whole phone, audited. */
export async function revealUserPhoneAction(tenantSlug: string, input: unknown) {
  return executeAction(revealUserPhone, tenantSlug, input, await getRequestContext());
}
