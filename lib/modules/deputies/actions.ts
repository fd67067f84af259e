"use server";
// Server actions of the registry's forms. Each hands over to the one mutation path (lib/action.ts) with the
// request's context. (The .xlsx import arrives as a file, through its route handler, which runs importDeputies.)
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { createDeputy } from "./create-deputy";
import { endDeputyTerm } from "./end-deputy-term";
import { revealDeputyPhone } from "./reveal-deputy-phone";
import { updateDeputy } from "./update-deputy";

export async function createDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(createDeputy, tenantSlug, input, await getRequestContext());
}
export async function updateDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(updateDeputy, tenantSlug, input, await getRequestContext());
}
export async function endDeputyTermAction(tenantSlug: string, input: unknown) {
  return executeAction(endDeputyTerm, tenantSlug, input, await getRequestContext());
}
export async function revealDeputyPhoneAction(tenantSlug: string, input: unknown) {
  return executeAction(revealDeputyPhone, tenantSlug, input, await getRequestContext());
}
