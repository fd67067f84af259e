"use server";
// Server actions of the activities part: each hands over to the one mutation path (lib/action.ts) with the
// request's context. Those carrying a file take FormData: input (the fields as JSON) and file (one).
import { executeAction, resolveMember, type ActionDef } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import type { z } from "zod";
import { changeActivityStatus, createActivity, recordReport, sendOpinions, updateActivity } from "./mutate-activity";
import { addParticipant, removeParticipant } from "./mutate-participant";
import { addPoint } from "./mutate-point";
import { addProblem } from "./mutate-problem";
import { submitUnitReport } from "./mutate-unit-report";

async function withFile<S extends z.ZodType, R>(def: ActionDef<S, R>, tenantSlug: string, form: FormData, as: string) {
  const ctx = await getRequestContext();
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, def.permission)) throw new AppError("FORBIDDEN");
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  let input: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(String(form.get("input") ?? "{}"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) input = parsed as Record<string, unknown>;
  } catch {
    // An unreadable body: the schema then names each missing field.
  }
  const f = form.get("file");
  const file = f instanceof File && f.size > 0 ? new Upload(f.name, new Uint8Array(await f.arrayBuffer())) : null;
  return executeAction(def, tenantSlug, { ...input, ...(file ? { [as]: file } : {}) }, ctx);
}

export async function createActivityAction(tenantSlug: string, input: unknown) {
  return executeAction(createActivity, tenantSlug, input, await getRequestContext());
}
export async function updateActivityAction(tenantSlug: string, input: unknown) {
  return executeAction(updateActivity, tenantSlug, input, await getRequestContext());
}
export async function moveActivityAction(tenantSlug: string, input: unknown) {
  return executeAction(changeActivityStatus, tenantSlug, input, await getRequestContext());
}
export async function sendOpinionsAction(tenantSlug: string, input: unknown) {
  return executeAction(sendOpinions, tenantSlug, input, await getRequestContext());
}
export async function addParticipantAction(tenantSlug: string, input: unknown) {
  return executeAction(addParticipant, tenantSlug, input, await getRequestContext());
}
export async function removeParticipantAction(tenantSlug: string, input: unknown) {
  return executeAction(removeParticipant, tenantSlug, input, await getRequestContext());
}
export async function addPointAction(tenantSlug: string, input: unknown) {
  return executeAction(addPoint, tenantSlug, input, await getRequestContext());
}
/** FormData: input (JSON), file (the report, optional). */
export async function recordReportAction(tenantSlug: string, form: FormData) {
  return withFile(recordReport, tenantSlug, form, "file");
}
/** FormData: input (JSON), file (the photo, optional). */
export async function addProblemAction(tenantSlug: string, form: FormData) {
  return withFile(addProblem, tenantSlug, form, "photo");
}
/** FormData: input (JSON), file (the unit's report, optional). */
export async function submitUnitReportAction(tenantSlug: string, form: FormData) {
  return withFile(submitUnitReport, tenantSlug, form, "file");
}
