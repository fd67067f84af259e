"use server";
// Server actions of rectification: each hands over to the one mutation path (lib/action.ts).
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { acceptTask, makeTasks, recordReview, reportTask, sendBackTask } from "./actions-task";

export async function makeTasksAction(tenantSlug: string, input: unknown) {
  return executeAction(makeTasks, tenantSlug, input, await getRequestContext());
}
export async function reportTaskAction(tenantSlug: string, input: unknown) {
  return executeAction(reportTask, tenantSlug, input, await getRequestContext());
}
export async function acceptTaskAction(tenantSlug: string, input: unknown) {
  return executeAction(acceptTask, tenantSlug, input, await getRequestContext());
}
export async function sendBackTaskAction(tenantSlug: string, input: unknown) {
  return executeAction(sendBackTask, tenantSlug, input, await getRequestContext());
}
export async function recordReviewAction(tenantSlug: string, input: unknown) {
  return executeAction(recordReview, tenantSlug, input, await getRequestContext());
}
