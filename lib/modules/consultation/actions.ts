"use server";
// Server actions for the staff console's consultation pages: open a consultation, dispose opinions (selected,
// or a whole campaign) and publish the dispositions. Each hands over to the one mutation path (lib/action.ts).
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { createConsultation } from "./create-consultation";
import { disposeCampaign, disposeOpinions } from "./dispose-opinions";
import { publishDispositions } from "./publish-dispositions";
import { submitDeputyOpinion } from "./submit-deputy-opinion";

export async function createConsultationAction(tenantSlug: string, input: unknown) {
  return executeAction(createConsultation, tenantSlug, input, await getRequestContext());
}
export async function disposeOpinionsAction(tenantSlug: string, input: unknown) {
  return executeAction(disposeOpinions, tenantSlug, input, await getRequestContext());
}
export async function disposeCampaignAction(tenantSlug: string, input: unknown) {
  return executeAction(disposeCampaign, tenantSlug, input, await getRequestContext());
}
export async function publishDispositionsAction(tenantSlug: string, input: unknown) {
  return executeAction(publishDispositions, tenantSlug, input, await getRequestContext());
}
export async function submitDeputyOpinionAction(tenantSlug: string, input: unknown) {
  return executeAction(submitDeputyOpinion, tenantSlug, input, await getRequestContext());
}
