"use server";
// The stats part's server action: the office publishes or unpublishes a replied suggestion (the one mutation path).
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { publishSuggestion } from "./publish-suggestion";

export async function publishSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(publishSuggestion, tenantSlug, input, await getRequestContext());
}
