"use server";
// Server actions of the inquiry part: each hands over to the one mutation path (lib/action.ts). The session page
// records questions through POST /api/v1/{city}/inquiries/{id}/questions instead, so that its offline queue can
// retry plain HTTP requests.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { moveInquiry } from "./move-inquiry";
import { addRespondent, removeRespondent, updateInquiry } from "./mutate-inquiry";

export async function updateInquiryAction(tenantSlug: string, input: unknown) {
  return executeAction(updateInquiry, tenantSlug, input, await getRequestContext());
}
export async function addRespondentAction(tenantSlug: string, input: unknown) {
  return executeAction(addRespondent, tenantSlug, input, await getRequestContext());
}
export async function removeRespondentAction(tenantSlug: string, input: unknown) {
  return executeAction(removeRespondent, tenantSlug, input, await getRequestContext());
}
export async function moveInquiryAction(tenantSlug: string, input: unknown) {
  return executeAction(moveInquiry, tenantSlug, input, await getRequestContext());
}
