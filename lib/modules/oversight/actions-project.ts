"use server";
// Server actions of the livelihood projects: each hands over to the one mutation path (lib/action.ts).
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { applyProjectResults, createProject, openProjectVote, reportProjectProgress } from "./mutate-project";

export async function createProjectAction(tenantSlug: string, input: unknown) {
  return executeAction(createProject, tenantSlug, input, await getRequestContext());
}
export async function openProjectVoteAction(tenantSlug: string, input: unknown) {
  return executeAction(openProjectVote, tenantSlug, input, await getRequestContext());
}
export async function applyProjectResultsAction(tenantSlug: string, input: unknown) {
  return executeAction(applyProjectResults, tenantSlug, input, await getRequestContext());
}
export async function reportProjectProgressAction(tenantSlug: string, input: unknown) {
  return executeAction(reportProjectProgress, tenantSlug, input, await getRequestContext());
}
