"use server";
// Server actions of rectification: each hands over to the one mutation path (lib/action.ts).
import { executeAction } from "@/lib/action";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { acceptTask, makeTasks, recordReview, reportTask, sendBackTask } from "./actions-task";

export async function makeTasksAction(tenantSlug: string, input: unknown) {
  return executeAction(makeTasks, tenantSlug, input, await getRequestContext());
}
/** An object, or FormData with the fields and an `evidence` file. */
export async function reportTaskAction(tenantSlug: string, input: unknown) {
  let fields = input;
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    input.forEach((v, k) => {
      if (typeof v === "string") out[k] = v;
    });
    const f = input.get("evidence");
    if (f instanceof File && f.size > 0) out.evidence = new Upload(f.name, new Uint8Array(await f.arrayBuffer()));
    fields = out;
  }
  return executeAction(reportTask, tenantSlug, fields, await getRequestContext());
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
