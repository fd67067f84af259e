"use server";
// Server actions for the contact-point registry, the staff's assignment form and the coordinator's page. Each
// hands over to the one mutation path (lib/action.ts) with the request's context.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { assignConsultation } from "./assign-consultation";
import { createContactPoint } from "./create-contact-point";
import { submitPointOpinions } from "./submit-point-opinions";
import { updateContactPoint } from "./update-contact-point";
import { withdrawAssignment } from "./withdraw-assignment";

export async function createContactPointAction(tenantSlug: string, input: unknown) {
  return executeAction(createContactPoint, tenantSlug, input, await getRequestContext());
}
export async function updateContactPointAction(tenantSlug: string, input: unknown) {
  return executeAction(updateContactPoint, tenantSlug, input, await getRequestContext());
}
export async function assignConsultationAction(tenantSlug: string, input: unknown) {
  return executeAction(assignConsultation, tenantSlug, input, await getRequestContext());
}
export async function withdrawAssignmentAction(tenantSlug: string, input: unknown) {
  return executeAction(withdrawAssignment, tenantSlug, input, await getRequestContext());
}
export async function submitPointOpinionsAction(tenantSlug: string, input: unknown) {
  return executeAction(submitPointOpinions, tenantSlug, input, await getRequestContext());
}
