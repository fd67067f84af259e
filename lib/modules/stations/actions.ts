"use server";
// Server actions of the stations console. Each hands over to the one mutation path (lib/action.ts) with the
// request's context; the two with files read their form first (after checking who may act at all).
import type { z } from "zod";
import { executeAction, resolveMember, type ActionDef } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { searchDeputies } from "@/lib/modules/deputies";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { createReceptionRecord } from "./create-reception-record";
import { createSchedule } from "./create-schedule";
import { createStation } from "./create-station";
import { groupDeputy } from "./group-deputy";
import { recordEvidence } from "./record-evidence";
import { ungroupDeputy } from "./ungroup-deputy";
import { updateIssue } from "./update-issue";
import { updateIssueStatus } from "./update-issue-status";
import { updateReceptionDay } from "./update-reception-day";
import { updateSchedule } from "./update-schedule";
import { updateStandard } from "./update-standard";
import { updateStation } from "./update-station";

export async function createStationAction(tenantSlug: string, input: unknown) {
  return executeAction(createStation, tenantSlug, input, await getRequestContext());
}
export async function updateStationAction(tenantSlug: string, input: unknown) {
  return executeAction(updateStation, tenantSlug, input, await getRequestContext());
}
export async function updateStandardAction(tenantSlug: string, input: unknown) {
  return executeAction(updateStandard, tenantSlug, input, await getRequestContext());
}
export async function groupDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(groupDeputy, tenantSlug, input, await getRequestContext());
}
export async function ungroupDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(ungroupDeputy, tenantSlug, input, await getRequestContext());
}
export async function createScheduleAction(tenantSlug: string, input: unknown) {
  return executeAction(createSchedule, tenantSlug, input, await getRequestContext());
}
export async function updateScheduleAction(tenantSlug: string, input: unknown) {
  return executeAction(updateSchedule, tenantSlug, input, await getRequestContext());
}
export async function updateReceptionDayAction(tenantSlug: string, input: unknown) {
  return executeAction(updateReceptionDay, tenantSlug, input, await getRequestContext());
}
export async function updateIssueStatusAction(tenantSlug: string, input: unknown) {
  return executeAction(updateIssueStatus, tenantSlug, input, await getRequestContext());
}
export async function updateIssueAction(tenantSlug: string, input: unknown) {
  return executeAction(updateIssue, tenantSlug, input, await getRequestContext());
}

/** Reading files is work: who may act at all is known first (executeAction checks again, as always). */
async function withFiles<S extends z.ZodType, R>(
  def: ActionDef<S, R>,
  tenantSlug: string,
  form: FormData,
  fields: (form: FormData, files: Upload[]) => Record<string, unknown>,
) {
  const ctx = await getRequestContext();
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, def.permission)) throw new AppError("FORBIDDEN");
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  const files: Upload[] = [];
  for (const f of form.getAll("file"))
    if (f instanceof File && f.size > 0) files.push(new Upload(f.name, new Uint8Array(await f.arrayBuffer())));
  return executeAction(def, tenantSlug, fields(form, files), ctx);
}

/** FormData: stationId, itemId, met ("on"), note, removeAttachment ("on"), file. */
export async function recordEvidenceAction(tenantSlug: string, form: FormData) {
  return withFiles(recordEvidence, tenantSlug, form, (f, files) => ({
    stationId: f.get("stationId"),
    itemId: f.get("itemId"),
    met: f.get("met") === "on",
    note: f.get("note") ?? "",
    removeAttachment: f.get("removeAttachment") === "on",
    ...(files[0] ? { file: files[0] } : {}),
  }));
}

/** FormData: input (the record as JSON), file (photos, any number). */
export async function createReceptionRecordAction(tenantSlug: string, form: FormData) {
  return withFiles(createReceptionRecord, tenantSlug, form, (f, files) => {
    let input: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(String(f.get("input") ?? "{}"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) input = parsed as Record<string, unknown>;
    } catch {
      // An unreadable body is a form that was not ours: the schema then names each missing field.
    }
    return { ...input, photos: files };
  });
}

/** The deputy picker's search (a read, so no audit): deputies in office whose name contains `q`. */
export async function searchDeputiesAction(tenantSlug: string, q: string) {
  const ctx = await getRequestContext();
  try {
    const { tenant, member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, "station.view")) throw new AppError("FORBIDDEN");
    const found = await searchDeputies(tenant.id, typeof q === "string" ? q : "", 20);
    return {
      ok: true as const,
      data: found.map(({ id, name, level, delegation }) => ({ id, name, level, delegation })),
    };
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
}
