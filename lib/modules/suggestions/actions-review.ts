"use server";
// Server actions of the office's review and assignment and of a unit's hand-back request: each hands over to the
// one mutation path (lib/action.ts) with the request's context.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { acceptSuggestion } from "./accept-suggestion";
import { assignSuggestion } from "./assign-suggestion";
import { convertSuggestion } from "./convert-suggestion";
import { issueLetters } from "./issue-letters";
import { markKeySuggestion } from "./mark-key-suggestion";
import { mergeSuggestion } from "./merge-suggestion";
import { reassignSuggestion } from "./reassign-suggestion";
import { refuseHandback } from "./refuse-handback";
import { requestHandback } from "./request-handback";
import { returnSuggestion } from "./return-suggestion";

export async function returnSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(returnSuggestion, tenantSlug, input, await getRequestContext());
}
export async function convertSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(convertSuggestion, tenantSlug, input, await getRequestContext());
}
export async function mergeSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(mergeSuggestion, tenantSlug, input, await getRequestContext());
}
export async function acceptSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(acceptSuggestion, tenantSlug, input, await getRequestContext());
}
export async function assignSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(assignSuggestion, tenantSlug, input, await getRequestContext());
}
export async function markKeySuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(markKeySuggestion, tenantSlug, input, await getRequestContext());
}
export async function requestSuggestionHandbackAction(tenantSlug: string, input: unknown) {
  return executeAction(requestHandback, tenantSlug, input, await getRequestContext());
}
export async function reassignSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(reassignSuggestion, tenantSlug, input, await getRequestContext());
}
export async function refuseSuggestionHandbackAction(tenantSlug: string, input: unknown) {
  return executeAction(refuseHandback, tenantSlug, input, await getRequestContext());
}
export async function issueSuggestionLettersAction(tenantSlug: string, input: unknown) {
  return executeAction(issueLetters, tenantSlug, input, await getRequestContext());
}
