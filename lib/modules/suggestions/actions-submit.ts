"use server";
// Server actions of submission. Each hands over to the one mutation path (lib/action.ts) with the request's
// context; a draft's save reads its form (the fields as JSON, its files and bill) after checking who may act.
import type { z } from "zod";
import { executeAction, resolveMember, type ActionDef } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { createSession } from "./create-session";
import { createSuggestion } from "./create-suggestion";
import { declineCosign } from "./decline-cosign";
import { cosignSuggestion } from "./cosign-suggestion";
import { pickDeputies } from "./queries-submit";
import { submitSuggestion } from "./submit-suggestion";
import { updateSession } from "./update-session";
import { updateSuggestion } from "./update-suggestion";
import { withdrawSuggestion } from "./withdraw-suggestion";

export async function createSessionAction(tenantSlug: string, input: unknown) {
  return executeAction(createSession, tenantSlug, input, await getRequestContext());
}
export async function updateSessionAction(tenantSlug: string, input: unknown) {
  return executeAction(updateSession, tenantSlug, input, await getRequestContext());
}
export async function submitSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(submitSuggestion, tenantSlug, input, await getRequestContext());
}
export async function withdrawSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(withdrawSuggestion, tenantSlug, input, await getRequestContext());
}
export async function cosignSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(cosignSuggestion, tenantSlug, input, await getRequestContext());
}
export async function declineCosignAction(tenantSlug: string, input: unknown) {
  return executeAction(declineCosign, tenantSlug, input, await getRequestContext());
}

async function withFiles<S extends z.ZodType, R>(def: ActionDef<S, R>, tenantSlug: string, form: FormData) {
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
    // An unreadable body is a form that was not ours: the schema then names each missing field.
  }
  const read = async (f: FormDataEntryValue) =>
    f instanceof File && f.size > 0 ? new Upload(f.name, new Uint8Array(await f.arrayBuffer())) : null;
  const files = (await Promise.all(form.getAll("file").map(read))).filter((f): f is Upload => f !== null);
  const billEntry = form.get("bill");
  const bill = billEntry ? await read(billEntry) : null;
  return executeAction(def, tenantSlug, { ...input, files, ...(bill ? { bill } : {}) }, ctx);
}

/** FormData: input (the draft's fields as JSON), file (any number up to the limit), bill (a motion's, one). */
export async function createSuggestionAction(tenantSlug: string, form: FormData) {
  return withFiles(createSuggestion, tenantSlug, form);
}
/** FormData as for creating, the input naming the suggestion's id and the files taken off. */
export async function updateSuggestionAction(tenantSlug: string, form: FormData) {
  return withFiles(updateSuggestion, tenantSlug, form);
}

/** The pickers' search (a read, so no audit): deputies in office whose name contains `q`. */
export async function searchSuggestionDeputiesAction(tenantSlug: string, q: string) {
  const ctx = await getRequestContext();
  try {
    const { tenant, member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, "suggestion.submit")) throw new AppError("FORBIDDEN");
    return { ok: true as const, data: await pickDeputies(tenant.id, typeof q === "string" ? q : "") };
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
}
